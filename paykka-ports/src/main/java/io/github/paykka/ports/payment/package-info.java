/** The payments port: initiate, query, capture and void, with their commands and results. */
@NullMarked
package io.github.paykka.ports.payment;

import org.jspecify.annotations.NullMarked;

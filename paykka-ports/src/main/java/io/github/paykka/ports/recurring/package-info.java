/** The recurring agreements port: cancel. */
@NullMarked
package io.github.paykka.ports.recurring;

import org.jspecify.annotations.NullMarked;

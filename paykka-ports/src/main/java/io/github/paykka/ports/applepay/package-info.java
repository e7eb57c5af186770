/** The Apple Pay merchant session port. */
@NullMarked
package io.github.paykka.ports.applepay;

import org.jspecify.annotations.NullMarked;

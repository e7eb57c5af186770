/** Hosted checkout sessions and their lifecycle. */
@NullMarked
package io.github.paykka.domain.checkout;

import org.jspecify.annotations.NullMarked;

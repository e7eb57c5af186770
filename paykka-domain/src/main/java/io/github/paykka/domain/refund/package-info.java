/** Refunds and their lifecycle. */
@NullMarked
package io.github.paykka.domain.refund;

import org.jspecify.annotations.NullMarked;

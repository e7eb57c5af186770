/** Recurring agreements and their lifecycle. */
@NullMarked
package io.github.paykka.domain.recurring;

import org.jspecify.annotations.NullMarked;

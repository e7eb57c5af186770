/** Payment orders and their legal transitions. Pure: no I/O, no clock, no randomness. */
@NullMarked
package io.github.paykka.domain.order;

import org.jspecify.annotations.NullMarked;

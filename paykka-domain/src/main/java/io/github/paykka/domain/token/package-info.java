/** Stored card tokens and their lifecycle. */
@NullMarked
package io.github.paykka.domain.token;

import org.jspecify.annotations.NullMarked;

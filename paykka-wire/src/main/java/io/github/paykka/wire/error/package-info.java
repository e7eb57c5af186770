/**
 * What PayKKa's {@code ret_code} and transaction {@code error_code} values mean, and what a caller can do about them.
 */
@NullMarked
package io.github.paykka.wire.error;

import org.jspecify.annotations.NullMarked;

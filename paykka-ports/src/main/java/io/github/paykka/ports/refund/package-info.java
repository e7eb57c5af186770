/** The refunds port: refund and query. */
@NullMarked
package io.github.paykka.ports.refund;

import org.jspecify.annotations.NullMarked;

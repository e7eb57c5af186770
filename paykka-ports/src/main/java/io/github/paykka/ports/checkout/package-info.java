/** The hosted checkout sessions port: create and query. */
@NullMarked
package io.github.paykka.ports.checkout;

import org.jspecify.annotations.NullMarked;

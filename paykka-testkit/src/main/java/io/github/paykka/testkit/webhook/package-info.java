/** Signed PayKKa notifications for users' webhook tests. */
@NullMarked
package io.github.paykka.testkit.webhook;

import org.jspecify.annotations.NullMarked;

/** paykka-java: the webhook module's root package. */
@NullMarked
package io.github.paykka.webhook;

import org.jspecify.annotations.NullMarked;

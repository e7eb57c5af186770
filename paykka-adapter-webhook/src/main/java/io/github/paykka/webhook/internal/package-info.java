/** Implementation of the webhook adapter: not a public API, may change without notice. */
@NullMarked
package io.github.paykka.webhook.internal;

import org.jspecify.annotations.NullMarked;

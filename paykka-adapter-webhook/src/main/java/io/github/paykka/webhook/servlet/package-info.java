/**
 * Binding of the webhook handler to Jakarta Servlet 6. The servlet API is a {@code provided} dependency: only
 * applications that use this package need it on their class path.
 */
@NullMarked
package io.github.paykka.webhook.servlet;

import org.jspecify.annotations.NullMarked;

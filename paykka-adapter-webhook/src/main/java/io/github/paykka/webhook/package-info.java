/**
 * PayKKa notifications (webhooks): verified on the raw bytes, parsed into domain notifications, deduplicated through
 * an inbox and handed to the application's listener, acknowledged only after the listener succeeded.
 *
 * <p>{@link io.github.paykka.webhook.PaykkaWebhookHandler} is the framework-free core; thin bindings live in
 * {@code io.github.paykka.webhook.jdk} (the JDK {@code HttpServer}) and {@code io.github.paykka.webhook.servlet}
 * (Jakarta Servlet 6, an optional dependency).
 */
@NullMarked
package io.github.paykka.webhook;

import org.jspecify.annotations.NullMarked;

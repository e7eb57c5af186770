package io.github.paykka.spring;

import io.github.paykka.webhook.PaykkaWebhookHandler;

/**
 * Changes the webhook handler's builder after the starter set the merchant, the platform keys, the listeners, the inbox
 * and the metrics hook, and before it builds the handler: declare a bean to set an {@code onUnknown} hook,
 * {@code maxAge}, {@code maxAhead} or {@code maxBodyBytes}. Setting {@code onOutcome} here replaces the metrics hook.
 * Customizers run in their {@code @Order}.
 */
@FunctionalInterface
public interface PaykkaWebhookHandlerBuilderCustomizer {

  /** Changes {@code builder}. */
  void customize(PaykkaWebhookHandler.Builder builder);
}

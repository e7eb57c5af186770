package io.github.paykka.spring;

import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.RateLimiterSettings;
import io.github.paykka.http.ResilienceListener;
import io.github.paykka.ports.notification.NotificationInbox;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.WebhookOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one place that calls the adapters' builders: their setters are the library's API most likely to be renamed, so
 * they are not spread over the auto-configuration. A builder's refusal becomes a {@link PaykkaPropertyException}
 * naming the property behind the setting.
 */
final class Builders {
  private static final String PREFIX = "paykka.";
  /** Adapter settings whose property is not their kebab-case name. */
  private static final Map<String, String> ADAPTER_RENAMES = Map.of(
      "platformPublicKey", PropertyReader.PLATFORM_PUBLIC_KEYS,
      "platformPublicKeys", PropertyReader.PLATFORM_PUBLIC_KEYS,
      "signer", PropertyReader.MERCHANT_PRIVATE_KEY);
  /** Webhook settings that come from properties; the others can only come from a customizer. */
  private static final Map<String, String> WEBHOOK_RENAMES = Map.of(
      "platformKey", PropertyReader.PLATFORM_PUBLIC_KEYS,
      "platformPublicKey", PropertyReader.PLATFORM_PUBLIC_KEYS,
      "platformKeys", PropertyReader.PLATFORM_PUBLIC_KEYS,
      "platformPublicKeys", PropertyReader.PLATFORM_PUBLIC_KEYS,
      "merchantId", PropertyReader.MERCHANT_ID);

  private Builders() {}

  /** The HTTP adapter of {@code properties}, signing and verifying with {@code credentials}. */
  static PaykkaHttpAdapter adapter(PaykkaProperties properties, PaykkaCredentials credentials,
      PaykkaEnvironment environment, ResilienceListener listener, List<PaykkaHttpAdapterBuilderCustomizer> customizers) {
    try {
      PaykkaHttpAdapter.Builder builder = PaykkaHttpAdapter.builder()
          .merchantId(credentials.merchantId())
          .signer(credentials.signer())
          .environment(environment)
          .connectTimeout(properties.getConnectTimeout())
          .readTimeout(properties.getReadTimeout())
          .callDeadline(properties.getCallDeadline())
          .maxConcurrentRequests(properties.getMaxConcurrentRequests())
          .retry(properties.getRetry().toSettings())
          .circuitBreaker(properties.getCircuitBreaker().toSettings())
          .listener(listener);
      RateLimiterSettings rateLimit = properties.getRateLimiter().toSettings();
      if (rateLimit != null) builder.rateLimiter(rateLimit);
      credentials.platformPublicKeys().forEach(builder::platformPublicKey);
      customizers.forEach(c -> c.customize(builder));
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw PaykkaPropertyException.fromBuilder(e, PREFIX, ADAPTER_RENAMES, "paykka");
    }
  }

  /** The webhook handler of {@code credentials}, dispatching to {@code listener}. */
  static PaykkaWebhookHandler webhookHandler(PaykkaCredentials credentials, NotificationListener listener,
      NotificationInbox inbox, @Nullable Consumer<WebhookOutcome> onOutcome,
      List<PaykkaWebhookHandlerBuilderCustomizer> customizers) {
    try {
      PaykkaWebhookHandler.Builder builder = PaykkaWebhookHandler.builder()
          .merchantId(credentials.merchantId())
          .platformPublicKeys(credentials.platformPublicKeys())
          .listener(listener)
          .inbox(inbox);
      if (onOutcome != null) builder.onOutcome(onOutcome);
      customizers.forEach(c -> c.customize(builder));
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // what no property sets (maxAge, maxBodyBytes ...) came from a customizer: the message names its setting
      throw PaykkaPropertyException.fromBuilder(e, null, WEBHOOK_RENAMES, "paykka.webhook");
    }
  }
}

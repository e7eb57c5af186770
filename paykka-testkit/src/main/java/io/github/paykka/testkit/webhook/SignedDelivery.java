package io.github.paykka.testkit.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A signed notification as it travels to a webhook: its headers and its exact body bytes, in the form
 * {@code PaykkaWebhookHandler.handle("POST", delivery.headers(), delivery.body())} takes them. The sandbox's
 * {@code NotificationAttempt}s and the {@link WebhookTestSigner.SignedNotification}s a test builds are both.
 */
public interface SignedDelivery {

  /** The headers, each with its values, in the order sent; unmodifiable. */
  Map<String, List<String>> headers();

  /** A copy of the exact body bytes. */
  byte[] body();

  /** The body as UTF-8 text. */
  default String bodyText() {
    return new String(body(), UTF_8);
  }

  /** The first value of the header {@code name} (matched ignoring case), or {@code null} when there is none. */
  default @Nullable String header(String name) {
    requireNonNull(name, "name == null");
    for (Map.Entry<String, List<String>> h : headers().entrySet()) {
      if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) return h.getValue().get(0);
    }
    return null;
  }
}

package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.testkit.webhook.SignedDelivery;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of the sandbox to deliver a notification: what was sent, where, and what came back.
 *
 * <p>Every attempt of one notification carries the same body and headers (the signature is computed once), so that a
 * receiver can de-duplicate on them.
 *
 * @param notificationId the sandbox's sequence number of the notification (equal for all attempts of it)
 * @param url the {@code notify_url} POSTed to
 * @param notifyType the {@code notify_type} of the body ({@code PAYMENT.SUCCESS}, {@code REFUND.SUCCESS}, ...)
 * @param orderId the PayKKa order the notification is about ({@code order_id})
 * @param body the exact body bytes sent (a copy is returned by {@link #body()})
 * @param headers the PayKKa headers sent ({@code type}, {@code signature}, {@code version}, {@code Content-Type}), one
 *     value each, in the form {@code PaykkaWebhookHandler.handle} takes: replay an attempt with
 *     {@code handler.handle("POST", attempt.headers(), attempt.body())}
 * @param attempt 1 for the first attempt, 2 for the first redelivery, ...
 * @param sentAt when the attempt started
 * @param status the HTTP status answered, or {@code null} if no answer came
 * @param error why no answer came (the exception type and message), or {@code null}
 */
public record NotificationAttempt(
    long notificationId,
    URI url,
    String notifyType,
    OrderId orderId,
    byte[] body,
    Map<String, List<String>> headers,
    int attempt,
    Instant sentAt,
    @Nullable Integer status,
    @Nullable String error) implements SignedDelivery {

  /** Copies the body and headers. */
  public NotificationAttempt {
    requireNonNull(url, "url == null");
    requireNonNull(notifyType, "notifyType == null");
    requireNonNull(orderId, "orderId == null");
    body = requireNonNull(body, "body == null").clone();
    Map<String, List<String>> copy = new LinkedHashMap<>();
    requireNonNull(headers, "headers == null").forEach((k, v) -> copy.put(k, List.copyOf(v)));
    headers = Collections.unmodifiableMap(copy);
    requireNonNull(sentAt, "sentAt == null");
  }

  /**
   * Whether this attempt carries the notification type {@code type} ({@code notify_type}): compare with the domain's
   * type, not with a string that compiles whatever its spelling.
   */
  public boolean is(NotifyType type) {
    requireNonNull(type, "type == null");
    return notifyType.equals(type.wireName());
  }

  /** A copy of the exact body bytes sent. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** Whether the receiver acknowledged this attempt (HTTP 200), which ends redelivery. */
  public boolean acknowledged() {
    Integer s = status;
    return s != null && s == 200;
  }

  @Override
  public String toString() {
    return "NotificationAttempt[#" + notificationId + " " + notifyType + " " + orderId + " attempt " + attempt + " to "
        + url + " -> " + (status != null ? "HTTP " + status : "error " + error) + "]";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NotificationAttempt a
        && notificationId == a.notificationId
        && attempt == a.attempt
        && url.equals(a.url)
        && java.util.Arrays.equals(body, a.body);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(notificationId) * 31 + attempt;
  }
}

package io.github.paykka.webhook;

import static java.util.Objects.requireNonNull;

/**
 * A verified notification whose {@code notify_type} this version of the library does not know (PayKKa adds types).
 * It reaches the handler's {@code onUnknown} hook, so that the application can look at it, and is acknowledged.
 *
 * @param notifyType the {@code notify_type} as sent (empty if absent); untrusted text, may be long
 * @param merchantId the signed {@code merchant_id}
 * @param timestamp the signed {@code timestamp}, epoch milliseconds
 * @param body the verified body, as UTF-8 text; may hold card data, so it never appears in {@link #toString()}
 */
public record UnknownNotification(String notifyType, String merchantId, long timestamp, String body) {
  /** Checks the arguments. */
  public UnknownNotification {
    requireNonNull(notifyType, "notifyType == null");
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(body, "body == null");
  }

  /** Shows the type and merchant, never the body. */
  @Override
  public String toString() {
    return "UnknownNotification[notifyType=" + Text.untrusted(notifyType, 64) + ", merchantId="
        + Text.printable(merchantId, 64) + ", timestamp=" + timestamp + "]";
  }
}

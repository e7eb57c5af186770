package io.github.paykka.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A verified notification that the handler cannot give to the {@code NotificationListener} as a domain
 * notification, handed to the {@code onUnknown} hook instead, so that it is acknowledged and nothing is lost: a
 * {@code notify_type} this version does not know (PayKKa adds types), a {@code status} it does not know, a status
 * that contradicts the type, or a body it cannot map.
 *
 * <p>It carries the verified bytes exactly as received and what could be read of them. The body may hold card data
 * or a 3DS cryptogram: {@link #toString()} never shows it, nor do the handler's logs. Immutable.
 */
public final class UnknownNotification {
  /** Why the notification is not a domain notification. */
  public enum Reason {
    /** A {@code notify_type} this version does not know, or none at all: the body's shape was not judged. */
    UNKNOWN_TYPE,
    /** A known type whose {@code status} is a value this version does not know: neither success nor failure. */
    UNKNOWN_STATUS,
    /** A known type and status that contradict each other (a {@code PAYMENT.SUCCESS} saying {@code FAILURE}). */
    STATUS_CONTRADICTS_TYPE,
    /** A known type whose body cannot be mapped: a field the domain needs is missing or unreadable. */
    UNMAPPABLE
  }

  private final Reason reason;
  private final String detail;
  private final String notifyType;
  private final String merchantId;
  private final Option<Long> timestamp;
  private final Option<String> status;
  private final Map<String, String> ids;
  private final String deduplicationKey;
  private final byte[] body;

  /**
   * Creates one; the handler does, applications need not.
   *
   * @param reason why it is not a domain notification
   * @param detail what exactly, safe to log (names fields, never their values, except an unknown status)
   * @param notifyType the top-level {@code notify_type} as sent; empty if absent or not a string
   * @param merchantId the signed {@code merchant_id}
   * @param timestamp the signed {@code timestamp}, epoch milliseconds, if the body has an integer one
   * @param status the top-level {@code status} as sent, if it is a string or a number
   * @param ids the top-level fields whose names end in {@code _id} (other than {@code merchant_id}) and whose values
   *     are strings or numbers, by name, in body order, e.g. {@code trans_id}, {@code order_id}, {@code dispute_id}
   * @param deduplicationKey a key equal for every delivery of this notification whatever its timestamp
   * @param body the verified body, exactly as received (copied)
   */
  public UnknownNotification(Reason reason, String detail, String notifyType, String merchantId,
      Option<Long> timestamp, Option<String> status, Map<String, String> ids, String deduplicationKey, byte[] body) {
    this.reason = requireNonNull(reason, "reason == null");
    this.detail = requireNonNull(detail, "detail == null");
    this.notifyType = requireNonNull(notifyType, "notifyType == null");
    this.merchantId = requireNonNull(merchantId, "merchantId == null");
    this.timestamp = requireNonNull(timestamp, "timestamp == null");
    this.status = requireNonNull(status, "status == null");
    this.ids = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(ids, "ids == null")));
    this.deduplicationKey = requireNonNull(deduplicationKey, "deduplicationKey == null");
    this.body = requireNonNull(body, "body == null").clone();
  }

  /** Why it is not a domain notification. */
  public Reason reason() {
    return reason;
  }

  /** What exactly, one line, safe to log: e.g. {@code unknown status at $.status: 'PENDING_REVIEW'}. */
  public String detail() {
    return detail;
  }

  /** The {@code notify_type} as sent (untrusted text, may be long); empty if absent or not a string. */
  public String notifyType() {
    return notifyType;
  }

  /** The signed {@code merchant_id}: the handler's own merchant. */
  public String merchantId() {
    return merchantId;
  }

  /** The signed {@code timestamp} in epoch milliseconds (converted from seconds), if the body has an integer one. */
  public Option<Long> timestamp() {
    return timestamp;
  }

  /** The top-level {@code status} as sent, if it is a string or a number; untrusted text. */
  public Option<String> status() {
    return status;
  }

  /**
   * The identifiers that could be read: top-level {@code *_id} fields (not {@code merchant_id}) with a string or
   * number value, by field name, in body order (at most 16). Unmodifiable; untrusted text.
   */
  public Map<String, String> ids() {
    return ids;
  }

  /**
   * Equal for every delivery of this notification, whatever its {@code timestamp} (a digest of the body without it);
   * printable, at most 160 characters. The hook may be called again for one notification (a redelivery after a lost
   * acknowledgement, or two deliveries at once): deduplicate on this if it matters.
   */
  public String deduplicationKey() {
    return deduplicationKey;
  }

  /** The verified body exactly as received, a fresh copy; may hold card data: never log it. */
  public byte[] body() {
    return body.clone();
  }

  /** The verified body as text (it is well-formed UTF-8); may hold card data: never log it. */
  public String bodyText() {
    return new String(body, UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownNotification u && reason == u.reason && detail.equals(u.detail)
        && notifyType.equals(u.notifyType) && merchantId.equals(u.merchantId) && timestamp.equals(u.timestamp)
        && status.equals(u.status) && ids.equals(u.ids) && deduplicationKey.equals(u.deduplicationKey)
        && Arrays.equals(body, u.body);
  }

  @Override
  public int hashCode() {
    return deduplicationKey.hashCode() * 31 + Arrays.hashCode(body);
  }

  /** The safe fields only: never the body. */
  @Override
  public String toString() {
    return "UnknownNotification[" + describe() + "]";
  }

  /** One line for logs: reason, detail, type, merchant, status, ids, key; never the body. */
  String describe() {
    StringBuilder sb = new StringBuilder(160);
    sb.append(reason).append(" (").append(UntrustedText.untrusted(detail, 200)).append("), notify_type '")
        .append(UntrustedText.untrusted(notifyType, 64)).append("', merchant ").append(UntrustedText.printable(merchantId, 64));
    for (String s : status) sb.append(", status '").append(UntrustedText.untrusted(s, 64)).append('\'');
    for (Map.Entry<String, String> id : ids.entrySet()) {
      sb.append(", ").append(UntrustedText.printable(id.getKey(), 32)).append('=').append(UntrustedText.printable(id.getValue(), 64));
    }
    return sb.append(", key ").append(deduplicationKey).toString();
  }
}

package io.github.paykka.domain.notification;

import io.github.paykka.domain.id.MerchantId;

/** A notification from PayKKa, verified and parsed: about a payment or about a refund. */
public sealed interface Notification permits PaymentNotification, RefundNotification {
  /** What kind it is. */
  NotifyType type();

  /** The merchant it is for. */
  MerchantId merchantId();

  /** When PayKKa sent it, epoch milliseconds ({@code timestamp}). */
  long timestamp();

  /**
   * A key that is the same for every delivery of the same notification and differs between notifications: what an
   * inbox deduplicates on. It does not contain the timestamp, since a redelivery may be signed anew.
   */
  String deduplicationKey();
}

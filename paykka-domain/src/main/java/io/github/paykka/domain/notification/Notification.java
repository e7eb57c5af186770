package io.github.paykka.domain.notification;

import io.github.paykka.domain.id.MerchantId;

/** A notification from PayKKa, verified and parsed: about a payment or about a refund. */
public sealed interface Notification permits PaymentNotification, RefundNotification {
  /** The longest {@link #deduplicationKey()}, in characters: a durable inbox can index it in a fixed column. */
  int MAX_DEDUPLICATION_KEY_LENGTH = 160;

  /** What kind it is. */
  NotifyType type();

  /** The merchant it is for. */
  MerchantId merchantId();

  /**
   * When PayKKa sent it, epoch milliseconds ({@code timestamp}; a value PayKKa sent in seconds is converted). A
   * notification whose body has no integer {@code timestamp} carries the time the webhook adapter received it.
   */
  long timestamp();

  /**
   * Whether its {@code status} is one its {@link #type()} may carry ({@link NotifyType#admits}): a
   * {@code PAYMENT.SUCCESS} saying {@code FAILURE} does not.
   */
  boolean statusFitsType();

  /**
   * What an inbox deduplicates on: equal for every delivery of the same notification, different between
   * notifications whose content differs.
   *
   * <p>It is the kind, merchant, subject (order or refund number), type and status, then a digest (SHA-256, 128 bits,
   * Base64url) of every field of the notification but its {@code timestamp}: a redelivery signed anew with a later
   * timestamp is the same notification, while two {@code PAYMENT.SUCCESS} of one order that report different balances
   * (two captures) are two. Printable, at most {@value #MAX_DEDUPLICATION_KEY_LENGTH} characters.
   */
  String deduplicationKey();
}

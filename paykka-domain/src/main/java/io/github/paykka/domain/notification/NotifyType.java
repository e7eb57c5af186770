package io.github.paykka.domain.notification;

import io.vavr.control.Option;

/** The kinds of notification PayKKa sends ({@code notify_type}; values from PAYKKA-FACTS.md). */
public enum NotifyType {
  PAYMENT_AUTHORIZATION("PAYMENT.AUTHORIZATION"),
  PAYMENT_SUCCESS("PAYMENT.SUCCESS"),
  PAYMENT_FAILURE("PAYMENT.FAILURE"),
  PAYMENT_CANCELED("PAYMENT.CANCELED"),
  REFUND_SUCCESS("REFUND.SUCCESS"),
  REFUND_FAILURE("REFUND.FAILURE");

  private final String wireName;

  NotifyType(String wireName) {
    this.wireName = wireName;
  }

  /** The value of {@code notify_type}, e.g. {@code PAYMENT.SUCCESS}. */
  public String wireName() {
    return wireName;
  }

  /** Whether this is about a refund rather than a payment. */
  public boolean isRefund() {
    return this == REFUND_SUCCESS || this == REFUND_FAILURE;
  }

  /** The type whose wire name is {@code value} (case-insensitive), if we know it. */
  public static Option<NotifyType> fromWire(String value) {
    for (NotifyType type : values()) {
      if (type.wireName.equalsIgnoreCase(value)) return Option.some(type);
    }
    return Option.none();
  }
}

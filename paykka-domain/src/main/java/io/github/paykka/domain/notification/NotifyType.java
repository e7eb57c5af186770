package io.github.paykka.domain.notification;

import static io.github.paykka.domain.order.OrderStatus.AUTHORIZED;
import static io.github.paykka.domain.order.OrderStatus.CANCELED;
import static io.github.paykka.domain.order.OrderStatus.FAILURE;
import static io.github.paykka.domain.order.OrderStatus.PARTIALLY_REVERSED;
import static io.github.paykka.domain.order.OrderStatus.SUCCESS;

import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.refund.RefundStatus;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of notification PayKKa sends ({@code notify_type}; values from PAYKKA-FACTS.md), each with the statuses
 * it may carry.
 *
 * <p>The table of statuses is the one place that says which {@code status} fits which {@code notify_type}: a
 * notification whose status contradicts its type (a {@code PAYMENT.SUCCESS} saying {@code FAILURE}) is not applied
 * as either; the webhook adapter hands it to the application as an unknown notification. PayKKa does not publish
 * the pairs: our reading (docs/assumptions.md) is that each type carries the status it names, and that
 * {@code PAYMENT.SUCCESS} may also report a partial capture (AUTHORIZED while the rest stays authorised,
 * PARTIALLY_REVERSED after a final partial capture) and {@code PAYMENT.CANCELED} a void after a partial capture
 * (PARTIALLY_REVERSED).
 */
public enum NotifyType {
  PAYMENT_AUTHORIZATION("PAYMENT.AUTHORIZATION", EnumSet.of(AUTHORIZED), EnumSet.noneOf(RefundStatus.class)),
  PAYMENT_SUCCESS("PAYMENT.SUCCESS", EnumSet.of(SUCCESS, AUTHORIZED, PARTIALLY_REVERSED),
      EnumSet.noneOf(RefundStatus.class)),
  PAYMENT_FAILURE("PAYMENT.FAILURE", EnumSet.of(FAILURE), EnumSet.noneOf(RefundStatus.class)),
  PAYMENT_CANCELED("PAYMENT.CANCELED", EnumSet.of(CANCELED, PARTIALLY_REVERSED), EnumSet.noneOf(RefundStatus.class)),
  REFUND_SUCCESS("REFUND.SUCCESS", EnumSet.noneOf(OrderStatus.class), EnumSet.of(RefundStatus.SUCCESS)),
  REFUND_FAILURE("REFUND.FAILURE", EnumSet.noneOf(OrderStatus.class), EnumSet.of(RefundStatus.FAILURE));

  private final String wireName;
  private final Set<OrderStatus> orderStatuses;
  private final Set<RefundStatus> refundStatuses;

  NotifyType(String wireName, EnumSet<OrderStatus> orderStatuses, EnumSet<RefundStatus> refundStatuses) {
    this.wireName = wireName;
    this.orderStatuses = Collections.unmodifiableSet(orderStatuses);
    this.refundStatuses = Collections.unmodifiableSet(refundStatuses);
  }

  /** The value of {@code notify_type}, e.g. {@code PAYMENT.SUCCESS}. */
  public String wireName() {
    return wireName;
  }

  /** Whether this is about a refund rather than a payment. */
  public boolean isRefund() {
    return this == REFUND_SUCCESS || this == REFUND_FAILURE;
  }

  /** The order statuses a notification of this type may carry; empty for a refund type. Unmodifiable. */
  public Set<OrderStatus> orderStatuses() {
    return orderStatuses;
  }

  /** The refund statuses a notification of this type may carry; empty for a payment type. Unmodifiable. */
  public Set<RefundStatus> refundStatuses() {
    return refundStatuses;
  }

  /** Whether a payment notification of this type may say {@code status}; false for a refund type. */
  public boolean admits(OrderStatus status) {
    return orderStatuses.contains(status);
  }

  /** Whether a refund notification of this type may say {@code status}; false for a payment type. */
  public boolean admits(RefundStatus status) {
    return refundStatuses.contains(status);
  }

  /**
   * The type {@code value} names, if we know it: its wire name or constant name in any spelling, ignoring case,
   * {@code _}, {@code -}, {@code .} and space ({@code PAYMENT.SUCCESS}, {@code payment_success}); the one reading of
   * {@code notify_type}, used by the wire mapping and the webhook alike.
   */
  public static Option<NotifyType> fromWire(String value) {
    String key = squeeze(value);
    for (NotifyType type : values()) {
      if (squeeze(type.wireName).equals(key)) return Option.some(type);
    }
    return Option.none();
  }

  private static String squeeze(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '_' && c != '-' && c != '.' && c != ' ') sb.append(Character.toUpperCase(c));
    }
    return sb.toString();
  }
}

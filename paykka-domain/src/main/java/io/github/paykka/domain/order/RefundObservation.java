package io.github.paykka.domain.order;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.validation.InvalidValueException;

/**
 * What PayKKa reported of one refund of an order (a refund notification, or a refund's answer), for
 * {@link PaymentOrder#reconcile(RefundObservation)}.
 *
 * @param orderId the refunded order ({@code ori_order_id}, or {@code order_id} in a notification)
 * @param refundTransId the merchant's refund number ({@code refund_trans_id}): how the order tells refunds apart
 * @param amount the amount of the refund, at least one minor unit
 * @param succeeded whether the refund succeeded (SUCCESS); a refund that failed or is still under way moved no money
 */
public record RefundObservation(OrderId orderId, RefundTransId refundTransId, Money amount, boolean succeeded) {

  /** @throws IllegalArgumentException if the amount is not positive */
  public RefundObservation {
    requireNonNull(orderId, "orderId == null");
    requireNonNull(refundTransId, "refundTransId == null");
    requireNonNull(amount, "amount == null");
    if (!amount.isPositive()) throw InvalidValueException.of("amount", "a refund is at least one minor unit");
  }

  /** A refund of {@code amount} of order {@code orderId} that succeeded. */
  public static RefundObservation succeeded(OrderId orderId, RefundTransId refundTransId, Money amount) {
    return new RefundObservation(orderId, refundTransId, amount, true);
  }
}

package io.github.paykka.ports.refund;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Refund {@code amount} of order {@code originalOrderId}.
 *
 * @param refundTransId the merchant's refund number: the idempotency key of the refund
 * @param originalOrderId the order to refund ({@code ori_order_id})
 * @param amount at least one minor unit, at most what can be refunded
 * @param reason why
 * @param notifyUrl where PayKKa sends the refund's notification
 */
public record RefundCommand(
    RefundTransId refundTransId, OrderId originalOrderId, Money amount, ReasonCode reason, Option<String> notifyUrl) {

  public RefundCommand {
    requireNonNull(refundTransId, "refundTransId == null");
    requireNonNull(originalOrderId, "originalOrderId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(reason, "reason == null");
    requireNonNull(notifyUrl, "notifyUrl == null");
    if (!amount.isPositive()) throw new IllegalArgumentException("a refund is at least one minor unit");
  }

  /** A refund of {@code order}, checked by the domain first: refused here if the order cannot take it. */
  public static Either<Rejection, RefundCommand> of(
      PaymentOrder order, RefundTransId refundTransId, Money amount, ReasonCode reason, Option<String> notifyUrl) {
    requireNonNull(order, "order == null");
    return order.refund(amount)
        .map(t -> new RefundCommand(refundTransId, order.orderId(), amount, reason, notifyUrl));
  }
}

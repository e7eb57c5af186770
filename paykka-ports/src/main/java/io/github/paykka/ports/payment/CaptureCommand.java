package io.github.paykka.ports.payment;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.PaymentOrder;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Capture {@code amount} of order {@code orderId}.
 *
 * <p>{@code balancesBefore} is what the caller knew of the order's balances when deciding to capture. After an
 * ambiguous failure an adapter compares PayKKa's balances with it to tell whether the capture happened; without
 * it, the adapter asks PayKKa first.
 *
 * @param orderId the order
 * @param amount at least one minor unit, at most what can be captured
 * @param isFinal whether no capture follows; a final capture releases the rest ({@code capture_final})
 * @param balancesBefore the order's balances before this capture, if known
 */
public record CaptureCommand(OrderId orderId, Money amount, boolean isFinal, Option<Balances> balancesBefore) {

  public CaptureCommand {
    requireNonNull(orderId, "orderId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(balancesBefore, "balancesBefore == null");
  }

  /** A capture of an order whose balances the caller does not keep. */
  public static CaptureCommand of(OrderId orderId, Money amount, boolean isFinal) {
    return new CaptureCommand(orderId, amount, isFinal, Option.none());
  }

  /** A capture of {@code order}, checked by the domain first: refused here if the order cannot take it. */
  public static Either<Rejection, CaptureCommand> of(PaymentOrder order, Money amount, boolean isFinal) {
    requireNonNull(order, "order == null");
    return order.capture(amount, isFinal)
        .map(t -> new CaptureCommand(order.orderId(), amount, isFinal, Option.some(order.balances())));
  }
}

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
 * Capture {@code amount} of order {@code orderId}, or, without an amount, the rest of what is authorised.
 *
 * <p>{@code balancesBefore} is what the caller knew of the order's balances when deciding to capture. After an
 * ambiguous failure an adapter compares PayKKa's balances with it to tell whether the capture happened; without
 * it, the adapter asks PayKKa first.
 *
 * @param orderId the order
 * @param amount at least one minor unit, at most what can be captured ({@code amount} and {@code currency}); none
 *     to capture the rest, as seed 000 allows by making both optional
 * @param isFinal whether no capture follows; a final capture releases the rest ({@code capture_final}); a capture
 *     of the rest leaves nothing, and its factories make it final
 * @param balancesBefore the order's balances before this capture, if known
 */
public record CaptureCommand(OrderId orderId, Option<Money> amount, boolean isFinal, Option<Balances> balancesBefore) {

  public CaptureCommand {
    requireNonNull(orderId, "orderId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(balancesBefore, "balancesBefore == null");
  }

  /** A capture of {@code amount} of an order whose balances the caller does not keep. */
  public static CaptureCommand of(OrderId orderId, Money amount, boolean isFinal) {
    requireNonNull(amount, "amount == null");
    return new CaptureCommand(orderId, Option.some(amount), isFinal, Option.none());
  }

  /** A capture of {@code amount} of {@code order}, checked by the domain first: refused here if the order cannot take it. */
  public static Either<Rejection, CaptureCommand> of(PaymentOrder order, Money amount, boolean isFinal) {
    requireNonNull(order, "order == null");
    requireNonNull(amount, "amount == null");
    return order.capture(amount, isFinal)
        .map(t -> new CaptureCommand(order.orderId(), Option.some(amount), isFinal, Option.some(order.balances())));
  }

  /**
   * A capture of the rest of an order whose balances the caller does not keep: sent without {@code amount} and
   * {@code currency}, final.
   */
  public static CaptureCommand rest(OrderId orderId) {
    return new CaptureCommand(orderId, Option.none(), true, Option.none());
  }

  /**
   * A capture of the rest of {@code order} ({@link PaymentOrder#captureRest()}), checked by the domain first:
   * refused here if the order is not AUTHORIZED or has nothing left to capture. Sent without {@code amount} and
   * {@code currency}, final.
   */
  public static Either<Rejection, CaptureCommand> rest(PaymentOrder order) {
    requireNonNull(order, "order == null");
    return order.captureRest()
        .map(t -> new CaptureCommand(order.orderId(), Option.none(), true, Option.some(order.balances())));
  }

  /** Whether this captures the rest (no amount given). */
  public boolean isRest() {
    return amount.isEmpty();
  }
}

package io.github.paykka.ports.payment;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Capture {@code amount} of order {@code orderId}, or, without an amount, the rest of what is authorised.
 *
 * <p>{@code balancesBefore} is what the caller knew of the order's balances when deciding to capture (the domain
 * checks the capture against them). The HTTP adapter reads PayKKa's own balances before it sends a capture, and judges
 * an ambiguous failure by those: a kept order can be behind, as a partial capture sends no notification.
 *
 * @param orderId the order
 * @param amount at least one minor unit (else {@code IllegalArgumentException}), at most what can be captured ({@code amount} and {@code currency}); none
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
    // a capture of nothing would be sent as "amount":0, and a final one would release the whole authorisation
    if (amount.exists(a -> !a.isPositive())) {
      throw new IllegalArgumentException("amount must be at least one minor unit, was " + amount.get());
    }
  }

  /** A capture of {@code amount} of an order whose balances the caller does not keep. */
  public static CaptureCommand of(OrderId orderId, Money amount, boolean isFinal) {
    requireNonNull(amount, "amount == null");
    return new CaptureCommand(orderId, Option.some(amount), isFinal, Option.none());
  }

  /**
   * A capture of part of what {@code order} authorised, with more to come ({@code capture_final} false), checked by the
   * domain first.
   *
   * @return the command, or {@link GatewayFailure.Refused} (nothing sent) if the order cannot take it: not AUTHORIZED,
   *     or {@code amount} beyond what is left to capture
   */
  public static Either<GatewayFailure, CaptureCommand> partial(PaymentOrder order, Money amount) {
    return of(order, amount, false);
  }

  /**
   * The last capture of {@code order} ({@code capture_final} true): {@code amount}, and the rest of the authorisation
   * released (the order becomes PARTIALLY_REVERSED), or SUCCESS when {@code amount} is all that is left; checked by
   * the domain first.
   *
   * @return the command, or {@link GatewayFailure.Refused} (nothing sent) if the order cannot take it
   */
  public static Either<GatewayFailure, CaptureCommand> last(PaymentOrder order, Money amount) {
    return of(order, amount, true);
  }

  /**
   * A capture of {@code amount} of {@code order}, final or not, checked by the domain first; {@link #partial} and
   * {@link #last} name the two cases.
   *
   * @return the command, or {@link GatewayFailure.Refused} (nothing sent) if the order cannot take it
   */
  public static Either<GatewayFailure, CaptureCommand> of(PaymentOrder order, Money amount, boolean isFinal) {
    requireNonNull(order, "order == null");
    requireNonNull(amount, "amount == null");
    return order.capture(amount, isFinal)
        .<GatewayFailure>mapLeft(r -> refused(order, r))
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
   * A capture of the rest of {@code order} ({@link PaymentOrder#captureRest()}), checked by the domain first. Sent
   * without {@code amount} and {@code currency}, final.
   *
   * @return the command, or {@link GatewayFailure.Refused} (nothing sent) if the order is not AUTHORIZED or has
   *     nothing left to capture
   */
  public static Either<GatewayFailure, CaptureCommand> rest(PaymentOrder order) {
    requireNonNull(order, "order == null");
    return order.captureRest()
        .<GatewayFailure>mapLeft(r -> refused(order, r))
        .map(t -> new CaptureCommand(order.orderId(), Option.none(), true, Option.some(order.balances())));
  }

  private static GatewayFailure refused(PaymentOrder order, Rejection rejection) {
    return new GatewayFailure.Refused(Operation.CAPTURE, order.orderId().value(), rejection);
  }

  /** Whether this captures the rest (no amount given). */
  public boolean isRest() {
    return amount.isEmpty();
  }
}

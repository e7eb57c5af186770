package io.github.paykka.ports.payment;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Void the uncaptured rest of order {@code orderId}.
 *
 * @param orderId the order
 * @param reason why
 * @param balancesBefore the order's balances before the void, if known (see {@link CaptureCommand})
 */
public record VoidCommand(OrderId orderId, ReasonCode reason, Option<Balances> balancesBefore) {

  public VoidCommand {
    requireNonNull(orderId, "orderId == null");
    requireNonNull(reason, "reason == null");
    requireNonNull(balancesBefore, "balancesBefore == null");
  }

  /** A void of an order whose balances the caller does not keep. */
  public static VoidCommand of(OrderId orderId, ReasonCode reason) {
    return new VoidCommand(orderId, reason, Option.none());
  }

  /**
   * A void of {@code order}, checked by the domain first.
   *
   * @return the command, or {@link GatewayFailure.Refused} (nothing sent) if the order cannot take it: not
   *     AUTHORIZED, or nothing left to release
   */
  public static Either<GatewayFailure, VoidCommand> of(PaymentOrder order, ReasonCode reason) {
    requireNonNull(order, "order == null");
    return order.voidRemaining(reason)
        .<GatewayFailure>mapLeft(r -> new GatewayFailure.Refused(Operation.VOID, order.orderId().value(), r))
        .map(t -> new VoidCommand(order.orderId(), reason, Option.some(order.balances())));
  }
}

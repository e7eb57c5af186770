package io.github.paykka.ports.payment;

import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.vavr.control.Either;

/**
 * Payments at PayKKa: initiate, query, capture and void.
 *
 * <p>Implementations never throw for an expected failure and never return {@code null}: every outcome is a value.
 * Money-moving calls are never repeated blindly: after an ambiguous failure an implementation must find out what
 * happened (query) before sending again, or answer {@link GatewayFailure.OutcomeUnknown}.
 */
public interface PaymentGateway {

  /**
   * Initiates a payment ({@code POST /payments}). A second call with the same {@code trans_id} never creates a
   * second order.
   *
   * @return the order as PayKKa made it (check {@link PaymentResult#authenticationUrl()} for a 3DS challenge);
   *     {@link GatewayFailure.Declined} if PayKKa declined it; another failure otherwise
   */
  Either<GatewayFailure, PaymentResult> initiate(PaymentRequest request);

  /**
   * Looks up an order ({@code POST /payments/query}) by {@code trans_id}, {@code order_id} or {@code session_id}.
   *
   * @return the order in whatever status it is, FAILURE included; {@link GatewayFailure.Rejected} if PayKKa does not
   *     know it
   */
  Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup);

  /**
   * Captures part or all of an authorised order ({@code POST /payments/capture}).
   *
   * @return acceptance; PayKKa returns no order, query it to see the new balances
   */
  Either<GatewayFailure, Accepted> capture(CaptureCommand command);

  /**
   * Releases the uncaptured rest of an authorised order ({@code POST /payments/void}).
   *
   * @return acceptance; PayKKa returns no order, query it to see the new balances
   */
  Either<GatewayFailure, Accepted> voidPayment(VoidCommand command);
}

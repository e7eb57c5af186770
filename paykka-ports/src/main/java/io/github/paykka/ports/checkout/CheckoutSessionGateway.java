package io.github.paykka.ports.checkout;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.ports.GatewayFailure;
import io.vavr.control.Either;

/**
 * Hosted checkout sessions ({@code POST /payments/session}; the query endpoint {@code /payments/session/query} is
 * assumed by analogy, see {@code docs/assumptions.md}).
 */
public interface CheckoutSessionGateway {

  /** Creates a session; one {@code trans_id} makes at most one session. */
  Either<GatewayFailure, CheckoutSession> create(CheckoutSessionRequest request);

  /** Looks up a session. */
  Either<GatewayFailure, CheckoutSession> query(SessionLookup lookup);
}

package io.github.paykka.ports.applepay;

import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.ports.GatewayFailure;
import io.vavr.control.Either;

/** Apple Pay merchant sessions ({@code POST /payments/apple-pay/create-session}). */
public interface ApplePaySessionGateway {

  /** A merchant session for the Apple Pay JS {@code completeMerchantValidation} call. */
  Either<GatewayFailure, ApplePayMerchantSession> createSession(ApplePaySessionRequest request);
}

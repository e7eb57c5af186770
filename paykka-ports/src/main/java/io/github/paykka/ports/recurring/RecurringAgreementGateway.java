package io.github.paykka.ports.recurring;

import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.vavr.control.Either;

/** Recurring agreements at PayKKa ({@code /payments/recurring/cancel}). */
public interface RecurringAgreementGateway {

  /** Cancels the agreement: no merchant-initiated payment can use it afterwards. */
  Either<GatewayFailure, Accepted> cancel(RecurringAgreementId agreement, ShopperReference shopper);
}

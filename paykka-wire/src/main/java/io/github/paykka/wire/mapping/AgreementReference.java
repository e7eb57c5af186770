package io.github.paykka.wire.mapping;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;

/**
 * What a received {@code /payments/recurring/cancel} asks for: one shopper's recurring agreement.
 *
 * @param agreement the agreement to cancel
 * @param shopper whose it is
 */
public record AgreementReference(RecurringAgreementId agreement, ShopperReference shopper) {
  /** Both parts are required. */
  public AgreementReference {
    requireNonNull(agreement, "agreement == null");
    requireNonNull(shopper, "shopper == null");
  }
}

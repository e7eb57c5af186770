package io.github.paykka.domain.recurring;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.token.StoredCardToken;
import io.vavr.control.Either;

/**
 * A recurring agreement, made by a first RECURRING payment that stored the card: ACTIVE until cancelled.
 * Merchant-initiated payments need an active agreement and an active token.
 *
 * @param id the agreement
 * @param shopperReference the shopper it belongs to
 * @param token the stored card it charges
 * @param status where it is
 */
public record RecurringAgreement(
    RecurringAgreementId id, ShopperReference shopperReference, CardToken token, AgreementStatus status) {

  public RecurringAgreement {
    requireNonNull(id, "id == null");
    requireNonNull(shopperReference, "shopperReference == null");
    requireNonNull(token, "token == null");
    requireNonNull(status, "status == null");
  }

  /** A new agreement, ACTIVE. */
  public static RecurringAgreement activate(RecurringAgreementId id, ShopperReference shopperReference, CardToken token) {
    return new RecurringAgreement(id, shopperReference, token, AgreementStatus.ACTIVE);
  }

  /** Cancelled: no merchant-initiated payment may use it any more. */
  public Either<Rejection, RecurringAgreement> cancel() {
    if (AgreementTransition.MACHINE.between(status, AgreementStatus.CANCELLED).isEmpty()) {
      return Either.left(new Rejection.NotAllowedInState("cancel", status.name()));
    }
    return Either.right(new RecurringAgreement(id, shopperReference, token, AgreementStatus.CANCELLED));
  }

  /**
   * Whether a merchant-initiated payment of {@code shopper} with {@code storedToken} may go ahead under this
   * agreement.
   *
   * @return this agreement, or why not: cancelled, another shopper, another token, or a token not active
   */
  public Either<Rejection, RecurringAgreement> permitsMerchantInitiated(
      ShopperReference shopper, StoredCardToken storedToken) {
    requireNonNull(shopper, "shopper == null");
    requireNonNull(storedToken, "storedToken == null");
    String command = "merchant-initiated payment";
    if (status != AgreementStatus.ACTIVE) return Either.left(new Rejection.NotAllowedInState(command, status.name()));
    if (!shopperReference.equals(shopper)) {
      return Either.left(new Rejection.PreconditionFailed(command, "the agreement belongs to another shopper"));
    }
    if (!token.equals(storedToken.token())) {
      return Either.left(new Rejection.PreconditionFailed(command, "the agreement is for another token"));
    }
    if (!storedToken.isUsable()) {
      return Either.left(new Rejection.PreconditionFailed(command, "the token is " + storedToken.statusText()));
    }
    return Either.right(this);
  }
}

package io.github.paykka.domain.token;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.vavr.control.Either;

/**
 * A payment method PayKKa stored for a shopper: INACTIVE until the payment that stored it succeeds, then
 * ACTIVATE, and DELETE once removed.
 *
 * @param token the token
 * @param shopperReference whose it is
 * @param paymentMethod what was stored
 * @param usage what it may be used for
 * @param status where it is
 */
public record StoredCardToken(
    CardToken token, ShopperReference shopperReference, PaymentMethod paymentMethod, TokenUsage usage,
    TokenStatus status) {

  public StoredCardToken {
    requireNonNull(token, "token == null");
    requireNonNull(shopperReference, "shopperReference == null");
    requireNonNull(paymentMethod, "paymentMethod == null");
    requireNonNull(usage, "usage == null");
    requireNonNull(status, "status == null");
  }

  /** A token just stored, INACTIVE. */
  public static StoredCardToken stored(
      CardToken token, ShopperReference shopperReference, PaymentMethod paymentMethod, TokenUsage usage) {
    return new StoredCardToken(token, shopperReference, paymentMethod, usage, TokenStatus.INACTIVE);
  }

  /** The storing payment succeeded: ACTIVATE. */
  public Either<Rejection, StoredCardToken> activate() {
    return move("activate", TokenStatus.ACTIVATE);
  }

  /** Removed by the merchant: DELETE. */
  public Either<Rejection, StoredCardToken> remove() {
    return move("remove", TokenStatus.DELETE);
  }

  /** Whether a payment may use it now. */
  public boolean isUsable() {
    return status == TokenStatus.ACTIVATE;
  }

  private Either<Rejection, StoredCardToken> move(String command, TokenStatus to) {
    if (TokenTransition.MACHINE.between(status, to).isEmpty()) {
      return Either.left(new Rejection.NotAllowedInState(command, status.name()));
    }
    return Either.right(new StoredCardToken(token, shopperReference, paymentMethod, usage, to));
  }
}

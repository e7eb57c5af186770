package io.github.paykka.domain.token;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A payment method PayKKa stored for a shopper: INACTIVE until the payment that stored it succeeds, then
 * ACTIVATE, and DELETE once removed.
 *
 * <p>A token PayKKa lists may say less than one this library made: a token list answer is read tolerantly (only
 * {@code token} is required), so the method, usage and status are absent when PayKKa left them out, and a usage or
 * status this version does not know is absent with PayKKa's text kept in {@link #unrecognisedUsage()} or
 * {@link #unrecognisedStatus()} (a method it does not know is a {@link ReportedPaymentMethod.Unknown}). A token
 * whose status is not known is never {@linkplain #isUsable() usable} and cannot be moved.
 *
 * @param token the token
 * @param shopperReference whose it is
 * @param paymentMethod what was stored, when PayKKa said ({@code payment_method})
 * @param usage what it may be used for, when known ({@code token_usage})
 * @param status where it is, when known ({@code status})
 * @param unrecognisedUsage PayKKa's {@code token_usage} text when this version does not know it (then {@code usage} is
 *     absent); absent otherwise
 * @param unrecognisedStatus PayKKa's {@code status} text when this version does not know it (then {@code status} is
 *     absent); absent otherwise
 */
public record StoredCardToken(
    CardToken token, ShopperReference shopperReference, Option<ReportedPaymentMethod> paymentMethod,
    Option<TokenUsage> usage, Option<TokenStatus> status, Option<String> unrecognisedUsage,
    Option<String> unrecognisedStatus) {

  /** @throws IllegalArgumentException if an unrecognised usage or status comes with a known one */
  public StoredCardToken {
    requireNonNull(token, "token == null");
    requireNonNull(shopperReference, "shopperReference == null");
    requireNonNull(paymentMethod, "paymentMethod == null");
    requireNonNull(usage, "usage == null");
    requireNonNull(status, "status == null");
    requireNonNull(unrecognisedUsage, "unrecognisedUsage == null");
    requireNonNull(unrecognisedStatus, "unrecognisedStatus == null");
    if (usage.isDefined() && unrecognisedUsage.isDefined()) {
      throw new IllegalArgumentException("a usage is known or unrecognised, not both");
    }
    if (status.isDefined() && unrecognisedStatus.isDefined()) {
      throw new IllegalArgumentException("a status is known or unrecognised, not both");
    }
  }

  /** A token whose method, usage and status this version knows. */
  public StoredCardToken(CardToken token, ShopperReference shopperReference, PaymentMethod paymentMethod,
      TokenUsage usage, TokenStatus status) {
    this(token, shopperReference, Option.some(ReportedPaymentMethod.of(requireNonNull(paymentMethod,
            "paymentMethod == null"))), Option.some(requireNonNull(usage, "usage == null")),
        Option.some(requireNonNull(status, "status == null")), Option.none(), Option.none());
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

  /** Whether a payment may use it now: only when PayKKa says ACTIVATE. */
  public boolean isUsable() {
    return status.contains(TokenStatus.ACTIVATE);
  }

  /** The status for people and logs: its name, PayKKa's text of an unrecognised one, or {@code unknown}. */
  public String statusText() {
    return status.map(Enum::name).orElse(unrecognisedStatus).getOrElse("unknown");
  }

  private Either<Rejection, StoredCardToken> move(String command, TokenStatus to) {
    if (status.isEmpty() || TokenTransition.MACHINE.between(status.get(), to).isEmpty()) {
      return Either.left(new Rejection.NotAllowedInState(command, statusText()));
    }
    return Either.right(new StoredCardToken(token, shopperReference, paymentMethod, usage, Option.some(to),
        unrecognisedUsage, Option.none()));
  }
}

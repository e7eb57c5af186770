package io.github.paykka.domain.order;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;

/**
 * What happened to an order's money: authorised, captured, voided (released) and refunded.
 *
 * <p>Invariants, checked at construction: one currency; {@code captured + voided <= authed}; {@code refunded <=
 * captured}. (The order adds {@code authed <= amount}.) The "able to" figures PayKKa reports are derived, see
 * {@link PaymentOrder#ableToCapture()}.
 *
 * @param authed authorised
 * @param captured captured
 * @param voided released without capture
 * @param refunded refunded
 */
public record Balances(Money authed, Money captured, Money voided, Money refunded) {

  /** @throws IllegalArgumentException if an invariant does not hold */
  public Balances {
    requireNonNull(authed, "authed == null");
    requireNonNull(captured, "captured == null");
    requireNonNull(voided, "voided == null");
    requireNonNull(refunded, "refunded == null");
    Currency currency = authed.currency();
    if (!captured.currency().equals(currency) || !voided.currency().equals(currency)
        || !refunded.currency().equals(currency)) {
      throw new IllegalArgumentException("balances must be in one currency");
    }
    // all three are non-negative, so this cannot overflow where captured + voided could
    if (voided.isGreaterThan(authed) || captured.minorUnits() > authed.minorUnits() - voided.minorUnits()) {
      throw new IllegalArgumentException("captured " + captured + " + voided " + voided + " exceed authed " + authed);
    }
    if (refunded.isGreaterThan(captured)) {
      throw new IllegalArgumentException("refunded " + refunded + " exceeds captured " + captured);
    }
  }

  /** Nothing authorised yet. */
  public static Balances zero(Currency currency) {
    Money zero = Money.zero(currency);
    return new Balances(zero, zero, zero, zero);
  }

  public Currency currency() {
    return authed.currency();
  }

  /** Authorised and neither captured nor released. */
  public Money uncaptured() {
    return authed.minus(captured).minus(voided);
  }

  /** Captured and not refunded. */
  public Money unrefunded() {
    return captured.minus(refunded);
  }

  /** The component-wise maximum: the join of two observations of one order. */
  public Balances join(Balances other) {
    return new Balances(authed.max(other.authed), captured.max(other.captured), voided.max(other.voided),
        refunded.max(other.refunded));
  }

  /** Whether every figure here is at most the same figure there (this could precede that). */
  public boolean isAtMost(Balances other) {
    return !authed.isGreaterThan(other.authed) && !captured.isGreaterThan(other.captured)
        && !voided.isGreaterThan(other.voided) && !refunded.isGreaterThan(other.refunded);
  }

  Balances withAuthed(Money value) {
    return new Balances(value, captured, voided, refunded);
  }

  Balances withCaptured(Money value) {
    return new Balances(authed, value, voided, refunded);
  }

  Balances withVoided(Money value) {
    return new Balances(authed, captured, value, refunded);
  }

  Balances withRefunded(Money value) {
    return new Balances(authed, captured, voided, value);
  }
}

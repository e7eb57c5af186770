package io.github.paykka.domain.order;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Option;

/**
 * What happened to an order's money: authorised, captured, voided (released) and refunded; and, when PayKKa reported
 * them, its own "able to" figures.
 *
 * <p>Invariants, checked at construction: one currency; {@code captured + voided <= authed}; {@code refunded <=
 * captured}; reported figures not negative. (The order adds {@code authed <= amount}.)
 *
 * <p>The reported figures ({@code able_to_capture_amount}, {@code able_to_void_amount}, {@code able_to_refund_amount})
 * are PayKKa's word on what may still be done with the order in the state it was observed in: {@link
 * PaymentOrder#ableToCapture()} and the others prefer them and compute only the ones PayKKa left out. They describe
 * that one state, so a command that changes the order drops them, and {@link PaymentOrder#reconcile} keeps only those
 * of the observations that equal the merged state.
 *
 * @param authed authorised
 * @param captured captured
 * @param voided released without capture
 * @param refunded refunded
 * @param reportedAbleToCapture what PayKKa said may still be captured, if it said
 * @param reportedAbleToVoid what PayKKa said may still be voided, if it said
 * @param reportedAbleToRefund what PayKKa said may still be refunded, if it said
 */
public record Balances(
    Money authed,
    Money captured,
    Money voided,
    Money refunded,
    Option<Money> reportedAbleToCapture,
    Option<Money> reportedAbleToVoid,
    Option<Money> reportedAbleToRefund) {

  /** @throws IllegalArgumentException if an invariant does not hold */
  public Balances {
    requireNonNull(authed, "authed == null");
    requireNonNull(captured, "captured == null");
    requireNonNull(voided, "voided == null");
    requireNonNull(refunded, "refunded == null");
    requireNonNull(reportedAbleToCapture, "reportedAbleToCapture == null");
    requireNonNull(reportedAbleToVoid, "reportedAbleToVoid == null");
    requireNonNull(reportedAbleToRefund, "reportedAbleToRefund == null");
    Currency currency = authed.currency();
    if (!captured.currency().equals(currency) || !voided.currency().equals(currency)
        || !refunded.currency().equals(currency)) {
      throw InvalidValueException.of("balances", "balances must be in one currency");
    }
    // all three are non-negative, so this cannot overflow where captured + voided could
    if (voided.isGreaterThan(authed) || captured.minorUnits() > authed.minorUnits() - voided.minorUnits()) {
      throw InvalidValueException.of("balances", "captured " + captured + " + voided " + voided + " exceed authed " + authed);
    }
    if (refunded.isGreaterThan(captured)) {
      throw InvalidValueException.of("balances", "refunded " + refunded + " exceeds captured " + captured);
    }
    for (Option<Money> reported : java.util.List.of(reportedAbleToCapture, reportedAbleToVoid, reportedAbleToRefund)) {
      if (reported.exists(m -> !m.currency().equals(currency))) {
        throw InvalidValueException.of("balances", "balances must be in one currency");
      }
      if (reported.exists(m -> m.minorUnits() < 0)) {
        throw InvalidValueException.of("balances", "a reported figure is negative");
      }
    }
  }

  /** Balances without reported figures. */
  public Balances(Money authed, Money captured, Money voided, Money refunded) {
    this(authed, captured, voided, refunded, Option.none(), Option.none(), Option.none());
  }

  /** Nothing authorised yet. */
  public static Balances zero(Currency currency) {
    Money zero = Money.zero(currency);
    return new Balances(zero, zero, zero, zero);
  }

  /**
   * The least the order's status implies when PayKKa sent no balances: AUTHORIZED has authorised {@code amount},
   * SUCCESS has authorised and captured it (our reading of the statuses, see {@code docs/state-machines.md}),
   * anything else nothing. A join can only raise these, never lower them.
   */
  public static Balances impliedBy(OrderStatus status, Money amount) {
    requireNonNull(status, "status == null");
    requireNonNull(amount, "amount == null");
    Money zero = Money.zero(amount.currency());
    return switch (status) {
      case AUTHORIZED -> new Balances(amount, zero, zero, zero);
      case SUCCESS -> new Balances(amount, amount, zero, zero);
      default -> zero(amount.currency());
    };
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

  /** These balances with PayKKa's reported figures (each absent when PayKKa did not report it). */
  public Balances withReported(Option<Money> ableToCapture, Option<Money> ableToVoid, Option<Money> ableToRefund) {
    return new Balances(authed, captured, voided, refunded, ableToCapture, ableToVoid, ableToRefund);
  }

  /** These balances without reported figures. */
  public Balances withoutReported() {
    return new Balances(authed, captured, voided, refunded);
  }

  /**
   * The join of two observations of one order: the component-wise maximum of the amounts; the reported figures of
   * those of the two whose amounts equal that maximum (the others describe an earlier state), the smaller where both
   * report one, absent where neither does. Commutative, associative and idempotent.
   */
  public Balances join(Balances other) {
    Balances amounts = new Balances(authed.max(other.authed), captured.max(other.captured), voided.max(other.voided),
        refunded.max(other.refunded));
    Balances mine = amounts.hasAmountsOf(this) ? this : amounts;
    Balances theirs = amounts.hasAmountsOf(other) ? other : amounts;
    return amounts.withReported(min(mine.reportedAbleToCapture, theirs.reportedAbleToCapture),
        min(mine.reportedAbleToVoid, theirs.reportedAbleToVoid),
        min(mine.reportedAbleToRefund, theirs.reportedAbleToRefund));
  }

  /** Whether every amount here is at most the same amount there (this could precede that); reported figures aside. */
  public boolean isAtMost(Balances other) {
    return !authed.isGreaterThan(other.authed) && !captured.isGreaterThan(other.captured)
        && !voided.isGreaterThan(other.voided) && !refunded.isGreaterThan(other.refunded);
  }

  /** Whether the four amounts are those of {@code other}, whatever the reported figures. */
  public boolean hasAmountsOf(Balances other) {
    return authed.equals(other.authed) && captured.equals(other.captured) && voided.equals(other.voided)
        && refunded.equals(other.refunded);
  }

  private static Option<Money> min(Option<Money> a, Option<Money> b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return Option.some(a.get().isGreaterThan(b.get()) ? b.get() : a.get());
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

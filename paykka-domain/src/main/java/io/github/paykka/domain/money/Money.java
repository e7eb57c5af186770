package io.github.paykka.domain.money;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.InvalidValueException;
import java.math.BigDecimal;

/**
 * A non-negative amount in the minor unit of its currency (cents for USD, yen for JPY), as PayKKa counts it.
 *
 * <p>Arithmetic is exact: an overflow or a negative result is an {@link ArithmeticException}, never a wrap;
 * mixing currencies is an {@link IllegalArgumentException}.
 *
 * @param minorUnits the amount in minor units, {@code >= 0}
 * @param currency the currency
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

  public Money {
    requireNonNull(currency, "currency == null");
    if (minorUnits < 0) throw InvalidValueException.of("amount", "money cannot be negative: " + minorUnits);
  }

  /** {@code minorUnits} of {@code currency}. */
  public static Money of(long minorUnits, Currency currency) {
    return new Money(minorUnits, currency);
  }

  /** Nothing, in {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * The amount {@code major} (e.g. {@code 12.50}) of {@code currency}.
   *
   * @throws ArithmeticException if {@code major} has more decimals than the currency's minor unit, or does not fit
   */
  public static Money ofMajor(BigDecimal major, Currency currency) {
    requireNonNull(major, "major == null");
    return new Money(major.movePointRight(currency.exponent()).longValueExact(), currency);
  }

  /** This amount in major units, exactly. */
  public BigDecimal toMajor() {
    return BigDecimal.valueOf(minorUnits, currency.exponent());
  }

  /** The sum; overflow is an {@link ArithmeticException}. */
  public Money plus(Money other) {
    return new Money(Math.addExact(minorUnits, sameCurrency(other).minorUnits), currency);
  }

  /** The difference; a negative result is an {@link ArithmeticException}. */
  public Money minus(Money other) {
    long difference = Math.subtractExact(minorUnits, sameCurrency(other).minorUnits);
    if (difference < 0) throw new ArithmeticException(this + " - " + other + " would be negative");
    return new Money(difference, currency);
  }

  /** {@code this * factor}; overflow is an {@link ArithmeticException}. */
  public Money times(long factor) {
    if (factor < 0) throw new ArithmeticException("factor cannot be negative: " + factor);
    return new Money(Math.multiplyExact(minorUnits, factor), currency);
  }

  /** The larger of the two. */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The smaller of the two. */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isZero() {
    return minorUnits == 0;
  }

  public boolean isPositive() {
    return minorUnits > 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isSameCurrency(Money other) {
    return currency.equals(other.currency);
  }

  /** Compares amounts of one currency; comparing two currencies is an {@link IllegalArgumentException}. */
  @Override
  public int compareTo(Money other) {
    return Long.compare(minorUnits, sameCurrency(other).minorUnits);
  }

  private Money sameCurrency(Money other) {
    requireNonNull(other, "other == null");
    if (!currency.equals(other.currency)) {
      throw InvalidValueException.of("amount", "currency mismatch: " + currency + " and " + other.currency);
    }
    return other;
  }

  /** For example {@code USD 12.50} or {@code JPY 1250}. */
  @Override
  public String toString() {
    return currency.code() + " " + toMajor().toPlainString();
  }
}

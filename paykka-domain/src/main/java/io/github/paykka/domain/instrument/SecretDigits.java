package io.github.paykka.domain.instrument;

import org.jspecify.annotations.Nullable;

/**
 * Digits that go to PayKKa and nowhere else, a card number or a CVV: equal by value, handed out only by
 * {@link #digits()} for the wire, and never printed (each kind says in its {@code toString()} what it shows instead).
 * Written once for both; package-private, its public methods are members of {@link CardNumber} and {@link Cvv}.
 */
abstract sealed class SecretDigits permits CardNumber, Cvv {
  private final String digits;

  /** @param digits already checked by the subclass's factory */
  SecretDigits(String digits) {
    this.digits = digits;
  }

  /** The digits, for the wire only. */
  public final String digits() {
    return digits;
  }

  /** Equal when of the same kind with the same digits. */
  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && digits.equals(((SecretDigits) other).digits);
  }

  @Override
  public final int hashCode() {
    return digits.hashCode();
  }

  /** What may be shown instead of the digits; never the digits. */
  @Override
  public abstract String toString();
}

package io.github.paykka.domain.instrument;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.InvalidValueException;

/** A card verification value: 3 or 4 digits. It never prints: {@link #toString()} is {@code ***}. */
public final class Cvv {
  private final String digits;

  private Cvv(String digits) {
    this.digits = digits;
  }

  /** @throws IllegalArgumentException if not 3 or 4 digits (the message never contains the input) */
  public static Cvv of(String digits) {
    requireNonNull(digits, "digits == null");
    if (!digits.matches("[0-9]{3,4}")) throw InvalidValueException.of("cvv", "a CVV has 3 or 4 digits");
    return new Cvv(digits);
  }

  /** The digits, for the wire only. */
  public String digits() {
    return digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cvv that && digits.equals(that.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return "***";
  }
}

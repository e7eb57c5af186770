package io.github.paykka.domain.instrument;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.InvalidValueException;

/** A card verification value: 3 or 4 digits. It never prints: {@link #toString()} is {@code ***}. */
public final class Cvv extends SecretDigits {
  private Cvv(String digits) {
    super(digits);
  }

  /** @throws IllegalArgumentException if not 3 or 4 digits (the message never contains the input) */
  public static Cvv of(String digits) {
    requireNonNull(digits, "digits == null");
    if (!digits.matches("[0-9]{3,4}")) throw InvalidValueException.of("cvv", "a CVV has 3 or 4 digits");
    return new Cvv(digits);
  }

  /** Never the digits. */
  @Override
  public String toString() {
    return "***";
  }
}

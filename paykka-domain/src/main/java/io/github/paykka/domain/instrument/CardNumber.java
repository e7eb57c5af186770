package io.github.paykka.domain.instrument;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.InvalidValueException;
import java.util.Arrays;

/**
 * A primary account number: 12 to 19 digits.
 *
 * <p>{@link #toString()} shows at most the BIN (first six digits) and the last four, and only the last four for
 * numbers shorter than 16 digits, where BIN and last four together would reveal most of the number. The full
 * number is only handed out by {@link #digits()}, for the wire.
 */
public final class CardNumber extends SecretDigits {
  private CardNumber(String digits) {
    super(digits);
  }

  /**
   * The card number {@code digits}; spaces are not accepted.
   *
   * @throws IllegalArgumentException if it is not 12 to 19 ASCII digits (the message never contains the input)
   */
  public static CardNumber of(String digits) {
    requireNonNull(digits, "digits == null");
    if (digits.length() < 12 || digits.length() > 19) {
      throw InvalidValueException.of("card_no", "a card number has 12 to 19 digits, this one has " + digits.length() + " characters");
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') throw InvalidValueException.of("card_no", "a card number has only digits 0-9");
    }
    return new CardNumber(digits);
  }

  /** The first six digits, or an empty string when the number is too short to show them safely. */
  public String bin() {
    return digits().length() >= 16 ? digits().substring(0, 6) : "";
  }

  /** The last four digits. */
  public String last4() {
    return digits().substring(digits().length() - 4);
  }

  /** Whether the Luhn check digit is right; PayKKa decides, this is a hint for forms. */
  public boolean passesLuhn() {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits().length() - 1; i >= 0; i--) {
      int d = digits().charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** The number masked: BIN and last four at most, e.g. {@code 424242******4242}. */
  public String masked() {
    String bin = bin();
    char[] stars = new char[digits().length() - bin.length() - 4];
    Arrays.fill(stars, '*');
    return bin + new String(stars) + last4();
  }

  /** The masked number; never the full one. */
  @Override
  public String toString() {
    return masked();
  }
}

package io.github.paykka.domain.id;

import io.github.paykka.domain.validation.InvalidValueException;

/** The one rule every identifier shares: present, not blank, printable, and not longer than PayKKa allows. */
final class Ids {
  private Ids() {}

  static String check(String value, int maxLength, String type) {
    if (value == null) throw new NullPointerException(type + " == null");
    if (value.isBlank()) throw InvalidValueException.of(type, "must not be blank");
    // characters as the seeds count them: code points, so that one emoji counts once, not as two chars
    int length = value.codePointCount(0, value.length());
    if (length > maxLength) {
      throw InvalidValueException.of(type, "must be at most " + maxLength + " characters, was " + length);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) throw InvalidValueException.of(type, "must not contain control characters");
    }
    return value;
  }
}

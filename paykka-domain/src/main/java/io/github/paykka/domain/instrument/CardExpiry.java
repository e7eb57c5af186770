package io.github.paykka.domain.instrument;

import io.github.paykka.domain.validation.InvalidValueException;

/**
 * A card's expiry month and year, as PayKKa spells them: {@code exp_month} two digits, {@code exp_year} four.
 *
 * @param month 1 to 12
 * @param year four digits
 */
public record CardExpiry(int month, int year) {

  /** @throws IllegalArgumentException if the month is not 1..12 or the year not four digits */
  public CardExpiry {
    if (month < 1 || month > 12) throw InvalidValueException.of("expiry", "expiry month must be 1..12, was " + month);
    if (year < 1000 || year > 9999) throw InvalidValueException.of("expiry", "expiry year must have four digits, was " + year);
  }

  public static CardExpiry of(int month, int year) {
    return new CardExpiry(month, year);
  }

  /** {@code exp_month}: two digits, e.g. {@code 03}. */
  public String monthText() {
    return month < 10 ? "0" + month : Integer.toString(month);
  }

  /** {@code exp_year}: four digits. */
  public String yearText() {
    return Integer.toString(year);
  }

  @Override
  public String toString() {
    return monthText() + "/" + yearText();
  }
}

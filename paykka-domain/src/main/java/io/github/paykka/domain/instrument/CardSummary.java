package io.github.paykka.domain.instrument;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.InvalidValueException;

/**
 * What PayKKa reports of the card used ({@code card_info}): safe to show and to log.
 *
 * @param bin the first six digits (may be empty)
 * @param last4 the last four digits (may be empty)
 * @param brand e.g. {@code VISA} (may be empty)
 */
public record CardSummary(String bin, String last4, String brand) {
  public CardSummary {
    requireNonNull(bin, "bin == null");
    requireNonNull(last4, "last4 == null");
    requireNonNull(brand, "brand == null");
    if (bin.length() > 8 || !bin.chars().allMatch(Character::isDigit)) {
      throw InvalidValueException.of("card_info", "a BIN has at most 8 digits");
    }
    if (last4.length() > 4 || !last4.chars().allMatch(Character::isDigit)) {
      throw InvalidValueException.of("card_info", "last4 has at most 4 digits");
    }
  }
}

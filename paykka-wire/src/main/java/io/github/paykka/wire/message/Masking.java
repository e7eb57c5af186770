package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Renders secrets for {@code toString()}: a card number as BIN and last four at most, anything else as {@code ***}.
 *
 * <p>Package-private: only the messages' {@code toString()} use it.
 */
final class Masking {
  private Masking() {}

  /** {@code null}, or {@code ***} for any present secret. */
  static String secret(@Nullable Object value) {
    return value == null ? "null" : "***";
  }

  /** {@code null}; BIN, stars and last four for a number of at least 13 characters; {@code ***} otherwise. */
  static String card(@Nullable String cardNo) {
    if (cardNo == null) return "null";
    int n = cardNo.length();
    // below 13 characters BIN + last four would reveal (nearly) all of it
    if (n < 13) return "***";
    return cardNo.substring(0, 6) + "***" + cardNo.substring(n - 4);
  }
}

package io.github.paykka.domain.money;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ISO 4217 currency and the exponent of its minor unit.
 *
 * <p>The ten currencies of PayKKa v1.2 are constants; any other ISO code is accepted with its ISO exponent, so
 * that a currency PayKKa adds later needs no new release. Whether PayKKa accepts a currency for a payment is a
 * separate question: see {@link #isSupportedByPaykka()}.
 */
public final class Currency {
  public static final Currency CNY = new Currency("CNY", 2);
  public static final Currency USD = new Currency("USD", 2);
  public static final Currency JPY = new Currency("JPY", 0);
  public static final Currency RUB = new Currency("RUB", 2);
  public static final Currency EUR = new Currency("EUR", 2);
  public static final Currency GBP = new Currency("GBP", 2);
  public static final Currency HKD = new Currency("HKD", 2);
  public static final Currency AUD = new Currency("AUD", 2);
  public static final Currency CAD = new Currency("CAD", 2);
  public static final Currency INR = new Currency("INR", 2);

  // The enum of seed 000 ("Currency; Pass the ISO ... three-letter code").
  private static final Map<String, Currency> PAYKKA =
      Map.of("CNY", CNY, "USD", USD, "JPY", JPY, "RUB", RUB, "EUR", EUR, "GBP", GBP, "HKD", HKD, "AUD", AUD,
          "CAD", CAD, "INR", INR);

  private final String code;
  private final int exponent;

  private Currency(String code, int exponent) {
    this.code = code;
    this.exponent = exponent;
  }

  /**
   * The currency with this ISO 4217 code.
   *
   * @throws IllegalArgumentException if {@code code} is not an ISO 4217 currency with a minor unit
   */
  public static Currency of(String code) {
    return parse(code).getOrElseThrow((String reason) -> InvalidValueException.of("currency", reason));
  }

  /** The currency with this ISO 4217 code, or why there is none; never throws. */
  public static Either<String, Currency> parse(String code) {
    requireNonNull(code, "code == null");
    String upper = code.toUpperCase(Locale.ROOT);
    Currency known = PAYKKA.get(upper);
    if (known != null) return Either.right(known);
    if (!upper.matches("[A-Z]{3}")) return Either.left("not a three-letter ISO 4217 currency code");
    try {
      int digits = java.util.Currency.getInstance(upper).getDefaultFractionDigits();
      if (digits < 0) return Either.left("currency " + upper + " has no minor unit");
      return Either.right(new Currency(upper, digits));
    } catch (IllegalArgumentException unknown) {
      return Either.left("unknown ISO 4217 currency " + upper);
    }
  }

  /** The currencies PayKKa v1.2 lists for payments. */
  public static Set<Currency> paykkaCurrencies() {
    return Set.copyOf(PAYKKA.values());
  }

  /** The three-letter ISO code, upper case. */
  public String code() {
    return code;
  }

  /** Digits of the minor unit: 2 for USD (cents), 0 for JPY (yen). */
  public int exponent() {
    return exponent;
  }

  /** Whether PayKKa v1.2 lists this currency for payments. */
  public boolean isSupportedByPaykka() {
    return PAYKKA.containsKey(code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Currency that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}

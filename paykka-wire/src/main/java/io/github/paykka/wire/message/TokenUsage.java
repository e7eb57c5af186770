package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code token_usage} of a stored payment method (seed 000 {@code CardTokenUsageEnum}).
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum TokenUsage {
  /** Card on file (shopper-initiated spending). */
  CARD_ON_FILE("CARD_ON_FILE"),
  /** Subscription (recurring). */
  SUBSCRIPTION("SUBSCRIPTION"),
  /** Unscheduled card on file (listed by token query only). */
  UNSCHEDULED_CARD_ON_FILE("UNSCHEDULED_CARD_ON_FILE"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, TokenUsage> BY_KEY = WireEnums.index(values(), TokenUsage::wire);

  private final String wire;

  TokenUsage(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static TokenUsage fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

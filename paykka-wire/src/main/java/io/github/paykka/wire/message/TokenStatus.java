package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code status} of a card token in a token query (seed 000: inactive / active / deleted).
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum TokenStatus {
  /** Not active yet. */
  INACTIVE("INACTIVE"),
  /** Active. */
  ACTIVATE("ACTIVATE"),
  /** Deleted. */
  DELETE("DELETE"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, TokenStatus> BY_KEY = WireEnums.index(values(), TokenStatus::wire);

  private final String wire;

  TokenStatus(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static TokenStatus fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

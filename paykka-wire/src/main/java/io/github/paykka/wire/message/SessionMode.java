package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code session_mode} of a checkout session (seed 003, PAYKKA-FACTS.md).
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum SessionMode {
  /** A page hosted by PayKKa. */
  HOSTED("HOSTED"),
  /** The drop-in component. */
  DROP_IN("DROP_IN"),
  /** Single components. */
  COMPONENT("COMPONENT"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, SessionMode> BY_KEY = WireEnums.index(values(), SessionMode::wire);

  private final String wire;

  SessionMode(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static SessionMode fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

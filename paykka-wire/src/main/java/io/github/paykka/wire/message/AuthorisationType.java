package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code authorisation_type}; the seeds know only {@code FINAL_AUTH}, the default (seed 000).
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum AuthorisationType {
  /** A final authorisation (the default). */
  FINAL_AUTH("FINAL_AUTH"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, AuthorisationType> BY_KEY = WireEnums.index(values(), AuthorisationType::wire);

  private final String wire;

  AuthorisationType(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static AuthorisationType fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

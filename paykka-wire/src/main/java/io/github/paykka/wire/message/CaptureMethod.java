package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code capture_method}: whether PayKKa captures the authorisation itself (seed 000).
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum CaptureMethod {
  /** PayKKa captures at once. */
  AUTOMATIC("AUTOMATIC"),
  /** The merchant captures later with {@code /payments/capture}. */
  MANUAL("MANUAL"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, CaptureMethod> BY_KEY = WireEnums.index(values(), CaptureMethod::wire);

  private final String wire;

  CaptureMethod(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static CaptureMethod fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

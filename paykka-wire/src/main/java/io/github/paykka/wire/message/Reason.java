package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code reason} of a void or refund (seed 000 "Order Rejection Reason").
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum Reason {
  /** Duplicate order. */
  DUPLICATE("DUPLICATE"),
  /** Fraudulent. */
  FRAUDULENT("FRAUDULENT"),
  /** Requested by the customer. */
  REQUESTED_BY_CUSTOMER("REQUESTED_BY_CUSTOMER"),
  /** Other. */
  OTHER("OTHER"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, Reason> BY_KEY = WireEnums.index(values(), Reason::wire);

  private final String wire;

  Reason(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static Reason fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

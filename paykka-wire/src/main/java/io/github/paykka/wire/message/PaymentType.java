package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code payment_type} of a payment or checkout session (seed 000: {@code PaymentTypeEnum}).
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum PaymentType {
  /** A one-off purchase. */
  PURCHASE("PURCHASE"),
  /** A first or subsequent recurring payment. */
  RECURRING("RECURRING"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, PaymentType> BY_KEY = WireEnums.index(values(), PaymentType::wire);

  private final String wire;

  PaymentType(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static PaymentType fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The gateway order {@code status} (seed 000 {@code GatewayOrderStatusEnum}).
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum OrderStatus {
  /** Processing. */
  PROCESSING("PROCESSING"),
  /** Succeeded. */
  SUCCESS("SUCCESS"),
  /** Authorised, not captured. */
  AUTHORIZED("AUTHORIZED"),
  /** Failed. */
  FAILURE("FAILURE"),
  /** Refunded. */
  REFUNDED("REFUNDED"),
  /** Partially refunded. */
  PARTIALLY_REFUNDED("PARTIALLY_REFUNDED"),
  /** Canceled. */
  CANCELED("CANCELED"),
  /** Partially reversed. */
  PARTIALLY_REVERSED("PARTIALLY_REVERSED"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, OrderStatus> BY_KEY = WireEnums.index(values(), OrderStatus::wire);

  private final String wire;

  OrderStatus(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static OrderStatus fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

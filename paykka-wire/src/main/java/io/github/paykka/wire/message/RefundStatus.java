package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code status} of a refund (PAYKKA-FACTS.md, {@code GatewayRefundOrderStatusEnum}; names assumed for v1.2).
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum RefundStatus {
  /** Under review. */
  REVIEWING("REVIEWING"),
  /** Processing. */
  PROCESSING("PROCESSING"),
  /** Succeeded. */
  SUCCESS("SUCCESS"),
  /** Failed. */
  FAILURE("FAILURE"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, RefundStatus> BY_KEY = WireEnums.index(values(), RefundStatus::wire);

  private final String wire;

  RefundStatus(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static RefundStatus fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code notify_type} of a notification (PAYKKA-FACTS.md).
 *
 * <p>Written with the dotted spelling PayKKa uses ({@code PAYMENT.SUCCESS}); read case-, dot- and underscore-insensitively.
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum NotifyType {
  /** A payment was authorised. */
  PAYMENT_AUTHORIZATION("PAYMENT.AUTHORIZATION"),
  /** A payment succeeded. */
  PAYMENT_SUCCESS("PAYMENT.SUCCESS"),
  /** A payment failed. */
  PAYMENT_FAILURE("PAYMENT.FAILURE"),
  /** A payment was canceled. */
  PAYMENT_CANCELED("PAYMENT.CANCELED"),
  /** A refund succeeded. */
  REFUND_SUCCESS("REFUND.SUCCESS"),
  /** A refund failed. */
  REFUND_FAILURE("REFUND.FAILURE"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, NotifyType> BY_KEY = WireEnums.index(values(), NotifyType::wire);

  private final String wire;

  NotifyType(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static NotifyType fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

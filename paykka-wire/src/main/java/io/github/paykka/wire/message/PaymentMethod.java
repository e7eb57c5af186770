package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;

/**
 * The {@code payment_method} (seed 000 {@code ApiPaymentMethodEnum}).
 *
 * <p>The seeds mix spellings: the enum lists {@code BankCard}, {@code ApplePay}, {@code GooglePay}, the examples send
 * {@code BANKCARD}, {@code APPLE_PAY}, {@code GOOGLE_PAY}. Every spelling is accepted case- and underscore-insensitively;
 * the upper-snake spelling of the examples is written. For the methods the examples never show (all but the three above),
 * the written spelling is our upper-snake reading of the enum name: an assumption.
 *
 * <p>Forward compatible: a value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values);
 * spellings are matched ignoring case, {@code _}, {@code -} and {@code .}. {@link #UNKNOWN} writes {@code "UNKNOWN"}:
 * never send it.
 */
public enum PaymentMethod {
  /** Bank card ({@code BankCard}). */
  BANKCARD("BANKCARD"),
  /** eftpos Australia ({@code eftpos}). */
  EFTPOS("EFTPOS"),
  /** Apple Pay ({@code ApplePay}). */
  APPLE_PAY("APPLE_PAY"),
  /** Google Pay ({@code GooglePay}). */
  GOOGLE_PAY("GOOGLE_PAY"),
  /** WeChat Pay Global ({@code WechatPayGlobal}). */
  WECHAT_PAY_GLOBAL("WECHAT_PAY_GLOBAL"),
  /** Alipay+ ({@code AlipayPlus}). */
  ALIPAY_PLUS("ALIPAY_PLUS"),
  /** SEPA Direct Debit ({@code SEPA}). */
  SEPA("SEPA"),
  /** Bancontact ({@code Bancontact}). */
  BANCONTACT("BANCONTACT"),
  /** EPS ({@code EPS}). */
  EPS("EPS"),
  /** iDEAL ({@code iDEAL}). */
  IDEAL("IDEAL"),
  /** Przelewy24 ({@code P24}). */
  P24("P24"),
  /** Sofort ({@code Sofort}). */
  SOFORT("SOFORT"),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN");

  private static final Map<String, PaymentMethod> BY_KEY = WireEnums.index(values(), PaymentMethod::wire);

  private final String wire;

  PaymentMethod(String wire) {
    this.wire = wire;
  }

  /** Returns the spelling written on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Reads any spelling of a value; never fails: an unknown value is {@link #UNKNOWN}. */
  @JsonCreator
  public static PaymentMethod fromWire(String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

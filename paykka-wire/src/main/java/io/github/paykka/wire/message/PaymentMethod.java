package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.paykka.wire.internal.WireEnums;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code payment_method} (seed 000 {@code ApiPaymentMethodEnum}), and the one table of its spellings.
 *
 * <p>The seeds mix spellings: seed 000's enum lists {@code BankCard}, {@code eftpos}, {@code ApplePay},
 * {@code GooglePay}, {@code WechatPayGlobal}, {@code AlipayPlus}, {@code SEPA}, {@code Bancontact}, {@code EPS},
 * {@code iDEAL}, {@code P24}, {@code Sofort} ({@link #enumSpelling()}); its and seed 001's examples send
 * {@code BANKCARD}, {@code APPLE_PAY}, {@code GOOGLE_PAY} in {@code payment.payment_method}, and seed 003 sends
 * {@code "allowed_payment_methods":["BankCard"]}. Each field is written as the seeds spell it:
 * <ul>
 *   <li>{@code payment.payment_method} (and the answers' {@code payment_method}, whose examples spell it the same
 *       way): the example's spelling where the seeds show one, the enum's spelling for the other methods
 *       ({@link #wire()}, the default);
 *   <li>{@code allowed_payment_methods} and {@code blocked_payment_methods}: the enum's spelling
 *       ({@link #enumSpelling()}, applied by those fields' serialisation).
 * </ul>
 *
 * <p>Forward compatible: every spelling is read, matched ignoring case, {@code _}, {@code -}, {@code .} and space; a
 * value this version does not know reads as {@link #UNKNOWN} (PayKKa may add values). {@link #UNKNOWN} writes
 * {@code "UNKNOWN"}: never send it.
 */
public enum PaymentMethod {
  /** Bank card. */
  BANKCARD("BankCard", "BANKCARD"),
  /** eftpos Australia. */
  EFTPOS("eftpos", null),
  /** Apple Pay. */
  APPLE_PAY("ApplePay", "APPLE_PAY"),
  /** Google Pay. */
  GOOGLE_PAY("GooglePay", "GOOGLE_PAY"),
  /** WeChat Pay Global. */
  WECHAT_PAY_GLOBAL("WechatPayGlobal", null),
  /** Alipay+. */
  ALIPAY_PLUS("AlipayPlus", null),
  /** SEPA Direct Debit. */
  SEPA("SEPA", null),
  /** Bancontact. */
  BANCONTACT("Bancontact", null),
  /** EPS. */
  EPS("EPS", null),
  /** iDEAL. */
  IDEAL("iDEAL", null),
  /** Przelewy24. */
  P24("P24", null),
  /** Sofort. */
  SOFORT("Sofort", null),
  /** A value this version of the library does not know. */
  UNKNOWN("UNKNOWN", null);

  private static final Map<String, PaymentMethod> BY_KEY = WireEnums.index(values(), PaymentMethod::enumSpelling);

  private final String enumSpelling;
  private final String paymentSpelling;

  PaymentMethod(String enumSpelling, @Nullable String exampleSpelling) {
    this.enumSpelling = enumSpelling;
    this.paymentSpelling = exampleSpelling == null ? enumSpelling : exampleSpelling;
  }

  /**
   * The spelling written in {@code payment.payment_method}: the seeds' examples' spelling ({@code BANKCARD},
   * {@code APPLE_PAY}, {@code GOOGLE_PAY}) where they show one, seed 000's enum spelling otherwise.
   */
  @JsonValue
  public String wire() {
    return paymentSpelling;
  }

  /** The spelling of seed 000's enum ({@code BankCard}, {@code iDEAL}, ...), written in the method lists. */
  public String enumSpelling() {
    return enumSpelling;
  }

  /** Reads any spelling of a value; never fails: an unknown value (or null) is {@link #UNKNOWN}. */
  @JsonCreator
  public static PaymentMethod fromWire(@Nullable String value) {
    return WireEnums.parse(BY_KEY, value, UNKNOWN);
  }
}

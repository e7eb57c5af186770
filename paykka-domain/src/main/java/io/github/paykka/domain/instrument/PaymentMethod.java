package io.github.paykka.domain.instrument;

/** PayKKa's payment methods (seed 000, {@code payment.payment_method}). */
public enum PaymentMethod {
  BANKCARD,
  EFTPOS,
  APPLE_PAY,
  GOOGLE_PAY,
  WECHAT_PAY_GLOBAL,
  ALIPAY_PLUS,
  SEPA,
  BANCONTACT,
  EPS,
  IDEAL,
  P24,
  SOFORT;

  /** Whether this is a wallet that carries a card (Apple Pay, Google Pay). */
  public boolean isCardWallet() {
    return this == APPLE_PAY || this == GOOGLE_PAY;
  }
}

package io.github.paykka.domain.instrument;

/** The card wallets PayKKa accepts in both forms (opaque token, or card decrypted by the merchant). */
public enum Wallet {
  APPLE_PAY(PaymentMethod.APPLE_PAY),
  GOOGLE_PAY(PaymentMethod.GOOGLE_PAY);

  private final PaymentMethod method;

  Wallet(PaymentMethod method) {
    this.method = method;
  }

  public PaymentMethod paymentMethod() {
    return method;
  }
}

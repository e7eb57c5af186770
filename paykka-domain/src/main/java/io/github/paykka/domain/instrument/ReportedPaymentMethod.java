package io.github.paykka.domain.instrument;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * The payment method PayKKa reports a payment was made with ({@code payment.payment_method}): one this version knows,
 * or, since PayKKa adds methods, one it does not, kept as PayKKa's text (e.g. {@code Unknown[raw=PAYPAL]}).
 */
public sealed interface ReportedPaymentMethod {

  /** A method this version knows. */
  static ReportedPaymentMethod of(PaymentMethod method) {
    return new Known(method);
  }

  /** A method this version does not know, as PayKKa spelled it. */
  static ReportedPaymentMethod unknown(String raw) {
    return new Unknown(raw);
  }

  /** The method, when this version knows it. */
  Option<PaymentMethod> known();

  /** The method's name ({@code APPLE_PAY}), or PayKKa's text for an unknown one. */
  String text();

  /**
   * A method this version knows.
   *
   * @param method the method
   */
  record Known(PaymentMethod method) implements ReportedPaymentMethod {
    public Known {
      requireNonNull(method, "method == null");
    }

    @Override
    public Option<PaymentMethod> known() {
      return Option.some(method);
    }

    @Override
    public String text() {
      return method.name();
    }
  }

  /**
   * A method this version does not know.
   *
   * @param raw PayKKa's text for it, e.g. {@code PAYPAL}
   */
  record Unknown(String raw) implements ReportedPaymentMethod {
    public Unknown {
      requireNonNull(raw, "raw == null");
    }

    @Override
    public Option<PaymentMethod> known() {
      return Option.none();
    }

    @Override
    public String text() {
      return raw;
    }
  }
}

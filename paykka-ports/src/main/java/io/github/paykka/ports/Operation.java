package io.github.paykka.ports;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * The PayKKa operations, declared once: what failures and acceptances name, whatever port implementation (the HTTP
 * adapter, the fakes, a user's own transport) made the call. Their paths, messages and repeat policies are in
 * paykka-wire's table.
 */
public enum Operation {
  /** {@code POST /payments}: initiate a payment. */
  INITIATE("payments.initiate"),
  /** {@code /payments/query}: look an order up. */
  QUERY("payments.query"),
  /** {@code /payments/capture}. */
  CAPTURE("payments.capture"),
  /** {@code /payments/void}. */
  VOID("payments.void"),
  /** {@code /payments/refund}. */
  REFUND("refunds.refund"),
  /** {@code /payments/refund/query}. */
  REFUND_QUERY("refunds.query"),
  /** {@code /payments/token/query}: list a shopper's stored tokens. */
  TOKEN_LIST("tokens.list"),
  /** {@code /payments/token/remove}. */
  TOKEN_REMOVE("tokens.remove"),
  /** {@code /payments/recurring/cancel}. */
  RECURRING_CANCEL("recurring.cancel"),
  /** {@code /payments/apple-pay/create-session}: an Apple Pay merchant session. */
  APPLE_PAY_SESSION("applepay.session"),
  /** {@code POST /payments/session}: create a checkout session. */
  CHECKOUT_CREATE("checkout.create"),
  /** {@code /payments/session/query}: look a checkout session up. */
  CHECKOUT_QUERY("checkout.query");

  private final String label;

  Operation(String label) {
    this.label = label;
  }

  /** The dotted name for logs and metrics, e.g. {@code payments.initiate}. */
  public String label() {
    return label;
  }

  /** The operation whose {@link #label()} is {@code label}, if any. */
  public static Option<Operation> ofLabel(String label) {
    requireNonNull(label, "label == null");
    for (Operation o : values()) {
      if (o.label.equals(label)) return Option.some(o);
    }
    return Option.none();
  }

  /** The label. */
  @Override
  public String toString() {
    return label;
  }
}

package io.github.paykka.ports.journal;

/** The money-moving operations the journal records, and what identifies each at PayKKa. */
public enum JournalOperation {
  /** {@code PaymentGateway.initiate}; the reference is the {@code trans_id}. */
  INITIATE,
  /** {@code PaymentGateway.capture}; the reference is the {@code order_id}. */
  CAPTURE,
  /** {@code PaymentGateway.voidPayment}; the reference is the {@code order_id}. */
  VOID,
  /** {@code RefundGateway.refund}; the reference is the {@code refund_trans_id}. */
  REFUND,
  /** {@code CheckoutSessionGateway.create}; the reference is the {@code trans_id}. */
  CHECKOUT_CREATE
}

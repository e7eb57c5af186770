package io.github.paykka.domain.request;

/** The kind of payment ({@code payment_type}). */
public enum PaymentType {
  /** A one-off payment. */
  PURCHASE,
  /** A payment of a recurring agreement: the first one stores the card, later ones are merchant-initiated. */
  RECURRING
}

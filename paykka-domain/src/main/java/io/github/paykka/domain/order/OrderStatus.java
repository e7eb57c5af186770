package io.github.paykka.domain.order;

/** PayKKa's gateway order statuses (seed 000, {@code GatewayOrderStatusEnum}). */
public enum OrderStatus {
  /** Created, not yet authorised (also while a 3DS challenge is pending). */
  PROCESSING,
  /** Authorised, not (fully) captured: manual capture. */
  AUTHORIZED,
  /** Captured in full. */
  SUCCESS,
  /** Declined or failed. Terminal. */
  FAILURE,
  /** Voided before any capture, or cancelled while processing. Terminal. */
  CANCELED,
  /** Partly captured and the rest of the authorisation released. */
  PARTIALLY_REVERSED,
  /** Some of the captured amount refunded. */
  PARTIALLY_REFUNDED,
  /** All of the captured amount refunded. Terminal. */
  REFUNDED
}

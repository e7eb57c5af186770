package io.github.paykka.domain.token;

/** What a stored token may be used for ({@code token_usage}). */
public enum TokenUsage {
  /** Customer-initiated payments with a stored card. */
  CARD_ON_FILE,
  /** Recurring payments initiated by the merchant. */
  SUBSCRIPTION,
  /** Merchant-initiated payments at irregular times (listed by token query only). */
  UNSCHEDULED_CARD_ON_FILE
}

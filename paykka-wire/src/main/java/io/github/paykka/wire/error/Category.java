package io.github.paykka.wire.error;

/** Who has to act on a code, and so what kind of failure it is. */
public enum Category {
  /** The request succeeded. */
  SUCCESS,
  /** The payment was refused for the shopper's card or account: ask the shopper for another card or method. */
  DECLINE,
  /** The merchant's account at PayKKa is not set up for this request: PayKKa or the merchant must change it. */
  MERCHANT_CONFIGURATION,
  /** The request itself is wrong (a missing or contradictory field): the integration must change it. */
  BAD_REQUEST,
  /** The request's signature was refused: the signing (key, signed string, clock) must be fixed. */
  SIGNATURE,
  /** PayKKa asked to slow down: nothing was processed; repeat after a back-off. */
  TRANSIENT,
  /** What the request refers to (an order, a session, data) does not exist. */
  NOT_FOUND,
  /** PayKKa failed and cannot say whether it processed the request. */
  SYSTEM,
  /** A code not in the catalog: its meaning is PayKKa's message alone. */
  UNKNOWN
}

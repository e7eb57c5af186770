package io.github.paykka.wire.error;

/** Whether sending the same request again can help, and how. */
public enum Retryability {
  /** The request succeeded; nothing to repeat. */
  NOT_NEEDED,
  /** Repeating the same request cannot help: something must be fixed first (configuration, data, the shopper's card). */
  NEVER,
  /** Nothing was processed and the cause is transient (rate limit): repeat after a backoff. */
  AFTER_BACKOFF,
  /** Nothing was processed because the signature was too old: sign again with a fresh timestamp and repeat. */
  WITH_FRESH_SIGNATURE,
  /**
   * The outcome is unknown: PayKKa may or may not have processed the request. A money-moving call (initiate, capture,
   * void, refund) must first be queried by its reference and re-sent only when PayKKa says the order does not exist; a
   * read-only call may be repeated after a backoff.
   */
  QUERY_FIRST
}

package io.github.paykka.wire.operation;

/**
 * How a call to PayKKa may be repeated after it failed, by what the call does. Anything that was not sent may always
 * be sent again; the policies differ in what they do after an ambiguous failure (sent, and no usable answer came).
 */
public enum RepeatPolicy {
  /**
   * Reads (queries, token lists) and the Apple Pay merchant session, which moves no money and expires by itself:
   * repeat after any transient failure, ambiguous ones included.
   */
  REPEAT,
  /**
   * Commands that move no money and leave nothing to query afterwards (token removal, agreement cancellation): after
   * an ambiguous failure the outcome is unknown and the call is not repeated.
   */
  NEVER_AFTER_AMBIGUITY,
  /**
   * Money-moving commands that carry the merchant's reference, which PayKKa keeps one result per (initiate by
   * {@code trans_id}, refund by {@code refund_trans_id}, checkout session create): after an ambiguous failure, ask
   * PayKKa what became of the call and send again only when PayKKa has no record of it. A first request still on its
   * way when PayKKa is asked meets the second under the same reference, and only one takes effect.
   */
  QUERY_BEFORE_RESEND,
  /**
   * Money-moving commands without a reference PayKKa could recognise a repetition by (capture, void: an order id and
   * an amount): after an ambiguous failure, ask PayKKa what became of the call, and never send it again, since a
   * first request still on its way would take effect beside the second (a capture twice). Only a request that died
   * with a stale pooled connection, before PayKKa read it, is sent again after PayKKa showed no trace of it.
   */
  QUERY_NEVER_RESEND;

  /** Whether calls of this policy move money (and so are journaled and never repeated blindly). */
  public boolean movesMoney() {
    return this == QUERY_BEFORE_RESEND || this == QUERY_NEVER_RESEND;
  }
}

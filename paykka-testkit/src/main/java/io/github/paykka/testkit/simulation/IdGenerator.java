package io.github.paykka.testkit.simulation;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.SessionId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the identifiers PayKKa would assign: orders ({@code GW...}), refunds ({@code RG...}), tokens
 * ({@code TK...}), recurring agreements ({@code RA...}) and checkout sessions ({@code CS...}). Implementations must
 * be thread-safe and never repeat a value.
 */
public interface IdGenerator {

  /** A new payment order number, e.g. {@code GW000000000000000001}. */
  OrderId nextOrderId();

  /** A new refund order number, e.g. {@code RG000000000000000001}. */
  RefundOrderId nextRefundOrderId();

  /** A new stored-card token, e.g. {@code TK000000000000000001}. */
  CardToken nextToken();

  /** A new recurring agreement, e.g. {@code RA000000000000000001}. */
  RecurringAgreementId nextAgreementId();

  /** A new checkout session, e.g. {@code CS000000000000000001}. */
  SessionId nextSessionId();

  /**
   * Identifiers from one counter starting at 1: prefix + 18 zero-padded digits, so a run is deterministic (the n-th
   * identifier asked for, of any kind, carries the number n).
   */
  static IdGenerator sequential() {
    return sequential(1);
  }

  /**
   * Identifiers from one counter starting at {@code first}; use a different start per long-lived sandbox to keep
   * its identifiers apart from another's.
   *
   * @throws IllegalArgumentException if {@code first} is negative
   */
  static IdGenerator sequential(long first) {
    if (first < 0) throw new IllegalArgumentException("first must be >= 0, was " + first);
    AtomicLong counter = new AtomicLong(first);
    return new IdGenerator() {
      private String next(String prefix) {
        return prefix + String.format("%018d", counter.getAndIncrement());
      }

      @Override
      public OrderId nextOrderId() {
        return OrderId.of(next("GW"));
      }

      @Override
      public RefundOrderId nextRefundOrderId() {
        return RefundOrderId.of(next("RG"));
      }

      @Override
      public CardToken nextToken() {
        return CardToken.of(next("TK"));
      }

      @Override
      public RecurringAgreementId nextAgreementId() {
        return RecurringAgreementId.of(next("RA"));
      }

      @Override
      public SessionId nextSessionId() {
        return SessionId.of(next("CS"));
      }

      @Override
      public String toString() {
        return "IdGenerator.sequential(next=" + counter.get() + ")";
      }
    };
  }
}

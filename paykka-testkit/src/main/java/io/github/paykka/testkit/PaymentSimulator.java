package io.github.paykka.testkit;

import io.github.paykka.domain.id.OrderId;

/**
 * Plays the shopper and the card networks in tests: what happens outside the merchant's calls. Implemented by the
 * in-memory fakes and by the sandbox, so that one contract suite can drive both.
 */
public interface PaymentSimulator {

  /**
   * Completes the pending 3DS challenge of an order made with {@link TestCard#THREE_DS_CHALLENGE}: approved when
   * {@code passed}, declined otherwise.
   *
   * @throws IllegalStateException if the order has no pending challenge
   */
  void completeChallenge(OrderId orderId, boolean passed);

  /**
   * Delivers now the asynchronous result of an order made with {@link TestCard#PROCESSING_THEN_APPROVED}.
   *
   * @throws IllegalStateException if the order has no pending asynchronous result
   */
  void settlePending(OrderId orderId);
}

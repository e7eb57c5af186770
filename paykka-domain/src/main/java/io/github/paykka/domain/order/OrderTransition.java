package io.github.paykka.domain.order;

import static io.github.paykka.domain.order.OrderStatus.AUTHORIZED;
import static io.github.paykka.domain.order.OrderStatus.CANCELED;
import static io.github.paykka.domain.order.OrderStatus.FAILURE;
import static io.github.paykka.domain.order.OrderStatus.PARTIALLY_REFUNDED;
import static io.github.paykka.domain.order.OrderStatus.PARTIALLY_REVERSED;
import static io.github.paykka.domain.order.OrderStatus.PROCESSING;
import static io.github.paykka.domain.order.OrderStatus.REFUNDED;
import static io.github.paykka.domain.order.OrderStatus.SUCCESS;

import io.github.paykka.domain.statemachine.StateMachine;
import io.github.paykka.domain.statemachine.StateTransition;

/**
 * Every legal move of a payment order's status; anything not listed here is illegal. This is our reading of
 * PayKKa's statuses (an assumption, documented in {@code docs/assumptions.md}); the code and the diagram in
 * {@code docs/state-machines.md} both come from this table.
 */
public enum OrderTransition implements StateTransition<OrderStatus> {
  AUTHORISE(PROCESSING, AUTHORIZED),
  SETTLE(PROCESSING, SUCCESS),
  DECLINE(PROCESSING, FAILURE),
  CANCEL(PROCESSING, CANCELED),
  CAPTURE_PART(AUTHORIZED, AUTHORIZED),
  CAPTURE_ALL(AUTHORIZED, SUCCESS),
  RELEASE_REST(AUTHORIZED, PARTIALLY_REVERSED),
  VOID(AUTHORIZED, CANCELED),
  REFUND_PART(SUCCESS, PARTIALLY_REFUNDED),
  REFUND_ALL(SUCCESS, REFUNDED),
  REFUND_PART_OF_REVERSED(PARTIALLY_REVERSED, PARTIALLY_REFUNDED),
  REFUND_ALL_OF_REVERSED(PARTIALLY_REVERSED, REFUNDED),
  REFUND_MORE(PARTIALLY_REFUNDED, PARTIALLY_REFUNDED),
  REFUND_REST(PARTIALLY_REFUNDED, REFUNDED);

  /** The payment order's lifecycle. */
  public static final StateMachine<OrderStatus> MACHINE =
      StateMachine.of("Payment order", PROCESSING, OrderTransition.class);

  private final OrderStatus from;
  private final OrderStatus to;

  OrderTransition(OrderStatus from, OrderStatus to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public OrderStatus from() {
    return from;
  }

  @Override
  public OrderStatus to() {
    return to;
  }
}

package io.github.paykka.domain.refund;

import static io.github.paykka.domain.refund.RefundStatus.FAILURE;
import static io.github.paykka.domain.refund.RefundStatus.PROCESSING;
import static io.github.paykka.domain.refund.RefundStatus.REVIEWING;
import static io.github.paykka.domain.refund.RefundStatus.SUCCESS;

import io.github.paykka.domain.statemachine.StateMachine;
import io.github.paykka.domain.statemachine.StateTransition;

/** Every legal move of a refund; anything not listed here is illegal. */
public enum RefundTransition implements StateTransition<RefundStatus> {
  ACCEPT(REVIEWING, PROCESSING),
  SUCCEED(PROCESSING, SUCCESS),
  FAIL(PROCESSING, FAILURE);

  /** The refund's lifecycle. */
  public static final StateMachine<RefundStatus> MACHINE = StateMachine.of("Refund", REVIEWING, RefundTransition.class);

  private final RefundStatus from;
  private final RefundStatus to;

  RefundTransition(RefundStatus from, RefundStatus to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public RefundStatus from() {
    return from;
  }

  @Override
  public RefundStatus to() {
    return to;
  }
}

package io.github.paykka.domain.recurring;

import static io.github.paykka.domain.recurring.AgreementStatus.ACTIVE;
import static io.github.paykka.domain.recurring.AgreementStatus.CANCELLED;

import io.github.paykka.domain.statemachine.StateMachine;
import io.github.paykka.domain.statemachine.StateTransition;

/** Every legal move of a recurring agreement; anything not listed here is illegal. */
public enum AgreementTransition implements StateTransition<AgreementStatus> {
  CANCEL(ACTIVE, CANCELLED);

  /** The recurring agreement's lifecycle. */
  public static final StateMachine<AgreementStatus> MACHINE =
      StateMachine.of("Recurring agreement", ACTIVE, AgreementTransition.class);

  private final AgreementStatus from;
  private final AgreementStatus to;

  AgreementTransition(AgreementStatus from, AgreementStatus to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public AgreementStatus from() {
    return from;
  }

  @Override
  public AgreementStatus to() {
    return to;
  }
}

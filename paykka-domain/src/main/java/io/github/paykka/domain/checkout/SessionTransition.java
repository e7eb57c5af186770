package io.github.paykka.domain.checkout;

import static io.github.paykka.domain.checkout.SessionStatus.COMPLETED;
import static io.github.paykka.domain.checkout.SessionStatus.EXPIRED;
import static io.github.paykka.domain.checkout.SessionStatus.OPEN;

import io.github.paykka.domain.statemachine.StateMachine;
import io.github.paykka.domain.statemachine.StateTransition;

/** Every legal move of a checkout session; anything not listed here is illegal. */
public enum SessionTransition implements StateTransition<SessionStatus> {
  COMPLETE(OPEN, COMPLETED),
  EXPIRE(OPEN, EXPIRED);

  /** The checkout session's lifecycle. */
  public static final StateMachine<SessionStatus> MACHINE =
      StateMachine.of("Checkout session", OPEN, SessionTransition.class);

  private final SessionStatus from;
  private final SessionStatus to;

  SessionTransition(SessionStatus from, SessionStatus to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public SessionStatus from() {
    return from;
  }

  @Override
  public SessionStatus to() {
    return to;
  }
}

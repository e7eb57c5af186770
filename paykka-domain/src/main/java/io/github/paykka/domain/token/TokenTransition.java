package io.github.paykka.domain.token;

import static io.github.paykka.domain.token.TokenStatus.ACTIVATE;
import static io.github.paykka.domain.token.TokenStatus.DELETE;
import static io.github.paykka.domain.token.TokenStatus.INACTIVE;

import io.github.paykka.domain.statemachine.StateMachine;
import io.github.paykka.domain.statemachine.StateTransition;

/** Every legal move of a stored card token; anything not listed here is illegal. */
public enum TokenTransition implements StateTransition<TokenStatus> {
  ACTIVATE_TOKEN(INACTIVE, ACTIVATE),
  REMOVE_ACTIVE(ACTIVATE, DELETE),
  REMOVE_INACTIVE(INACTIVE, DELETE);

  /** The card token's lifecycle. */
  public static final StateMachine<TokenStatus> MACHINE = StateMachine.of("Card token", INACTIVE, TokenTransition.class);

  private final TokenStatus from;
  private final TokenStatus to;

  TokenTransition(TokenStatus from, TokenStatus to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public TokenStatus from() {
    return from;
  }

  @Override
  public TokenStatus to() {
    return to;
  }
}

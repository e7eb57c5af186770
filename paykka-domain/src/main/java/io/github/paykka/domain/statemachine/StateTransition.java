package io.github.paykka.domain.statemachine;

/**
 * One legal move of a lifecycle, from one state to another. Implemented by each lifecycle's transition enum, so
 * that its table is data the code uses and the docs render.
 *
 * @param <S> the lifecycle's states
 */
public interface StateTransition<S extends Enum<S>> {
  /** The transition's name, e.g. {@code CAPTURE_PART}. */
  String name();

  /** The state it leaves. */
  S from();

  /** The state it enters. */
  S to();
}

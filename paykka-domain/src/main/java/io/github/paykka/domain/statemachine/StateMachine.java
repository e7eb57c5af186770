package io.github.paykka.domain.statemachine;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A lifecycle as data: its states, where it starts, and its one table of legal transitions. Anything not in the
 * table is illegal.
 *
 * @param <S> the states
 * @param name a title, e.g. {@code Payment order}
 * @param initial the state a new instance starts in
 * @param transitions every legal transition
 */
public record StateMachine<S extends Enum<S>>(String name, S initial, List<StateTransition<S>> transitions) {

  public StateMachine {
    requireNonNull(name, "name == null");
    requireNonNull(initial, "initial == null");
    transitions = List.copyOf(transitions);
  }

  /** The machine whose table is the enum {@code table}. */
  public static <S extends Enum<S>, T extends Enum<T> & StateTransition<S>> StateMachine<S> of(
      String name, S initial, Class<T> table) {
    return new StateMachine<>(name, initial, List.of(table.getEnumConstants()));
  }

  /** The transition from {@code from} to {@code to}, if the table has one. */
  public Option<StateTransition<S>> between(S from, S to) {
    for (StateTransition<S> t : transitions) {
      if (t.from() == from && t.to() == to) return Option.some(t);
    }
    return Option.none();
  }

  /** The states with no way out. */
  public Set<S> terminalStates() {
    Set<S> all = EnumSet.allOf(initial.getDeclaringClass());
    for (StateTransition<S> t : transitions) all.remove(t.from());
    return all;
  }

  /** Whether {@code to} can follow {@code from} through zero or more legal transitions. */
  public boolean reaches(S from, S to) {
    Set<S> seen = EnumSet.of(from);
    List<S> frontier = new ArrayList<>(List.of(from));
    while (!frontier.isEmpty()) {
      S state = frontier.remove(frontier.size() - 1);
      for (StateTransition<S> t : transitions) {
        if (t.from() == state && seen.add(t.to())) frontier.add(t.to());
      }
    }
    return seen.contains(to);
  }

  /** This machine as a Mermaid {@code stateDiagram-v2}, one line per transition, in table order. */
  public String toMermaid() {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    [*] --> ").append(initial.name()).append('\n');
    for (StateTransition<S> t : transitions) {
      out.append("    ").append(t.from().name()).append(" --> ").append(t.to().name())
          .append(" : ").append(t.name()).append('\n');
    }
    for (S terminal : terminalStates()) {
      if (terminal != initial || transitions.isEmpty()) out.append("    ").append(terminal.name()).append(" --> [*]\n");
    }
    return out.toString();
  }
}

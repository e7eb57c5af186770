package io.github.paykka.domain.statemachine;

import io.github.paykka.domain.checkout.SessionTransition;
import io.github.paykka.domain.order.OrderTransition;
import io.github.paykka.domain.recurring.AgreementTransition;
import io.github.paykka.domain.refund.RefundTransition;
import io.github.paykka.domain.token.TokenTransition;
import java.util.List;

/**
 * Every lifecycle of the domain, in the order {@code docs/state-machines.md} shows them. Test code: the main
 * package {@code statemachine} must not know the aggregates that use it (that would be a package cycle).
 */
final class StateMachines {
  private StateMachines() {}

  /** The payment order, refund, card token, recurring agreement and checkout session machines. */
  static List<StateMachine<?>> all() {
    return List.of(OrderTransition.MACHINE, RefundTransition.MACHINE, TokenTransition.MACHINE,
        AgreementTransition.MACHINE, SessionTransition.MACHINE);
  }

  /** The Markdown page {@code docs/state-machines.md}: one Mermaid {@code stateDiagram-v2} block per machine. */
  static String markdown() {
    StringBuilder out = new StringBuilder()
        .append("# State machines\n\n")
        .append("Generated from the transition tables in `paykka-domain` by `StateMachinesDocTest`; do not edit by hand.\n")
        .append("Each table is the only place its legal transitions are defined: the code refuses anything not drawn here.\n")
        .append("The payment order's reading of PayKKa's statuses is an assumption, see `assumptions.md`.\n");
    for (StateMachine<?> machine : all()) {
      out.append("\n## ").append(machine.name()).append("\n\n```mermaid\n").append(machine.toMermaid()).append("```\n");
    }
    return out.toString();
  }
}

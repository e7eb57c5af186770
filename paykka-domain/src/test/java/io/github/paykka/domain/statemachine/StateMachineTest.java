package io.github.paykka.domain.statemachine;

import static io.github.paykka.domain.order.OrderStatus.AUTHORIZED;
import static io.github.paykka.domain.order.OrderStatus.CANCELED;
import static io.github.paykka.domain.order.OrderStatus.FAILURE;
import static io.github.paykka.domain.order.OrderStatus.PARTIALLY_REFUNDED;
import static io.github.paykka.domain.order.OrderStatus.PARTIALLY_REVERSED;
import static io.github.paykka.domain.order.OrderStatus.PROCESSING;
import static io.github.paykka.domain.order.OrderStatus.REFUNDED;
import static io.github.paykka.domain.order.OrderStatus.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.order.OrderTransition;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.refund.RefundTransition;
import org.junit.jupiter.api.Test;

/** The order table reads as DESIGN.md says. */
class StateMachineTest {
  private final StateMachine<io.github.paykka.domain.order.OrderStatus> order = OrderTransition.MACHINE;

  @Test
  void terminalStates() {
    assertThat(order.terminalStates()).containsExactlyInAnyOrder(FAILURE, CANCELED, REFUNDED);
    assertThat(RefundTransition.MACHINE.terminalStates())
        .containsExactlyInAnyOrder(RefundStatus.SUCCESS, RefundStatus.FAILURE);
  }

  @Test
  void reachability() {
    assertThat(order.reaches(PROCESSING, REFUNDED)).isTrue();
    assertThat(order.reaches(AUTHORIZED, PARTIALLY_REFUNDED)).isTrue();
    assertThat(order.reaches(SUCCESS, SUCCESS)).isTrue();
    assertThat(order.reaches(SUCCESS, AUTHORIZED)).isFalse();
    assertThat(order.reaches(SUCCESS, PARTIALLY_REVERSED)).isFalse();
    assertThat(order.reaches(PARTIALLY_REVERSED, SUCCESS)).isFalse();
    assertThat(order.reaches(CANCELED, SUCCESS)).isFalse();
    assertThat(order.reaches(REFUNDED, PARTIALLY_REFUNDED)).isFalse();
  }

  @Test
  void betweenFindsOnlyListedMoves() {
    assertThat(order.between(AUTHORIZED, AUTHORIZED).get()).isEqualTo(OrderTransition.CAPTURE_PART);
    assertThat(order.between(PROCESSING, REFUNDED)).isEmpty();
    assertThat(order.between(SUCCESS, CANCELED)).isEmpty();
  }

  @Test
  void mermaidHasOneArrowPerTransition() {
    String mermaid = order.toMermaid();
    assertThat(mermaid).startsWith("stateDiagram-v2\n    [*] --> PROCESSING\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(OrderTransition.values().length);
    assertThat(mermaid).contains("    AUTHORIZED --> PARTIALLY_REVERSED : RELEASE_REST\n", "    REFUNDED --> [*]\n");
  }
}

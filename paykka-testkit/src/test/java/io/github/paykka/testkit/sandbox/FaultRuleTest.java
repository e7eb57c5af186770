package io.github.paykka.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.ports.Operation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one text form of faults: the command line's --fault, the trigger API and the dashboard. */
class FaultRuleTest {
  @Test
  void specsParseAndPrintBack() {
    FaultRule r = FaultRule.parse("initiate=drop-after:0.2");
    assertThat(r.operation()).isEqualTo(Operation.INITIATE);
    assertThat(r.fault()).isEqualTo(new Fault.DropAfterProcessing());
    assertThat(r.probability()).isEqualTo(0.2);
    assertThat(r.spec()).isEqualTo("initiate=drop-after:0.2");
    assertThat(FaultRule.parse("capture=server-error/503").fault()).isEqualTo(new Fault.ServerError(503));
    assertThat(FaultRule.parse("token-list=delay/1500:0.5").fault()).isEqualTo(new Fault.Delay(Duration.ofMillis(1500)));
    assertThat(FaultRule.parse("query=reset-before").fault()).isEqualTo(new Fault.ResetBeforeProcessing());
    assertThat(FaultRule.parse("refund=rate-limited").spec()).isEqualTo("refund=rate-limited");
  }

  @Test
  void everyOperationIsNamedByItsConstantOrItsLabelAndPrintsBackByItsConstant() {
    for (Operation o : Operation.values()) {
      assertThat(FaultRule.parse(FaultRule.nameOf(o) + "=drop-after").operation()).isEqualTo(o);
      assertThat(FaultRule.parse(o.label() + "=drop-after").spec()).isEqualTo(FaultRule.nameOf(o) + "=drop-after");
    }
    assertThat(FaultRule.nameOf(Operation.CHECKOUT_CREATE)).isEqualTo("checkout-create");
    assertThat(FaultRule.parse("Payments.Query=reset-before").operation()).isEqualTo(Operation.QUERY);
  }

  @Test
  void badSpecsNameTheirProblem() {
    assertThatThrownBy(() -> FaultRule.parse("nowhere=drop-after")).hasMessageContaining("unknown operation nowhere");
    assertThatThrownBy(() -> FaultRule.parse("query=explode")).hasMessageContaining("unknown fault explode");
    assertThatThrownBy(() -> FaultRule.parse("query=drop-after:2")).hasMessageContaining("probability");
    assertThatThrownBy(() -> FaultRule.parse("query=server-error/404")).hasMessageContaining("5xx");
    assertThatThrownBy(() -> FaultRule.parse("query=delay")).hasMessageContaining("/MILLIS");
    assertThatThrownBy(() -> FaultRule.parse("drop-after")).hasMessageContaining("OPERATION=FAULT");
  }

  @Test
  void countedAndProbableFaultsAreListedAndCleared() {
    Faults faults = new Faults(1);
    faults.apply(FaultRule.parse("initiate=server-error/503"), 2);
    faults.apply(FaultRule.parse("refund=delay/50:0.2"), 0);
    assertThat(faults.active()).containsExactly("initiate=server-error/503 (next 2 calls)", "refund=delay/50:0.2");
    assertThatThrownBy(() -> faults.apply(FaultRule.parse("query=drop-after:0.5"), 3))
        .hasMessageContaining("no probability");
    faults.next(Operation.INITIATE);
    assertThat(faults.active()).first().isEqualTo("initiate=server-error/503 (next 1 call)");
    faults.clear(Operation.REFUND);
    assertThat(faults.active()).containsExactly("initiate=server-error/503 (next 1 call)");
  }
}

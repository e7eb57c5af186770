package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.wire.mapping.MappingError;
import org.junit.jupiter.api.Test;

/** How the calls read what the mapper makes of an answer. */
class PaykkaCallsTest {

  @Test
  void aStatusTheMapperDoesNotKnowIsUnknownStatusWithTheIdsNeverAnUnknownOutcome() {
    GatewayFailure f = PaykkaCalls.unreadable(Operation.INITIATE, "T1", 1,
        new MappingError.UnknownStatus("$.status", "PENDING_REVIEW"), "GW0000000000000000001");

    assertThat(f).isInstanceOf(GatewayFailure.UnknownStatus.class);
    GatewayFailure.UnknownStatus u = (GatewayFailure.UnknownStatus) f;
    assertThat(u.status()).isEqualTo("PENDING_REVIEW");
    assertThat(u.orderId()).contains("GW0000000000000000001");
    assertThat(u.reference()).isEqualTo("T1");
    assertThat(u.operation()).isEqualTo(Operation.INITIATE);
    assertThat(u.isRetryable()).isFalse();
    assertThat(PaykkaCalls.unreadable(Operation.REFUND_QUERY, "RF1", 2,
        new MappingError.UnknownStatus("$.status", "X"), null))
        .isInstanceOfSatisfying(GatewayFailure.UnknownStatus.class, s -> assertThat(s.orderId()).isEmpty());
  }

  @Test
  void anyOtherMappingErrorLeavesTheOutcomeUnknown() {
    assertThat(PaykkaCalls.unreadable(Operation.QUERY, "GW1", 1, new MappingError.Missing("$.order_id"), "GW1"))
        .isInstanceOf(GatewayFailure.OutcomeUnknown.class);
  }
}

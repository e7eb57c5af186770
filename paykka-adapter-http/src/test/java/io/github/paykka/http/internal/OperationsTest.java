package io.github.paykka.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.wire.mapping.MappingError;
import org.junit.jupiter.api.Test;

/** How the operations read what the mapper and the codec make of an answer. */
class OperationsTest {
  @Test
  void aStatusTheMapperDoesNotKnowIsUnknownStatusWithTheIdsNeverAnUnknownOutcome() {
    GatewayFailure f = Operations.unreadable("payments.initiate", "T1", 1,
        new MappingError.UnknownStatus("$.status", "PENDING_REVIEW"), "GW0000000000000000001");

    assertThat(f).isInstanceOf(GatewayFailure.UnknownStatus.class);
    GatewayFailure.UnknownStatus u = (GatewayFailure.UnknownStatus) f;
    assertThat(u.status()).isEqualTo("PENDING_REVIEW");
    assertThat(u.orderId()).contains("GW0000000000000000001");
    assertThat(u.reference()).isEqualTo("T1");
    assertThat(u.isRetryable()).isFalse();
    assertThat(Operations.unreadable("refunds.query", "RF1", 2, new MappingError.UnknownStatus("$.status", "X"), null))
        .isInstanceOfSatisfying(GatewayFailure.UnknownStatus.class, s -> assertThat(s.orderId()).isEmpty());
  }

  @Test
  void anyOtherMappingErrorLeavesTheOutcomeUnknown() {
    assertThat(Operations.unreadable("payments.query", "GW1", 1, new MappingError.Missing("$.order_id"), "GW1"))
        .isInstanceOf(GatewayFailure.OutcomeUnknown.class);
  }
}

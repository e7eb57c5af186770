package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.ports.Operation;
import io.github.paykka.testkit.sandbox.SandboxRequest;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crash test's proof of "no blind re-send" finds every kind of blind re-send, and only those. */
class ResendProofTest {

  static SandboxRequest request(Operation op, String idName, String id, String retCode, long received, long finished) {
    return new SandboxRequest(op, Option.none(), Map.of(idName, id), Option.of(retCode), received,
        finished == 0 ? Option.none() : Option.some(finished));
  }

  static SandboxRequest initiate(String transId, long received, long finished) {
    return request(Operation.INITIATE, "trans_id", transId, "000000", received, finished);
  }

  static SandboxRequest query(String transId, String retCode, long received, long finished) {
    return request(Operation.QUERY, "trans_id", transId, retCode, received, finished);
  }

  @Test
  void aSecondInitiateAfterAQueryThatFoundNothingOnceTheFirstWasDoneIsJustified() {
    assertThat(ResendProof.blindResends(List.of(initiate("T1", 1, 2), query("T1", "206024", 3, 4),
        initiate("T1", 5, 6)))).isEmpty();
  }

  @Test
  void unrelatedAndSingleRequestsAreNoResends() {
    assertThat(ResendProof.blindResends(List.of(initiate("T1", 1, 2), initiate("T2", 3, 4),
        request(Operation.CAPTURE, "order_id", "GW1", "000000", 5, 6),
        request(Operation.VOID, "order_id", "GW1", "000000", 7, 8)))).isEmpty();
  }

  @Test
  void aSecondInitiateWithoutAQueryIsBlind() {
    assertThat(ResendProof.blindResends(List.of(initiate("T1", 1, 2), initiate("T1", 3, 4))))
        .singleElement().asString().contains("INITIATE T1").contains("without a query");
  }

  @Test
  void aQueryThatFoundTheOrderDoesNotJustifyAResend() {
    assertThat(ResendProof.blindResends(List.of(initiate("T1", 1, 2), query("T1", "000000", 3, 4),
        initiate("T1", 5, 6)))).hasSize(1);
  }

  @Test
  void aQueryThatRacedTheFirstRequestStillInFlightDoesNotJustifyAResend() {
    // the first initiate is delayed: the query arrives and answers before the sandbox is done with it
    assertThat(ResendProof.blindResends(List.of(initiate("T1", 1, 9), query("T1", "206024", 2, 3),
        initiate("T1", 10, 11)))).hasSize(1);
  }

  @Test
  void aResendWhileTheFirstIsInFlightIsBlind() {
    assertThat(ResendProof.blindResends(List.of(initiate("T1", 1, 0), query("T1", "206024", 2, 3),
        initiate("T1", 4, 5)))).singleElement().asString().contains("in flight");
  }

  @Test
  void aQueryAnsweredAfterTheResendArrivedDoesNotJustifyIt() {
    assertThat(ResendProof.blindResends(List.of(initiate("T1", 1, 2), query("T1", "206024", 3, 5),
        initiate("T1", 4, 6)))).hasSize(1);
  }

  @Test
  void aQueryAboutAnotherReferenceDoesNotJustifyAResend() {
    assertThat(ResendProof.blindResends(List.of(initiate("T1", 1, 2), query("T2", "206024", 3, 4),
        initiate("T1", 5, 6)))).hasSize(1);
  }

  @Test
  void refundsCapturesAndVoidsNeedTheirOwnQueries() {
    SandboxRequest refund = request(Operation.REFUND, "refund_trans_id", "R1", "000000", 1, 2);
    SandboxRequest refundAgain = request(Operation.REFUND, "refund_trans_id", "R1", "000000", 5, 6);
    assertThat(ResendProof.blindResends(List.of(refund, query("R1", "206024", 3, 4), refundAgain))).hasSize(1);
    assertThat(ResendProof.blindResends(List.of(refund,
        request(Operation.REFUND_QUERY, "refund_trans_id", "R1", "010002", 3, 4), refundAgain))).isEmpty();

    SandboxRequest capture = request(Operation.CAPTURE, "order_id", "GW1", "000000", 1, 2);
    SandboxRequest captureAgain = request(Operation.CAPTURE, "order_id", "GW1", "000000", 5, 6);
    assertThat(ResendProof.blindResends(List.of(capture, captureAgain))).hasSize(1);
    assertThat(ResendProof.blindResends(List.of(capture,
        request(Operation.QUERY, "order_id", "GW1", "000000", 3, 4), captureAgain))).isEmpty();
  }
}

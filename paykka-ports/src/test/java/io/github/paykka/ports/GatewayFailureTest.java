package io.github.paykka.ports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class GatewayFailureTest {
  private static final String REF = "T20240101000001";
  private static final String PAN = "4111111111111111";

  private static final java.util.List<GatewayFailure> ALL = java.util.List.of(
      new GatewayFailure.Rejected(Operation.INITIATE, REF, 1, "010000", Option.some("1001"), "Parameter error", 400,
          false, Processing.NOT_PROCESSED),
      new GatewayFailure.Declined(Operation.INITIATE, REF, 1, "2099", "Invalid Card", Option.some("GW1")),
      new GatewayFailure.NotSent(Operation.INITIATE, REF, 0, "connection refused"),
      new GatewayFailure.OutcomeUnknown(Operation.INITIATE, REF, 3, "read timed out", 0),
      new GatewayFailure.Invalid(Operation.INITIATE, REF,
          List.of(new FieldError("payment.card_no", "must be 12 to 19 digits"))),
      new GatewayFailure.Unauthentic(Operation.QUERY, REF, 1, "signature does not verify", 200));

  @Test
  void messagesNameTheOperationAndTheReferenceAndNoCardData() {
    for (GatewayFailure failure : ALL) {
      assertThat(failure.message()).as(failure.getClass().getSimpleName())
          .contains(REF).contains(failure.operation().label()).doesNotContain(PAN);
      assertThat(failure.reference()).isEqualTo(REF);
    }
  }

  @Test
  void whatTheCallerMayDoNext() {
    assertThat(ALL).filteredOn(GatewayFailure::isRetryable).singleElement()
        .isInstanceOf(GatewayFailure.NotSent.class);
    GatewayFailure.OutcomeUnknown unknown = (GatewayFailure.OutcomeUnknown) ALL.get(3);
    assertThat(unknown.message()).contains("query " + REF).doesNotContain("declin");
    assertThat(new GatewayFailure.Rejected(Operation.INITIATE, REF, 2, "010001", Option.none(), "busy", 200, true,
        Processing.NOT_PROCESSED).isRetryable()).isTrue();
    assertThat(ALL.get(4).attempts()).isZero();
  }

  @Test
  void aRefusalSaysWhetherAnythingWasProcessed() {
    for (Processing processing : Processing.values()) {
      var rejected = new GatewayFailure.Rejected(Operation.QUERY, REF, 1, "206024", Option.none(), "m", 200, false,
          processing);
      assertThat(rejected.notFound()).as(processing.name()).isEqualTo(processing == Processing.NOT_FOUND);
      assertThat(rejected.nothingProcessed()).as(processing.name())
          .isEqualTo(processing == Processing.NOT_FOUND || processing == Processing.NOT_PROCESSED);
    }
  }

  @Test
  void specificDetailsAppear() {
    assertThat(ALL.get(0).message()).contains("010000", "1001", "HTTP 400");
    assertThat(ALL.get(1).message()).contains("2099", "Invalid Card");
    assertThat(ALL.get(4).message()).contains("payment.card_no");
  }

  @Test
  void anUnauthenticAnswersClaimIsShownBoundedAndPrintableWhoeverBuiltIt() {
    GatewayFailure.Unauthentic u = new GatewayFailure.Unauthentic(Operation.INITIATE, REF, 1,
        "an unsigned answer in PayKKa's format", 400, Option.some("206003\u001b[2J<script>"),
        Option.some("Signature\r\nerror for card " + PAN + " \u202e" + "y".repeat(300)));

    assertThat(u.claimedRetCode()).contains("2060032Jscript");
    assertThat(u.claimedRetMsg().get()).startsWith("Signature error for card *** ").hasSizeLessThanOrEqualTo(120)
        .doesNotContain("\r", "\n", "\u202e");
    assertThat(u.message()).contains("claims ret_code 206003", "Signature error").doesNotContain(PAN, "\u001b");
    assertThat(new GatewayFailure.Unauthentic(Operation.QUERY, REF, 1, "signature header missing", 400).message())
        .doesNotContain("claims");
    assertThat(new GatewayFailure.Unauthentic(Operation.QUERY, REF, 1, "x", 400, Option.some("\u0000"),
        Option.some(" \t ")).claimedRetCode()).isEmpty();
  }
}

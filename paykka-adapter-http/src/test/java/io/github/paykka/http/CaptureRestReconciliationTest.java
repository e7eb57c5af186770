package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Fault;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10 #20: a capture of the rest (no amount) that fails ambiguously is reconciled as done when PayKKa's captured
 * amount reached the captured amount before it plus what was capturable then, and resent when nothing moved.
 */
class CaptureRestReconciliationTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(11L, 4);

  @AfterEach
  void clearFaults() {
    SANDBOX.sandbox().faults().clear();
  }

  private static PaymentResult partlyCaptured() {
    PaymentResult authorised = SANDBOX.adapter().initiate(TestRequests.valid(
        TestRequests.purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL))).get();
    assertThat(SANDBOX.adapter().capture(CaptureCommand.of(authorised.order(), TestRequests.usd(300), false).get())
        .isRight()).isTrue();
    return SANDBOX.adapter().query(PaymentLookup.byOrderId(authorised.order().orderId())).get();
  }

  private static PaymentResult after(PaymentResult order) {
    return SANDBOX.adapter().query(PaymentLookup.byOrderId(order.order().orderId())).get();
  }

  @Test
  void aDroppedCaptureOfTheRestIsReconciledAsDoneAndCapturesOnce() {
    PaymentResult partly = partlyCaptured();
    CaptureCommand rest = CaptureCommand.rest(partly.order()).get();
    SANDBOX.sandbox().faults().inject(Operation.CAPTURE, new Fault.DropAfterProcessing());

    Either<GatewayFailure, Accepted> result = SANDBOX.adapter().capture(rest);

    assertThat(result.isRight()).as("%s", result).isTrue();
    assertThat(after(partly).order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(after(partly).order().balances().captured()).isEqualTo(TestRequests.usd(1000));
  }

  @Test
  void aCaptureOfTheRestAfterAServerErrorIsLeftToALaterQueryNotSentAgain() {
    PaymentResult partly = partlyCaptured();
    Money capturedBefore = after(partly).order().balances().captured();
    SANDBOX.sandbox().faults().inject(Operation.CAPTURE, Fault.ServerError.internal());

    // the adapter asks PayKKa for the balances first, then compares; a capture is never sent twice
    Either<GatewayFailure, Accepted> result = SANDBOX.adapter().capture(CaptureCommand.rest(partly.order().orderId()));

    assertThat(result.isLeft()).as("%s", result).isTrue();
    assertThat(result.getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
    assertThat(after(partly).order().balances().captured()).isEqualTo(capturedBefore);
    assertThat(SANDBOX.adapter().capture(CaptureCommand.rest(partly.order().orderId())).isRight()).isTrue();
    assertThat(after(partly).order().balances().captured()).isEqualTo(TestRequests.usd(1000));
  }

  @Test
  void aDroppedCaptureOfTheRestWithoutKnownBalancesIsReconciledAsDone() {
    PaymentResult partly = partlyCaptured();
    SANDBOX.sandbox().faults().inject(Operation.CAPTURE, new Fault.DropAfterProcessing());

    Either<GatewayFailure, Accepted> result = SANDBOX.adapter().capture(CaptureCommand.rest(partly.order().orderId()));

    assertThat(result.isRight()).as("%s", result).isTrue();
    assertThat(after(partly).order().balances().captured()).isEqualTo(TestRequests.usd(1000));
  }
}

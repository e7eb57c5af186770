package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.order.CaptureMethod;
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
import io.github.paykka.testkit.sandbox.SandboxRequest;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Breaker: a money-moving call that PayKKa receives but processes only after the adapter's read timeout (the sandbox's
 * {@link Fault.Delay}: a slow PayKKa). The reconciliation's query runs while the first request is still in flight,
 * finds no trace of it, and the adapter sends the capture again: both take effect. A capture carries no reference
 * PayKKa deduplicates on (seed 000: merchant_id, order_id, amount, currency, capture_final), so unlike an initiate
 * (trans_id) or a refund (refund_trans_id) the second request is a second capture.
 */
class BreakerDelayedMoneyCallTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(11L, 16);

  @AfterEach
  void clearFaults() {
    SANDBOX.sandbox().faults().clear();
  }

  @Test
  void aCaptureStillInFlightAtTheReadTimeoutIsNotCapturedTwice() {
    PaymentResult authorised = SANDBOX.adapter().initiate(TestRequests.valid(
        TestRequests.purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL))).get();
    assertThat(authorised.order().status()).isEqualTo(OrderStatus.AUTHORIZED);
    CaptureCommand capture = CaptureCommand.partial(authorised.order(), TestRequests.usd(400)).get();
    // PayKKa is slow on this one capture: it processes it 600 ms after receiving it
    SANDBOX.sandbox().faults().inject(Operation.CAPTURE, new Fault.Delay(Duration.ofMillis(600)));

    Either<GatewayFailure, Accepted> result;
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().readTimeout(Duration.ofMillis(200)).build()) {
      result = adapter.capture(capture);
    }
    // wait until the sandbox is done with every capture it received (the delayed one included: its body is read only
    // after the delay, so it carries no identifiers while in flight)
    assertThat(SANDBOX.sandbox().awaitRequests(log -> log.stream()
        .filter(r -> r.operation() == Operation.CAPTURE)
        .noneMatch(SandboxRequest::inFlight), Duration.ofSeconds(5))).isTrue();

    PaymentResult after = SANDBOX.adapter().query(PaymentLookup.byOrderId(authorised.order().orderId())).get();
    // one capture of 4.00 was asked for; whatever the call answered, PayKKa must not have captured 8.00
    assertThat(after.order().balances().captured()).as("call answered %s", result).isEqualTo(TestRequests.usd(400));
  }

  /**
   * The order a shop keeps from notifications does not see a partial capture (no notification follows one: the status
   * does not change), so the next {@code CaptureCommand.partial(order, ..)} carries stale balances. When that second
   * capture fails before PayKKa processed it (a 5xx), the reconciliation compares PayKKa's captured amount with the
   * stale one, finds it "moved by the amount", and answers Accepted for a capture that never happened.
   */
  @Test
  void aCaptureThatNeverHappenedIsNotAcceptedBecauseOfAnEarlierCapture() {
    PaymentResult authorised = SANDBOX.adapter().initiate(TestRequests.valid(
        TestRequests.purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL))).get();
    // the order as the shop keeps it: AUTHORIZED, captured 0.00 (and it stays so after a partial capture)
    var kept = authorised.order();
    assertThat(SANDBOX.adapter().capture(CaptureCommand.partial(kept, TestRequests.usd(400)).get()).isRight()).isTrue();

    CaptureCommand second = CaptureCommand.partial(kept, TestRequests.usd(400)).get();
    SANDBOX.sandbox().faults().inject(Operation.CAPTURE, Fault.ServerError.internal());   // processes nothing
    Either<GatewayFailure, Accepted> result;
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().retry(RetrySettings.none()).build()) {
      result = adapter.capture(second);
    }

    PaymentResult after = SANDBOX.adapter().query(PaymentLookup.byOrderId(kept.orderId())).get();
    if (result.isRight()) {
      assertThat(after.order().balances().captured()).as("answered Accepted").isEqualTo(TestRequests.usd(800));
    }
  }
}

package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Fault;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every fault mode of the sandbox, the circuit breaker, back-pressure and the deadline, over real HTTP. */
class ResilienceTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(7L, 16);

  @AfterEach
  void clearFaults() {
    SANDBOX.sandbox().faults().clear();
  }

  private static PaymentRequest purchase() {
    return TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
  }

  private static PaymentRequest manualCapture() {
    return TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL));
  }

  @Test
  void dropAfterProcessingOnInitiateIsReconciledByQueryWithoutASecondOrder() {
    Recorder recorder = new Recorder();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().listener(recorder).build()) {
      PaymentRequest request = purchase();
      SANDBOX.sandbox().faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing());

      Either<GatewayFailure, PaymentResult> result = adapter.initiate(request);

      assertThat(result.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isEqualTo(1);
      assertThat(recorder.count(ResilienceEvent.Reconciling.class)).isEqualTo(1);
    }
  }

  @Test
  void serverErrorAndResetOnInitiateAreResentAfterPayKkaSaysNoOrderExists() {
    for (Fault fault : new Fault[] {Fault.ServerError.internal(), new Fault.ResetBeforeProcessing()}) {
      PaymentRequest request = purchase();
      SANDBOX.sandbox().faults().inject(Operation.INITIATE, fault);

      Either<GatewayFailure, PaymentResult> result = SANDBOX.adapter().initiate(request);

      assertThat(result.isRight()).as("%s: %s", fault, result).isTrue();
      assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isEqualTo(1);
    }
  }

  @Test
  void withoutRetriesAnAmbiguousInitiateIsOutcomeUnknownCarryingTheTransIdNeverADecline() {
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().retry(RetrySettings.none()).build()) {
      PaymentRequest request = purchase();
      SANDBOX.sandbox().faults().inject(Operation.INITIATE, new Fault.ServerError(503));

      GatewayFailure failure = adapter.initiate(request).getLeft();

      assertThat(failure).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(failure.reference()).isEqualTo(request.transId().value());
      assertThat(((GatewayFailure.OutcomeUnknown) failure).httpStatus()).isEqualTo(503);
      assertThat(failure.attempts()).isEqualTo(1);
      assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isZero();
    }
  }

  @Test
  void queriesAreRetriedThroughResetsServerErrorsAndDelays() {
    PaymentResult order = SANDBOX.adapter().initiate(purchase()).get();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().readTimeout(Duration.ofMillis(200)).build()) {
      for (Fault fault : new Fault[] {
          new Fault.ResetBeforeProcessing(), Fault.ServerError.internal(), new Fault.Delay(Duration.ofMillis(500)),
          new Fault.DropAfterProcessing()}) {
        SANDBOX.sandbox().faults().inject(Operation.QUERY, fault);

        Either<GatewayFailure, PaymentResult> result =
            adapter.query(PaymentLookup.byOrderId(order.order().orderId()));

        assertThat(result.isRight()).as("%s: %s", fault, result).isTrue();
      }
    }
  }

  @Test
  void captureAfterDropIsReconciledByBalancesAndCapturesOnce() {
    PaymentResult authorised = SANDBOX.adapter().initiate(manualCapture()).get();
    assertThat(authorised.order().status()).isEqualTo(OrderStatus.AUTHORIZED);
    CaptureCommand capture = CaptureCommand.of(authorised.order(), TestRequests.usd(400), false).get();
    SANDBOX.sandbox().faults().inject(Operation.CAPTURE, new Fault.DropAfterProcessing());

    Either<GatewayFailure, Accepted> result = SANDBOX.adapter().capture(capture);

    assertThat(result.isRight()).as("%s", result).isTrue();
    PaymentResult after = SANDBOX.adapter().query(PaymentLookup.byOrderId(authorised.order().orderId())).get();
    assertThat(after.order().balances().captured()).isEqualTo(TestRequests.usd(400));
  }

  /**
   * A capture carries no reference PayKKa could recognise a second one by: after a 5xx that may have come from a
   * gateway while PayKKa still works on the first request, it is never sent again; the call is left to a later query.
   */
  @Test
  void aCaptureAfterAServerErrorIsNeverSentAgainButLeftToALaterQuery() {
    PaymentResult authorised = SANDBOX.adapter().initiate(manualCapture()).get();
    CaptureCommand capture = CaptureCommand.of(authorised.order().orderId(), TestRequests.usd(1000), true);
    SANDBOX.sandbox().faults().inject(Operation.CAPTURE, Fault.ServerError.internal());

    Either<GatewayFailure, Accepted> result = SANDBOX.adapter().capture(capture);

    assertThat(result.getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
    assertThat(result.getLeft().message()).contains("may still be on its way");
    PaymentResult after = SANDBOX.adapter().query(PaymentLookup.byOrderId(authorised.order().orderId())).get();
    assertThat(after.order().balances().captured()).isEqualTo(TestRequests.usd(0));
    assertThat(SANDBOX.sandbox().requests().stream().filter(r -> r.operation() == Operation.CAPTURE
        && r.identifier("order_id").contains(authorised.order().orderId().value()))).hasSize(1);
    // the later query showed nothing captured: the merchant captures again, once
    assertThat(SANDBOX.adapter().capture(capture).isRight()).isTrue();
    assertThat(SANDBOX.adapter().query(PaymentLookup.byOrderId(authorised.order().orderId())).get()
        .order().balances().captured()).isEqualTo(TestRequests.usd(1000));
  }

  @Test
  void voidAfterDropIsReconciled() {
    PaymentResult authorised = SANDBOX.adapter().initiate(manualCapture()).get();
    VoidCommand voidCommand = VoidCommand.of(authorised.order(), ReasonCode.REQUESTED_BY_CUSTOMER).get();
    SANDBOX.sandbox().faults().inject(Operation.VOID, new Fault.DropAfterProcessing());

    assertThat(SANDBOX.adapter().voidPayment(voidCommand).isRight()).isTrue();

    PaymentResult after = SANDBOX.adapter().query(PaymentLookup.byOrderId(authorised.order().orderId())).get();
    assertThat(after.order().status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  void refundAfterDropIsReconciledByRefundTransId() {
    PaymentResult paid = SANDBOX.adapter().initiate(purchase()).get();
    RefundTransId refundId = RefundTransId.of(TestRequests.uniqueTransId("RF").value());
    RefundCommand refund =
        RefundCommand.of(paid.order(), refundId, TestRequests.usd(300), ReasonCode.REQUESTED_BY_CUSTOMER, Option.none())
            .get();
    SANDBOX.sandbox().faults().inject(Operation.REFUND, new Fault.DropAfterProcessing());

    Either<GatewayFailure, Refund> result = SANDBOX.adapter().refund(refund);

    assertThat(result.isRight()).as("%s", result).isTrue();
    assertThat(SANDBOX.adapter().query(RefundLookup.byRefundTransId(refundId)).get().amount())
        .isEqualTo(TestRequests.usd(300));
    PaymentResult after = SANDBOX.adapter().query(PaymentLookup.byOrderId(paid.order().orderId())).get();
    assertThat(after.order().balances().refunded()).isEqualTo(TestRequests.usd(300));
  }

  @Test
  void backPressureIsRetriedAfterBackoffAndDoesNotCountAsFailure() {
    Recorder recorder = new Recorder();
    PaymentResult order = SANDBOX.adapter().initiate(purchase()).get();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder()
        .retry(RetrySettings.defaults().withMaxAttempts(4).withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)))
        .circuitBreaker(new CircuitBreakerSettings(50f, 2, 2, Duration.ofSeconds(30), 1))
        .listener(recorder)
        .build()) {
      SANDBOX.sandbox().faults().inject(Operation.QUERY, new Fault.RateLimited(), 3);

      Either<GatewayFailure, PaymentResult> result = adapter.query(PaymentLookup.byOrderId(order.order().orderId()));

      assertThat(result.isRight()).isTrue();
      assertThat(recorder.count(ResilienceEvent.BackPressure.class)).isEqualTo(3);
      assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);

      SANDBOX.sandbox().faults().inject(Operation.QUERY, new Fault.RateLimited(), 10);
      GatewayFailure failure = adapter.query(PaymentLookup.byOrderId(order.order().orderId())).getLeft();
      assertThat(failure).isInstanceOf(GatewayFailure.Rejected.class);
      assertThat(((GatewayFailure.Rejected) failure).retCode()).isEqualTo("010001");
      assertThat(((GatewayFailure.Rejected) failure).httpStatus()).isEqualTo(429);
      assertThat(failure.isRetryable()).isTrue();
      assertThat(failure.attempts()).isEqualTo(4);
      assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);
    }
  }

  @Test
  void theCircuitOpensUnderSustainedFailureAnswersAtOnceAndRecovers() {
    Recorder recorder = new Recorder();
    PaymentResult order = SANDBOX.adapter().initiate(purchase()).get();
    PaymentLookup lookup = PaymentLookup.byOrderId(order.order().orderId());
    try (PaykkaHttpAdapter adapter = SANDBOX.builder()
        .retry(RetrySettings.none())
        .circuitBreaker(new CircuitBreakerSettings(50f, 4, 4, Duration.ofMillis(300), 1))
        .listener(recorder)
        .build()) {
      SANDBOX.sandbox().faults().injectWithProbability(Operation.QUERY, Fault.ServerError.internal(), 1.0);
      for (int i = 0; i < 4; i++) {
        assertThat(adapter.query(lookup).getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      }
      assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.OPEN);

      GatewayFailure refused = adapter.query(lookup).getLeft();
      assertThat(refused).isInstanceOf(GatewayFailure.NotSent.class);
      assertThat(refused.message()).contains("circuit breaker open");
      assertThat(refused.attempts()).isZero();

      SANDBOX.sandbox().faults().clear();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      Either<GatewayFailure, PaymentResult> recovered = adapter.query(lookup);
      while (recovered.isLeft() && System.nanoTime() < until) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        recovered = adapter.query(lookup);
      }
      assertThat(recovered.isRight()).isTrue();
      assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);
      assertThat(recorder.events).contains(
          new ResilienceEvent.CircuitStateChanged(ResilienceEvent.CircuitState.CLOSED, ResilienceEvent.CircuitState.OPEN),
          new ResilienceEvent.CircuitStateChanged(
              ResilienceEvent.CircuitState.HALF_OPEN, ResilienceEvent.CircuitState.CLOSED));
      assertThat(recorder.count(ResilienceEvent.CallNotPermitted.class)).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void theDeadlineBoundsTheWholeCallUnderDelay() {
    Duration deadline = Duration.ofMillis(500);
    try (PaykkaHttpAdapter adapter = SANDBOX.builder()
        .readTimeout(Duration.ofSeconds(10))
        .callDeadline(deadline)
        .retry(RetrySettings.defaults().withMaxAttempts(5))
        .build()) {
      SANDBOX.sandbox().faults().injectWithProbability(Operation.INITIATE, new Fault.Delay(Duration.ofSeconds(2)), 1.0);
      SANDBOX.sandbox().faults().injectWithProbability(Operation.QUERY, new Fault.Delay(Duration.ofSeconds(2)), 1.0);
      PaymentRequest request = purchase();

      long start = System.nanoTime();
      GatewayFailure failure = adapter.initiate(request).getLeft();
      long took = System.nanoTime() - start;

      assertThat(Duration.ofNanos(took)).isLessThan(deadline.plusMillis(400));
      assertThat(failure).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(failure.reference()).isEqualTo(request.transId().value());
    }
  }

  @Test
  void theDeadlineBoundsAnAsyncCallUnderDelay() throws Exception {
    Duration deadline = Duration.ofMillis(500);
    try (PaykkaHttpAdapter adapter = SANDBOX.builder()
        .readTimeout(Duration.ofSeconds(10))
        .callDeadline(deadline)
        .build()) {
      SANDBOX.sandbox().faults().injectWithProbability(Operation.INITIATE, new Fault.Delay(Duration.ofSeconds(2)), 1.0);
      SANDBOX.sandbox().faults().injectWithProbability(Operation.QUERY, new Fault.Delay(Duration.ofSeconds(2)), 1.0);
      PaymentRequest request = purchase();

      long start = System.nanoTime();
      GatewayFailure failure = adapter.initiateAsync(request).get(5, TimeUnit.SECONDS).getLeft();
      long took = System.nanoTime() - start;

      assertThat(Duration.ofNanos(took)).isLessThan(deadline.plusMillis(400));
      assertThat(failure).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(failure.reference()).isEqualTo(request.transId().value());
    }
  }

  @Test
  void aSyncCallSendsFromTheCallingThreadAndAnAsyncCallDoesNot() throws Exception {
    java.util.List<String> senders = new java.util.concurrent.CopyOnWriteArrayList<>();
    okhttp3.OkHttpClient recording = new okhttp3.OkHttpClient.Builder()
        .addInterceptor(chain -> {
          senders.add(Thread.currentThread().getName());
          return chain.proceed(chain.request());
        })
        .build();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().okHttpClient(recording).build()) {
      assertThat(adapter.initiate(purchase()).isRight()).isTrue();
      assertThat(adapter.initiateAsync(purchase()).get(5, TimeUnit.SECONDS).isRight()).isTrue();
    } finally {
      recording.dispatcher().executorService().shutdown();
    }
    assertThat(senders).hasSize(2);
    assertThat(senders.get(0)).isEqualTo(Thread.currentThread().getName());
    assertThat(senders.get(1)).isNotEqualTo(Thread.currentThread().getName());
  }

  @Test
  void afterCloseSyncAndAsyncCallsAreNotSent() throws Exception {
    PaykkaHttpAdapter adapter = SANDBOX.builder().build();
    adapter.close();
    PaymentRequest sync = purchase();
    PaymentRequest async = purchase();

    GatewayFailure viaSync = adapter.initiate(sync).getLeft();
    GatewayFailure viaAsync = adapter.initiateAsync(async).get(5, TimeUnit.SECONDS).getLeft();

    assertThat(viaSync).isInstanceOf(GatewayFailure.NotSent.class);
    assertThat(viaAsync).isInstanceOf(GatewayFailure.NotSent.class);
    assertThat(SANDBOX.sandbox().engine().orderCount(sync.transId())).isZero();
    assertThat(SANDBOX.sandbox().engine().orderCount(async.transId())).isZero();
  }

  @Test
  void aRefusedConnectionIsNotSentAndRetried() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (PaykkaHttpAdapter adapter = SANDBOX.builder()
        .environment(PaykkaEnvironment.local("http://127.0.0.1:" + port + "/"))
        .build()) {
      GatewayFailure initiate = adapter.initiate(purchase()).getLeft();
      assertThat(initiate).isInstanceOf(GatewayFailure.NotSent.class);
      assertThat(initiate.attempts()).isEqualTo(3);
      assertThat(initiate.isRetryable()).isTrue();
    }
  }

  @Test
  void asyncCallsCompleteOffTheCommonPool() throws Exception {
    // attached before the answer can have come (it needs a loopback round trip and two RSA operations), the
    // callback runs on the thread that completes the future: neither this one nor a common-pool thread
    String thread = SANDBOX.adapter().initiateAsync(purchase())
        .thenApply(r -> Thread.currentThread().getName())
        .get(5, TimeUnit.SECONDS);
    assertThat(thread).doesNotContain("ForkJoinPool").isNotEqualTo(Thread.currentThread().getName());
  }
}

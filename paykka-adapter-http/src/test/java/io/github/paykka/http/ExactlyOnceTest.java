package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Fault;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exactly once under faults: with 20% of initiations and queries faulted (each fault mode in turn: drop after
 * processing, 5xx, reset before processing, delay past the read timeout; seeded), 1,000 initiations make exactly
 * 1,000 orders. Every result is definite or an {@code OutcomeUnknown} carrying the trans_id, which a later query
 * resolves (and, if PayKKa has no record, which the caller may then safely send again).
 */
class ExactlyOnceTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(20240607L, 16);

  private static final int PER_MODE = 250;

  @Test
  void aThousandInitiationsUnderTwentyPercentFaultsMakeExactlyAThousandOrders() throws Exception {
    Fault[] modes = {
      new Fault.DropAfterProcessing(), Fault.ServerError.internal(), new Fault.ResetBeforeProcessing(),
      new Fault.Delay(Duration.ofMillis(400))
    };
    Recorder recorder = new Recorder();
    List<PaymentRequest> requests = new ArrayList<>();
    List<Either<GatewayFailure, PaymentResult>> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (PaykkaHttpAdapter adapter = SANDBOX.builder()
        .readTimeout(Duration.ofMillis(250))
        .callDeadline(Duration.ofSeconds(4))
        .retry(RetrySettings.defaults().withMaxAttempts(4).withBackoff(Duration.ofMillis(5), Duration.ofMillis(40)))
        .circuitBreaker(new CircuitBreakerSettings(90f, 100, 100, Duration.ofMillis(100), 10))
        .listener(recorder)
        .build()) {
      for (Fault mode : modes) {
        SANDBOX.sandbox().faults().clear()
            .injectWithProbability(Operation.INITIATE, mode, 0.2)
            .injectWithProbability(Operation.QUERY, mode, 0.2);
        List<Future<Either<GatewayFailure, PaymentResult>>> batch = new ArrayList<>();
        for (int i = 0; i < PER_MODE; i++) {
          PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
          requests.add(request);
          batch.add(pool.submit(() -> adapter.initiate(request)));
        }
        for (Future<Either<GatewayFailure, PaymentResult>> f : batch) results.add(f.get());
      }
      SANDBOX.sandbox().faults().clear();

      int unknown = 0;
      for (int i = 0; i < requests.size(); i++) {
        PaymentRequest request = requests.get(i);
        Either<GatewayFailure, PaymentResult> result = results.get(i);
        if (result.isRight()) {
          assertThat(result.get().order().transId()).isEqualTo(request.transId());
          assertThat(result.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
          continue;
        }
        GatewayFailure failure = result.getLeft();
        // never a decline, never a refusal: only "ask again" outcomes, carrying the trans_id
        assertThat(failure).isInstanceOfAny(GatewayFailure.OutcomeUnknown.class, GatewayFailure.NotSent.class);
        assertThat(failure.reference()).isEqualTo(request.transId().value());
        unknown++;
        Either<GatewayFailure, PaymentResult> later = adapter.query(PaymentLookup.byTransId(request.transId()));
        if (later.isLeft()) {
          // PayKKa has no record: sending the same request again is safe, and makes the one order
          assertThat(later.getLeft()).isInstanceOf(GatewayFailure.Rejected.class);
          assertThat(adapter.initiate(request).isRight()).isTrue();
        }
      }

      for (PaymentRequest request : requests) {
        TransId id = request.transId();
        assertThat(SANDBOX.sandbox().engine().orderCount(id)).as("orders of %s", id).isEqualTo(1);
      }
      assertThat(SANDBOX.sandbox().engine().orders().size()).isEqualTo(4 * PER_MODE);
      // the faults did happen, and were handled by reconciliation and retries, not by luck
      assertThat(recorder.count(ResilienceEvent.Reconciling.class)).isGreaterThan(100);
      assertThat(recorder.count(ResilienceEvent.Retrying.class)).isGreaterThan(100);
      assertThat(unknown).isLessThan(requests.size() / 10);
    } finally {
      pool.shutdownNow();
    }
  }
}

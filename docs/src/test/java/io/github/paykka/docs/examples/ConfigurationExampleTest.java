package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-builder
import io.github.paykka.http.CircuitBreakerSettings;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.ResilienceEvent;
import io.github.paykka.http.RetrySettings;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
// endregion
// region imports-custom
import io.github.paykka.http.RateLimiterSettings;
// endregion
// region imports-listener
import io.github.paykka.http.ResilienceListener;
// endregion
// region imports-async
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.vavr.control.Either;
import java.util.concurrent.CompletableFuture;
// endregion
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.ports.CallOutcome;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.testkit.sandbox.Fault;
import java.util.concurrent.TimeUnit;

/** configuration.md's examples, run against the sandbox. */
// region builder
@ExtendWith(PaykkaSandboxExtension.class)      // keys and a local PayKKa for the examples (testing.md)
class ConfigurationExampleTest {

  @Test
  void everySettingWithItsDefault(PaykkaSandbox sandbox, SandboxKeys keys) {
    List<ResilienceEvent> metrics = new CopyOnWriteArrayList<>();   // your metrics: see "Observing resilience"
    OkHttpClient yourClient = new OkHttpClient();                   // one your application already has
    PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKeyPem())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        // every setting below is shown with its default
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(20))
        .callDeadline(Duration.ofSeconds(30))
        .retry(RetrySettings.defaults())                  // 3 attempts, 100 ms doubling, jitter 0.5, at most 2 s
        .circuitBreaker(CircuitBreakerSettings.defaults())// 50 % of 20 calls (at least 10), open 10 s, 3 trials
        // no client-side rateLimiter(...), paymentJournal(...) or signatureProvider(...) unless you set them
        .maxConcurrentRequests(64)
        .clock(Clock.systemUTC())
        .listener(metrics::add)                           // default ResilienceListener.NONE
        .okHttpClient(yourClient)                         // default: a client of its own (then maxConcurrentRequests
        .build();                                         // does not apply: your dispatcher rules)
    // endregion

    sandbox.faults().inject(Operation.QUERY, Fault.ServerError.internal());
    try (paykka) {
      Either<GatewayFailure, PaymentResult> paid =
          paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)));
      assertThat(paid.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(paykka.query(PaymentLookup.byOrderId(paid.get().order().orderId())).isRight()).isTrue();
      assertThat(metrics).anyMatch(e -> e instanceof ResilienceEvent.Retrying r && r.operation() == Operation.QUERY);
      assertThat(metrics).anyMatch(e -> e instanceof ResilienceEvent.CallCompleted c
          && c.operation() == Operation.INITIATE && c.outcome() == CallOutcome.SUCCESS
          && c.attempts() == 1);
      assertThat(metrics).anyMatch(e -> e instanceof ResilienceEvent.CallCompleted c
          && c.operation() == Operation.QUERY && c.outcome().tag().equals("success") && c.attempts() == 2);
      assertThat(paykka.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);
    }
    // the adapter leaves a client you gave it running
    assertThat(yourClient.dispatcher().executorService().isShutdown()).isFalse();
    yourClient.dispatcher().executorService().shutdown();
  }

  @Test
  void aListenerBoundToMetrics(PaykkaSandbox sandbox, SandboxKeys keys) {
    List<ResilienceEvent> metrics = new CopyOnWriteArrayList<>();
    // region listener
    ResilienceListener listener = event -> {
      // bind to your metrics library; called on the adapter's threads: be quick, do not throw
      if (event instanceof ResilienceEvent.CallCompleted call) {
        metrics.add(call);             // e.g. a timer tagged call.operation().label() and call.outcome().tag()
      } else if (event instanceof ResilienceEvent.CircuitStateChanged changed) {
        metrics.add(changed);          // e.g. a gauge of changed.to()
      } else {
        metrics.add(event);            // e.g. a counter of retries, reconciliations, back-pressure by type
      }
    };
    // endregion
    try (PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder().merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKey()).platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString())).listener(listener).build()) {
      assertThat(paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))).isRight()).isTrue();
    }
    assertThat(metrics).singleElement().isInstanceOfSatisfying(ResilienceEvent.CallCompleted.class,
        c -> assertThat(c.outcome().tag()).isEqualTo("success"));
  }

  @Test
  void customSettings(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    // region custom
    PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKeyPem())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .callDeadline(Duration.ofSeconds(10))             // e.g. your own HTTP request's budget minus a margin
        .retry(RetrySettings.defaults().withMaxAttempts(5)
            .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)))
        .circuitBreaker(new CircuitBreakerSettings(50f, 50, 20, Duration.ofSeconds(30), 5))
        .rateLimiter(new RateLimiterSettings(20, Duration.ofSeconds(1), Duration.ofMillis(500)))
        .build();
    // endregion
    String thread;
    try (paykka) {
      // region async
      CompletableFuture<Either<GatewayFailure, PaymentResult>> future =
          paykka.initiateAsync(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)));
      // returns at once; completes on an OkHttp or paykka-http-scheduler thread, never exceptionally:
      // move heavy work off that thread, e.g. thenApplyAsync(..., yourExecutor)
      CompletableFuture<String> status = future.thenApply(r -> r.fold(GatewayFailure::message,
          ok -> ok.order().status().name()));
      // endregion
      // attached at once, before the answer can have come: it runs on the thread that completes the future
      thread = future.thenApply(r -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);
      assertThat(status.get(10, TimeUnit.SECONDS)).isEqualTo("SUCCESS");
    }
    assertThat(thread).doesNotContain("ForkJoinPool").isNotEqualTo(Thread.currentThread().getName());
  }
}

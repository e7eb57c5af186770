package io.github.paykka.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.CircuitBreakerSettings;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.RateLimiterSettings;
import io.github.paykka.http.ResilienceEvent;
import io.github.paykka.http.RetrySettings;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Fault;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real HTTP adapter against the testkit sandbox, its listener the metrics. */
class PaykkaResilienceMetricsTest {
  private static final String MERCHANT = "18000000000000";
  private static final TestKeys.TestKeyPair MERCHANT_KEY = TestKeys.generate();
  private static final TestKeys.TestKeyPair PLATFORM = TestKeys.generate();
  private static PaykkaSandbox sandbox;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final PaykkaResilienceMetrics metrics = PaykkaResilienceMetrics.of(registry);

  @BeforeAll
  static void start() {
    sandbox = PaykkaSandbox.builder().merchant(MERCHANT, MERCHANT_KEY.publicKey())
        .platformKeys(PLATFORM.privateKey(), PLATFORM.publicKey()).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void clearFaults() {
    sandbox.faults().clear();
  }

  private PaykkaHttpAdapter.Builder adapter() {
    return PaykkaHttpAdapter.builder()
        .merchantId(MERCHANT)
        .merchantPrivateKey(MERCHANT_KEY.privateKey())
        .platformPublicKey(PLATFORM.publicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .retry(new RetrySettings(3, Duration.ofMillis(1), 1.0, 0.0, Duration.ofMillis(1)))
        .listener(metrics);
  }

  @Test
  void retriesAreCountedPerOperation() {
    try (PaykkaHttpAdapter paykka = adapter().build()) {
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
      assertThat(paykka.initiate(request).isRight()).isTrue();
      sandbox.faults().inject(Operation.QUERY, Fault.ServerError.internal(), 2);

      assertThat(paykka.query(PaymentLookup.byTransId(request.transId())).isRight()).isTrue();

      assertThat(counter(PaykkaResilienceMetrics.RETRIES, "operation", "payments.query")).isEqualTo(2);
      assertThat(counter(PaykkaResilienceMetrics.RETRIES, "operation", "payments.initiate")).isZero();
    }
  }

  @Test
  void theCircuitStateFollowsTheBreakerAndRefusalsAreCounted() {
    try (PaykkaHttpAdapter paykka = adapter().retry(RetrySettings.none())
        .circuitBreaker(new CircuitBreakerSettings(50f, 2, 2, Duration.ofMinutes(5), 1)).build()) {
      assertThat(gauge("closed")).isEqualTo(1);
      assertThat(gauge("open")).isZero();
      sandbox.faults().inject(Operation.QUERY, Fault.ServerError.internal(), 2);
      PaymentLookup lookup = PaymentLookup.byTransId(TestRequests.uniqueTransId());

      paykka.query(lookup);
      paykka.query(lookup);
      assertThat(paykka.circuitState()).isEqualTo(ResilienceEvent.CircuitState.OPEN);
      assertThat(paykka.query(lookup).getLeft()).isInstanceOf(GatewayFailure.NotSent.class);

      assertThat(gauge("open")).isEqualTo(1);
      assertThat(gauge("closed")).isZero();
      assertThat(gauge("half_open")).isZero();
      assertThat(metrics.circuitState()).isEqualTo(ResilienceEvent.CircuitState.OPEN);
      assertThat(registry.get(PaykkaResilienceMetrics.CIRCUIT_TRANSITIONS).tags("from", "closed", "to", "open")
          .counter().count()).isEqualTo(1);
      assertThat(event("payments.query", "call_not_permitted")).isEqualTo(1);
    }
  }

  @Test
  void backPressureReconciliationAndTheRateLimiterAreCounted() {
    try (PaykkaHttpAdapter paykka = adapter()
        .rateLimiter(new RateLimiterSettings(3, Duration.ofMinutes(10), Duration.ZERO)).build()) {
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
      sandbox.faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing(), 1);
      // dropped after processing: the adapter asks PayKKa what became of it (a query: the second permit)
      assertThat(paykka.initiate(request).isRight()).isTrue();
      sandbox.faults().inject(Operation.QUERY, new Fault.RateLimited(), 1);
      // 429, then no permit left for its retry
      assertThat(paykka.query(PaymentLookup.byTransId(request.transId())).getLeft())
          .isInstanceOf(GatewayFailure.NotSent.class);

      assertThat(event("payments.initiate", "reconciling")).isEqualTo(1);
      assertThat(event("payments.query", "back_pressure")).isEqualTo(1);
      assertThat(event("payments.query", "rate_limited")).isEqualTo(1);
    }
  }

  @Test
  void tagsNeverCarryTheReferenceOrTheReason() {
    metrics.onEvent(new ResilienceEvent.Retrying(Operation.QUERY, "T1", 1, Duration.ZERO, "card 4242424242424242"));
    assertThat(counter(PaykkaResilienceMetrics.RETRIES, "operation", "payments.query")).isEqualTo(1);
    assertThat(registry.getMeters()).allSatisfy(m -> assertThat(m.getId().getTags())
        .noneMatch(t -> t.getValue().contains("4242") || t.getValue().contains("T1")));
  }

  private double gauge(String state) {
    Gauge g = registry.get(PaykkaResilienceMetrics.CIRCUIT_STATE).tag("state", state).gauge();
    return g.value();
  }

  private double counter(String name, String key, String value) {
    Counter c = registry.find(name).tag(key, value).counter();
    return c == null ? 0 : c.count();
  }

  private double event(String operation, String event) {
    Counter c = registry.find(PaykkaResilienceMetrics.EVENTS).tag("operation", operation).tag("event", event)
        .counter();
    return c == null ? 0 : c.count();
  }
}

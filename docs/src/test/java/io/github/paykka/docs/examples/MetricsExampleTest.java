package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-without-spring
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.micrometer.PaykkaCallMetrics;
import io.github.paykka.micrometer.PaykkaNotificationMetrics;
import io.github.paykka.micrometer.PaykkaResilienceMetrics;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
// endregion
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** spring-boot.md's metrics without Spring, run against the sandbox. */
@ExtendWith(PaykkaSandboxExtension.class)
class MetricsExampleTest {

  @Test
  void theMetricsWithoutSpring(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String notifyUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/paykka/notifications";
    // region without-spring
    MeterRegistry registry = new SimpleMeterRegistry();               // yours: Prometheus, OTLP, Datadog ...

    PaykkaHttpAdapter adapter = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKeyPem())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .listener(PaykkaResilienceMetrics.of(registry))               // circuit state, retries, refusals
        .build();
    PaykkaCallMetrics calls = PaykkaCallMetrics.of(registry);
    PaymentGateway payments = calls.payments(adapter);                // use these: every call is timed
    RefundGateway refunds = calls.refunds(adapter);

    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(sandbox.platformPublicKey())
        .merchantId(keys.merchantId())
        .listener(notification -> {})                                 // yours
        .onOutcome(PaykkaNotificationMetrics.of(registry))            // notifications by type and outcome
        .build();
    // endregion
    server.createContext("/paykka/notifications", PaykkaHttpHandler.of(handler));
    server.start();
    try (adapter) {
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).notifyUrl(notifyUrl));
      String order = payments.initiate(request).get().order().orderId().value();
      sandbox.awaitAttempts(a -> a.orderId().value().equals(order) && a.acknowledged(), 1, Duration.ofSeconds(10));

      assertThat(refunds).isNotNull();
      assertThat(registry.get("paykka.calls").tags("operation", "payments.initiate", "outcome", "success").timer()
          .count()).isEqualTo(1);
      assertThat(registry.get("paykka.notifications").tags("type", "PAYMENT.SUCCESS", "outcome", "processed")
          .counter().count()).isEqualTo(1);
      assertThat(registry.get("paykka.circuit.state").tag("state", "closed").gauge().value()).isEqualTo(1);
    } finally {
      server.stop(0);
    }
  }
}

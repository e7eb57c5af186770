package io.github.paykka.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.micrometer.PaykkaCallMetrics;
import io.github.paykka.micrometer.PaykkaNotificationMetrics;
import io.github.paykka.micrometer.PaykkaResilienceMetrics;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Metrics in the application's registry, and none without one. */
class MetricsBeansTest {
  private static final String[] FAST_RETRY = {"paykka.retry.max-attempts=2", "paykka.retry.initial-backoff=1ms",
      "paykka.retry.max-backoff=1ms"};

  private static ApplicationContextRunner withRegistry() {
    return Fixtures.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(NotificationListener.class, () -> n -> {}).withPropertyValues(FAST_RETRY);
  }

  @Test
  void callsRetriesAndNotificationsAreRecordedInTheApplicationsRegistry() {
    withRegistry().run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      // refused by a closed loopback port: NotSent, after one retry
      assertThat(context.getBean(PaymentGateway.class).query(PaymentLookup.byTransId(TransId.of("T1"))).getLeft())
          .isInstanceOf(GatewayFailure.NotSent.class);
      WebhookTestSigner.SignedNotification n = Fixtures.paymentSuccess("T-METRICS");
      context.getBean(PaykkaWebhookHandler.class).handle("POST", Fixtures.headers(n), n.body());

      assertThat(registry.get(PaykkaCallMetrics.CALLS).tags("operation", "payments.query", "outcome", "not_sent")
          .timer().count()).isEqualTo(1);
      assertThat(registry.get(PaykkaResilienceMetrics.RETRIES).tag("operation", "payments.query").counter().count())
          .isEqualTo(1);
      assertThat(registry.get(PaykkaResilienceMetrics.CIRCUIT_STATE).tag("state", "closed").gauge().value())
          .isEqualTo(1);
      assertThat(registry.get(PaykkaNotificationMetrics.NOTIFICATIONS)
          .tags("type", "PAYMENT.SUCCESS", "outcome", "processed").counter().count()).isEqualTo(1);
    });
  }

  @Test
  void withoutARegistryThereAreNoMetricsAndThePortsStillWork() {
    Fixtures.runner().withPropertyValues(FAST_RETRY).run(context -> {
      assertThat(context).doesNotHaveBean(PaykkaCallMetrics.class);
      assertThat(context).doesNotHaveBean(PaykkaResilienceMetrics.class);
      assertThat(context).doesNotHaveBean(PaykkaNotificationMetrics.class);
      assertThat(context.getBean(PaymentGateway.class).query(PaymentLookup.byTransId(TransId.of("T1"))).getLeft())
          .isInstanceOf(GatewayFailure.NotSent.class);
    });
  }

  @Test
  void metricsCanBeSwitchedOff() {
    withRegistry().withPropertyValues("paykka.metrics.enabled=false").run(context -> {
      context.getBean(PaymentGateway.class).query(PaymentLookup.byTransId(TransId.of("T1")));
      assertThat(context.getBean(MeterRegistry.class).find(PaykkaCallMetrics.CALLS).timers()).isEmpty();
      assertThat(context.getBean(MeterRegistry.class).getMeters()).isEmpty();
    });
  }

  @Test
  void metricsBeansOfTheApplicationReplaceTheStarters() {
    SimpleMeterRegistry other = new SimpleMeterRegistry();
    withRegistry().withBean(PaykkaCallMetrics.class, () -> PaykkaCallMetrics.of(other)).run(context -> {
      context.getBean(PaymentGateway.class).query(PaymentLookup.byTransId(TransId.of("T1")));
      assertThat(other.get(PaykkaCallMetrics.CALLS).timer().count()).isEqualTo(1);
      assertThat(context.getBean(MeterRegistry.class).find(PaykkaCallMetrics.CALLS).timers()).isEmpty();
    });
  }
}

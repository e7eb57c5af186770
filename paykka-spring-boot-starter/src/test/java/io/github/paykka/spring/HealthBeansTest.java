package io.github.paykka.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.FilteredClassLoader;

/** The {@code paykka} health indicator. */
class HealthBeansTest {

  @Test
  void upWithTheCircuitStateAndTheKeysLoaded() {
    String two = Fixtures.base64(Fixtures.PLATFORM.publicKey().getEncoded()) + ","
        + Fixtures.base64(Fixtures.MERCHANT.publicKey().getEncoded());
    Fixtures.runner().withPropertyValues("paykka.platform-public-keys=" + two)
        .run(context -> {
          Health health = context.getBean("paykkaHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsEntry("circuitBreaker", "CLOSED")
              .containsEntry("merchantPrivateKey", "loaded")
              .containsEntry("platformPublicKeys", 2)
              .containsEntry("environment", "http://127.0.0.1:" + Fixtures.CLOSED_PORT + "/");
          assertThat(health.toString()).doesNotContain(Fixtures.base64(Fixtures.MERCHANT.privateKey().getEncoded())
              .substring(0, 40));
        });
  }

  @Test
  void downWhileTheCircuitIsOpen() {
    Fixtures.runner()
        .withPropertyValues("paykka.retry.max-attempts=1", "paykka.circuit-breaker.window-size=2",
            "paykka.circuit-breaker.minimum-calls=2", "paykka.circuit-breaker.wait-in-open-state=5m")
        .run(context -> {
          PaymentGateway payments = context.getBean(PaymentGateway.class);
          HealthIndicator indicator = context.getBean("paykkaHealthIndicator", HealthIndicator.class);
          payments.query(PaymentLookup.byTransId(TransId.of("T1")));
          assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
          payments.query(PaymentLookup.byTransId(TransId.of("T1")));
          Health health = indicator.health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("circuitBreaker", "OPEN");
        });
  }

  @Test
  void notWithoutActuatorNorWhenDisabled() {
    Fixtures.runner().withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean("paykkaHealthIndicator");
        });
    Fixtures.runner().withPropertyValues("management.health.paykka.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("paykkaHealthIndicator"));
  }

  @Test
  void anIndicatorOfTheApplicationReplacesTheStarters() {
    Fixtures.runner().withBean("paykkaHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
        .run(context -> assertThat(context.getBean("paykkaHealthIndicator"))
            .isNotInstanceOf(PaykkaHealthIndicator.class));
  }
}

package io.github.paykka.spring.example;

// region imports-properties
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
// endregion
// region imports-payment
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
import io.micrometer.core.instrument.MeterRegistry;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
// endregion
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.paykka.micrometer.PaykkaCallMetrics;
import io.github.paykka.micrometer.PaykkaNotificationMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The example shop, started as a whole on a random port against the testkit's sandbox: a payment through the injected
 * {@code PaymentGateway}, its signed notification delivered by the sandbox to the shop's own embedded server, a forged
 * one refused, and both in the metrics.
 */
// region properties
@ExtendWith(PaykkaSandboxExtension.class)     // keys and a local PayKKa for the shop (testing.md)
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=shop", "management.endpoint.health.show-details=always"})
class ShopApplicationTest {
  private static PaykkaSandbox sandbox;
  private static SandboxKeys keys;

  @BeforeAll
  static void sandbox(PaykkaSandbox started, SandboxKeys sandboxKeys) {
    sandbox = started;
    keys = sandboxKeys;
  }

  @DynamicPropertySource
  static void paykka(DynamicPropertyRegistry properties) {
    // what shop.yml reads from the environment, here from the test's sandbox
    properties.add("PAYKKA_MERCHANT_ID", () -> keys.merchantId());
    properties.add("PAYKKA_MERCHANT_PRIVATE_KEY", () -> keys.merchant().privateKeyPem());
    properties.add("PAYKKA_PLATFORM_PUBLIC_KEY",
        () -> Base64.getEncoder().encodeToString(sandbox.platformPublicKey().getEncoded()));
    properties.add("PAYKKA_ENVIRONMENT", () -> sandbox.baseUrl().toString());
  }
  // endregion

  // region payment
  @Autowired PaymentGateway payments;                  // the starter's bean: the HTTP adapter
  @Autowired PaymentNotifications notifications;       // the shop's listener, above
  @Autowired MeterRegistry registry;
  @LocalServerPort int port;

  @Test
  void aPaymentItsNotificationAForgeryAndTheMetrics() throws Exception {
    // the notify_url is this test's own server: the sandbox delivers there, as PayKKa would to yours
    String notifyUrl = "http://127.0.0.1:" + port + "/paykka/notifications";
    Checkout checkout = new Checkout(payments, notifyUrl);

    Either<GatewayFailure, PaymentResult> paid = checkout.payEspresso(TestRequests.uniqueTransId("shop"),
        Money.of(350, Currency.USD), TestCard.VISA_SUCCESS.instrument());

    OrderId order = paid.get().order().orderId();
    assertThat(paid.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    // the sandbox signs PAYMENT.SUCCESS and POSTs it to the shop's endpoint, which verifies it and calls the listener
    List<NotificationAttempt> delivered = sandbox.awaitAttempts(
        a -> a.orderId().equals(order) && a.acknowledged(), 1, Duration.ofSeconds(10));
    assertThat(notifications.of(order)).extracting(n -> n.type()).contains(NotifyType.PAYMENT_SUCCESS);
    // endregion

    // a forgery: the genuine headers on a changed body
    NotificationAttempt genuine = delivered.get(0);
    String forgedBody = genuine.bodyText().replace("\"amount\":350", "\"amount\":1");
    assertThat(forgedBody).isNotEqualTo(genuine.bodyText());
    int before = notifications.of(order).size();
    HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create(notifyUrl))
        .POST(HttpRequest.BodyPublishers.ofString(forgedBody, UTF_8));
    genuine.headers().forEach((name, values) -> values.forEach(value -> forged.header(name, value)));
    HttpResponse<String> refused = HttpClient.newHttpClient().send(forged.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(notifications.of(order)).hasSize(before);

    // the application's registry has both
    assertThat(registry).isInstanceOf(SimpleMeterRegistry.class);
    assertThat(registry.get(PaykkaCallMetrics.CALLS).tags("operation", "payments.initiate", "outcome", "success")
        .timer().count()).isEqualTo(1);
    assertThat(registry.get(PaykkaNotificationMetrics.NOTIFICATIONS)
        .tags("type", "PAYMENT.SUCCESS", "outcome", "processed").counter().count()).isGreaterThanOrEqualTo(1);
    assertThat(registry.get(PaykkaNotificationMetrics.NOTIFICATIONS)
        .tags("type", "unverified", "outcome", "unauthentic").counter().count()).isEqualTo(1);
  }

  @Test
  void actuatorShowsPaykkaHealthy() throws Exception {
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"paykka\":{\"status\":\"UP\"").contains("\"circuitBreaker\":\"CLOSED\"")
        .contains("\"platformPublicKeys\":1");
  }
}

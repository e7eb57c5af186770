package io.github.paykka.micrometer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.WebhookOutcome;
import io.github.paykka.webhook.WebhookResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real deliveries through a real handler, counted by its onOutcome hook. */
class PaykkaNotificationMetricsTest {
  private static final String MERCHANT = "18000000000000";
  private static final TestKeys.TestKeyPair PLATFORM = TestKeys.generate();
  private static final WebhookTestSigner SIGNER = WebhookTestSigner.withPlatformKey(PLATFORM.privateKey());

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<WebhookOutcome> outcomes = new ArrayList<>();
  private final AtomicBoolean listenerFails = new AtomicBoolean();
  private PaykkaWebhookHandler handler;

  @BeforeEach
  void handler() {
    PaykkaNotificationMetrics metrics = PaykkaNotificationMetrics.of(registry);
    handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(PLATFORM.publicKey())
        .merchantId(MERCHANT)
        .listener(this::listen)
        .maxBodyBytes(4096)
        .onOutcome(outcome -> {
          outcomes.add(outcome);
          metrics.accept(outcome);
        })
        .build();
  }

  private void listen(Notification notification) {
    if (notification instanceof PaymentNotification p && p.transId().value().equals("T-early")) {
      throw new NotificationListener.NotYet("order not opened yet");
    }
    if (listenerFails.get()) throw new IllegalStateException("database unavailable");
  }

  @Test
  void verifiedNotificationsAreCountedByTheirTypeAndOutcome() {
    WebhookTestSigner.SignedNotification success = signed(payment("PAYMENT.SUCCESS", "T1", "SUCCESS"));
    assertThat(deliver(success).status()).isEqualTo(200);
    assertThat(deliver(success).status()).isEqualTo(200);
    listenerFails.set(true);
    assertThat(deliver(signed(payment("PAYMENT.FAILURE", "T2", "FAILURE"))).status()).isEqualTo(500);
    assertThat(deliver(signed(payment("PAYMENT.SUCCESS", "T-early", "SUCCESS"))).status()).isEqualTo(503);

    assertThat(count("PAYMENT.SUCCESS", "processed")).isEqualTo(1);
    assertThat(count("PAYMENT.SUCCESS", "duplicate")).isEqualTo(1);
    assertThat(count("PAYMENT.FAILURE", "listener_failed")).isEqualTo(1);
    assertThat(count("PAYMENT.SUCCESS", "not_yet")).isEqualTo(1);
  }

  @Test
  void anUnknownTypeIsTaggedUnknownNeverWithItsText() {
    String body = "{\"merchant_id\":\"" + MERCHANT + "\",\"timestamp\":" + now()
        + ",\"notify_type\":\"DISPUTE.CREATED-4242424242424242\",\"dispute_id\":\"D1\"}";
    assertThat(deliver(signed(body)).status()).isEqualTo(200);
    // a known type whose status this version does not know keeps its type
    assertThat(deliver(signed(payment("PAYMENT.SUCCESS", "T3", "PENDING_REVIEW"))).status()).isEqualTo(200);

    assertThat(count("unknown", "unknown")).isEqualTo(1);
    assertThat(count("PAYMENT.SUCCESS", "unknown")).isEqualTo(1);
    assertThat(tagValues()).noneMatch(v -> v.contains("DISPUTE") || v.contains("4242"));
  }

  @Test
  void refusedDeliveriesAreCountedAsUnverified() {
    WebhookTestSigner.SignedNotification genuine = signed(payment("PAYMENT.SUCCESS", "T4", "SUCCESS"));
    byte[] forged = genuine.bodyText().replace("\"amount\":1000", "\"amount\":1").getBytes(UTF_8);

    assertThat(handler.handle("POST", headers(genuine), forged).status()).isEqualTo(401);
    assertThat(handler.handle("GET", headers(genuine), genuine.body()).status()).isEqualTo(405);
    assertThat(deliver(signed("[1, 2]")).status()).isEqualTo(400);
    assertThat(handler.handle("POST", headers(genuine), new byte[5000]).status()).isEqualTo(413);

    assertThat(count("unverified", "unauthentic")).isEqualTo(1);
    assertThat(count("unverified", "method_not_allowed")).isEqualTo(1);
    assertThat(count("unverified", "malformed")).isEqualTo(1);
    assertThat(count("unverified", "too_large")).isEqualTo(1);
  }

  @Test
  void everyKindOfOutcomeHasANameOfItsOwn() {
    Set<String> names = new HashSet<>();
    for (Class<?> kind : WebhookOutcome.class.getPermittedSubclasses()) names.add(snake(kind.getSimpleName()));
    // an outcome added to WebhookOutcome must be named in outcomeOf too (else it counts as "other")
    assertThat(names).containsExactlyInAnyOrder("processed", "duplicate", "unknown", "unknown_failed", "in_progress",
        "not_yet", "listener_failed", "inbox_failed", "method_not_allowed", "unauthentic", "malformed", "too_large");
  }

  @AfterEach
  void everyOutcomeSeenIsNamedAfterItsKind() {
    for (WebhookOutcome o : outcomes) {
      assertThat(PaykkaNotificationMetrics.outcomeOf(o)).isEqualTo(snake(o.getClass().getSimpleName()));
    }
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private double count(String type, String outcome) {
    Counter c = registry.find(PaykkaNotificationMetrics.NOTIFICATIONS).tag("type", type).tag("outcome", outcome)
        .counter();
    return c == null ? 0 : c.count();
  }

  private Set<String> tagValues() {
    Set<String> values = new HashSet<>();
    for (Meter m : registry.getMeters()) for (Tag t : m.getId().getTags()) values.add(t.getValue());
    return values;
  }

  private WebhookResponse deliver(WebhookTestSigner.SignedNotification n) {
    return handler.handle("POST", headers(n), n.body());
  }

  private static Map<String, List<String>> headers(WebhookTestSigner.SignedNotification n) {
    return n.headers();
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static String payment(String type, String transId, String status) {
    return "{\"merchant_id\":\"" + MERCHANT + "\",\"timestamp\":" + now() + ",\"notify_type\":\"" + type
        + "\",\"trans_id\":\"" + transId + "\",\"order_id\":\"GW" + transId + "\",\"status\":\"" + status
        + "\",\"amount\":1000,\"currency\":\"USD\"}";
  }

  private static WebhookTestSigner.SignedNotification signed(String body) {
    // the body's own timestamp, or any: a malformed body has none to agree with
    long ts = body.contains("\"timestamp\":") ? Long.parseLong(body.replaceAll(".*\"timestamp\":(\\d+).*", "$1"))
        : now();
    return SIGNER.signRaw(body.getBytes(UTF_8), MERCHANT, ts);
  }
}

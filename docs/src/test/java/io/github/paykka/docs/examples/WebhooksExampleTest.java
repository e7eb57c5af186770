package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.docs.examples.QuickstartExampleTest.Orders;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.UnknownNotification;
import io.github.paykka.webhook.WebhookOutcome;
import io.github.paykka.webhook.WebhookResponse;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** webhooks.md's examples, run: notifications from the sandbox through the real webhook adapter. */
@ExtendWith(PaykkaSandboxExtension.class)
class WebhooksExampleTest {
  private static final Logger log = LoggerFactory.getLogger(WebhooksExampleTest.class);

  @Test
  void verifiedDeduplicatedReconciledInAnyOrder(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    PublicKey currentKey = sandbox.platformPublicKey();
    PublicKey nextKey = TestKeys.generate().publicKey();   // announced by PayKKa before a rotation
    Orders orders = new Orders();
    List<String> outcomes = new CopyOnWriteArrayList<>();

    // region handler
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(currentKey)                         // required; add the next key too while PayKKa rotates
        .platformPublicKey(nextKey)
        .merchantId(keys.merchantId())                   // required: a notification for another merchant gets 401
        .listener(orders)                                // required: your NotificationListener
        .inbox(InMemoryNotificationInbox.create())       // the default; give a durable one with several instances
        .maxAge(Duration.ofHours(24))                    // the default: the inbox's retention, never more
        .maxAhead(Duration.ofMinutes(5))                 // the default: how far ahead of your clock
        .maxBodyBytes(PaykkaWebhookHandler.DEFAULT_MAX_BODY_BYTES)   // 64 KiB, the default
        .onUnknown(u -> log.warn("PayKKa notification not applied: {}", u))  // what the listener cannot take
        .onOutcome(o -> outcomes.add(o.getClass().getSimpleName())) // e.g. a metrics counter per outcome
        .build();
    // endregion

    int port = 0;   // a free port for the test; yours is fixed, behind your TLS-terminating proxy
    // region jdk
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/paykka/notifications", PaykkaHttpHandler.of(handler));
    server.setExecutor(Executors.newFixedThreadPool(4));   // the default runs every exchange on one thread
    server.start();
    // endregion
    String notifyUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/paykka/notifications";

    PaymentOrder opened;
    try (PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKey())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .build()) {
      // an authorisation, then its capture: PayKKa notifies PAYMENT.AUTHORIZATION, then PAYMENT.SUCCESS
      opened = paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
          .captureMethod(CaptureMethod.MANUAL).notifyUrl(notifyUrl))).get().order();
      orders.opened(opened);
      assertThat(CaptureCommand.of(opened, opened.amount(), true).map(paykka::capture).get().isRight()).isTrue();
    }
    String orderId = opened.orderId().value();
    sandbox.awaitAttempts(a -> a.orderId().equals(opened.orderId()) && a.acknowledged(), 2, Duration.ofSeconds(10));
    server.stop(0);
    ((ExecutorService) server.getExecutor()).shutdownNow();
    assertThat(orders.get(opened.orderId()).status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(outcomes).contains("Processed");

    NotificationAttempt authorization = delivered(sandbox, orderId, "PAYMENT.AUTHORIZATION");
    NotificationAttempt success = delivered(sandbox, orderId, "PAYMENT.SUCCESS");

    // Out of order, and twice: a fresh application sees SUCCESS before the AUTHORIZATION that preceded it.
    Orders fresh = new Orders();
    fresh.opened(opened);
    PaykkaWebhookHandler freshHandler = PaykkaWebhookHandler.builder()
        .platformPublicKey(currentKey).merchantId(keys.merchantId()).listener(fresh).build();
    List<WebhookOutcome> seen = new ArrayList<>();
    for (NotificationAttempt a : List.of(success, authorization, success)) {
      seen.add(freshHandler.handle("POST", headers(a), a.body()).outcome());
    }
    assertThat(seen).extracting(o -> o.getClass().getSimpleName())
        .containsExactly("Processed", "Processed", "Duplicate");
    assertThat(fresh.get(opened.orderId()).status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(seen).allMatch(WebhookOutcome::acknowledged);

    // Refusals.
    byte[] body = success.body();
    Map<String, List<String>> headers = headers(success);
    byte[] forged = success.bodyText().replace("SUCCESS", "FAILURE").getBytes(StandardCharsets.UTF_8);
    Clock tenMinutesBehind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
    Clock twoDaysLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));
    String merchantId = keys.merchantId();
    // region refusals
    WebhookResponse wrongMethod = handler.handle("GET", headers, body);           // 405, Allow: POST
    WebhookResponse tampered = handler.handle("POST", headers, forged);           // 401, ret_code 206003

    PaykkaWebhookHandler behind = PaykkaWebhookHandler.builder()                  // a clock 10 minutes slow:
        .platformPublicKey(currentKey).merchantId(merchantId).listener(orders).clock(tenMinutesBehind).build();
    WebhookResponse ahead = behind.handle("POST", headers, body);                 // 401, ret_code 206004

    PaykkaWebhookHandler later = PaykkaWebhookHandler.builder()                   // two days later: older than
        .platformPublicKey(currentKey).merchantId(merchantId).listener(orders).clock(twoDaysLater).build();
    WebhookResponse stale = later.handle("POST", headers, body);                  // the inbox remembers: 401, 206004

    PaykkaWebhookHandler others = PaykkaWebhookHandler.builder()                  // another merchant's endpoint
        .platformPublicKey(currentKey).merchantId("18999999999999").listener(orders).build();
    WebhookResponse notOurs = others.handle("POST", headers, body);               // 401, ret_code 206003
    // endregion
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.headers()).containsEntry("Allow", "POST");
    assertThat(tampered.status()).isEqualTo(401);
    assertThat(tampered.bodyText()).contains("206003");
    assertThat(ahead.status()).isEqualTo(401);
    assertThat(ahead.bodyText()).contains("206004");
    assertThat(stale.status()).isEqualTo(401);
    assertThat(stale.bodyText()).contains("206004");
    assertThat(notOurs.status()).isEqualTo(401);
    assertThat(notOurs.outcome().describe()).contains("another merchant");
    // an hour late, the original bytes are still processed (or recognised): within what the inbox remembers
    PaykkaWebhookHandler hourLater = PaykkaWebhookHandler.builder().platformPublicKey(currentKey).merchantId(merchantId)
        .listener(fresh).clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1))).build();
    assertThat(hourLater.handle("POST", headers, body).status()).isEqualTo(200);
  }

  @Test
  void aListenerThatThrowsGetsTheNotificationAgain(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    // region listener-throws
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(sandbox.platformPublicKey())
        .merchantId(keys.merchantId())
        .listener(notification -> {
          calls.add(notification.deduplicationKey());
          if (calls.size() == 1) {
            // e.g. the database is down: not acknowledged (HTTP 500), PayKKa delivers it again
            throw new IllegalStateException("database unavailable");
          }
          // processed: acknowledged (HTTP 200), recorded in the inbox
        })
        .build();
    // endregion
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/n", PaykkaHttpHandler.of(handler));
    server.start();
    try (PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKey())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .build()) {
      OrderId id = paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
          .notifyUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/n"))).get().order().orderId();
      List<NotificationAttempt> attempts = sandbox.awaitAttempts(
          a -> a.orderId().equals(id), 2, Duration.ofSeconds(10));
      assertThat(attempts).extracting(NotificationAttempt::status).containsExactly(500, 200);
      assertThat(attempts.get(0).bodyText()).isEqualTo(attempts.get(1).bodyText());
      assertThat(calls).hasSize(2).containsOnly(calls.get(0));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void whatTheListenerCannotTakeGoesToOnUnknownAndIsAcknowledged(SandboxKeys keys, WebhookTestSigner signer) {
    Orders orders = new Orders();
    Map<String, String> review = new ConcurrentHashMap<>();
    PublicKey platformKey = keys.platform().publicKey();
    // region unknown
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(platformKey)
        .merchantId(keys.merchantId())
        .listener(orders)
        .onUnknown(unknown -> {
          // keep it for a person (or a later version of this library) to look at; throwing has it delivered again
          review.put(unknown.deduplicationKey(), unknown.bodyText());
          log.warn("PayKKa notification not applied: {}", unknown);   // reason, type, status, ids; never the body
        })
        .build();
    // endregion
    long now = System.currentTimeMillis();
    String m = keys.merchantId();
    String dispute = "{\"timestamp\":" + now + ",\"notify_type\":\"DISPUTE.CREATED\",\"merchant_id\":\"" + m
        + "\",\"dispute_id\":\"DP1\",\"amount\":{\"value\":1999,\"currency\":\"USD\"},\"payment\":\"GW1\"}";
    String review1 = "{\"timestamp\":" + now + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"merchant_id\":\"" + m
        + "\",\"trans_id\":\"T1\",\"order_id\":\"GW1\",\"status\":\"PENDING_REVIEW\",\"amount\":1999,"
        + "\"currency\":\"USD\"}";
    List<String> reasons = new ArrayList<>();
    for (String body : List.of(dispute, review1)) {
      WebhookTestSigner.SignedNotification n = signer.signRaw(body.getBytes(StandardCharsets.UTF_8), m, now);
      Map<String, List<String>> headers = n.headers().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
      WebhookResponse response = handler.handle("POST", headers, n.body());
      assertThat(response.status()).isEqualTo(200);
      UnknownNotification u = ((WebhookOutcome.Unknown) response.outcome()).notification();
      reasons.add(u.reason() + " " + u.notifyType() + " " + u.status().getOrElse("-") + " " + u.ids());
    }
    assertThat(reasons).containsExactly("UNKNOWN_TYPE DISPUTE.CREATED - {dispute_id=DP1}",
        "UNKNOWN_STATUS PAYMENT.SUCCESS PENDING_REVIEW {trans_id=T1, order_id=GW1}");
    assertThat(review.values()).containsExactlyInAnyOrder(dispute, review1);
  }

  private static NotificationAttempt delivered(PaykkaSandbox sandbox, String orderId, String type) {
    return sandbox.notifications().stream()
        .filter(a -> a.orderId().value().equals(orderId) && a.notifyType().equals(type) && a.acknowledged())
        .findFirst().orElseThrow();
  }

  private static Map<String, List<String>> headers(NotificationAttempt a) {
    return a.headers().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
  }
}

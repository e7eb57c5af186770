package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-handler
import io.github.paykka.docs.examples.QuickstartExampleTest.Orders;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
// endregion
// region imports-refusals
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.webhook.WebhookResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
// endregion
// region imports-unknown
import java.util.concurrent.ConcurrentHashMap;
// endregion
// region imports-not-yet
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.ports.notification.NotificationListener;
import java.util.Set;
// endregion
// region imports-unit-test
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import java.time.Instant;
// endregion
// region imports-jdk
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
// endregion
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
import io.github.paykka.webhook.UnknownNotification;
import io.github.paykka.webhook.WebhookOutcome;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/** webhooks.md's examples, run: notifications from the sandbox, and test notifications, through the real handler. */
// region handler
@ExtendWith(PaykkaSandboxExtension.class)     // a local PayKKa that notifies (testing.md)
class WebhooksExampleTest {
  private static final Logger log = LoggerFactory.getLogger(WebhooksExampleTest.class);

  @Test
  void verifiedDeduplicatedReconciledInAnyOrder(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    PublicKey currentKey = sandbox.platformPublicKey();   // PayKKa's platform key: PemKeys.publicKey(pem) in your app
    PublicKey nextKey = TestKeys.generate().publicKey();  // the next one, announced by PayKKa before a rotation
    Orders orders = new Orders();                         // your NotificationListener: the quick start's, below
    List<String> outcomes = new CopyOnWriteArrayList<>();

    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(currentKey)                   // required; add the next key too while PayKKa rotates
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

    // region jdk
    int port = 0;   // 0: a free port, for the test; yours is fixed, behind your TLS-terminating proxy
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
      opened = orders.opened(paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
          .captureMethod(CaptureMethod.MANUAL).notifyUrl(notifyUrl))).get().order());
      assertThat(CaptureCommand.last(opened, opened.amount()).flatMap(paykka::capture).isRight()).isTrue();
    }
    OrderId orderId = opened.orderId();
    sandbox.awaitAttempts(a -> a.orderId().equals(orderId) && a.acknowledged(), 2, Duration.ofSeconds(10));
    server.stop(0);
    ((ExecutorService) server.getExecutor()).shutdownNow();
    assertThat(orders.get(orderId).status()).isEqualTo(OrderStatus.SUCCESS);
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
      seen.add(freshHandler.handle("POST", a.headers(), a.body()).outcome());
    }
    assertThat(seen).extracting(o -> o.getClass().getSimpleName())
        .containsExactly("Processed", "Processed", "Duplicate");
    assertThat(fresh.get(orderId).status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(seen).allMatch(WebhookOutcome::acknowledged);
  }

  @Test
  void whatIsRefused(SandboxKeys keys) {
    PublicKey currentKey = keys.platform().publicKey();
    Orders orders = new Orders();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(currentKey).merchantId(keys.merchantId()).listener(orders).build();
    // region refusals
    // A genuine notification (a test one, signed with PayKKa's private key, which only a test has), and a forgery.
    WebhookTestSigner signer = WebhookTestSigner.withPlatformKey(keys.platform().privateKey());
    String merchantId = keys.merchantId();
    WebhookTestSigner.SignedNotification genuine = signer.payment().merchantId(merchantId).sign();
    Map<String, List<String>> headers = genuine.headers();
    byte[] body = genuine.body();
    byte[] forged = genuine.bodyText().replace("SUCCESS", "FAILURE").getBytes(StandardCharsets.UTF_8);
    Clock tenMinutesBehind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
    Clock twoDaysLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));

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
    // an hour late, the original bytes are still processed: within what the inbox remembers (the order is new to
    // this listener, which keeps what it hears of it for when it opens it)
    PaykkaWebhookHandler hourLater = PaykkaWebhookHandler.builder().platformPublicKey(currentKey).merchantId(merchantId)
        .listener(orders).clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1))).build();
    assertThat(hourLater.handle("POST", headers, body).status()).isEqualTo(200);
  }

  @Test
  void aListenerThatThrowsGetsTheNotificationAgain(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    // region listener-throws
    List<String> calls = new CopyOnWriteArrayList<>();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(sandbox.platformPublicKey())
        .merchantId(keys.merchantId())
        .listener(notification -> {
          calls.add(notification.deduplicationKey());
          if (calls.size() == 1) {
            // e.g. the database is down: not acknowledged (HTTP 500, logged at ERROR), PayKKa delivers it again
            throw new IllegalStateException("database unavailable");
          }
          // processed: acknowledged (HTTP 200), recorded in the inbox
        })
        .build();
    // endregion
    List<NotificationAttempt> attempts = deliverOnePayment(sandbox, keys, handler, 2, answered -> {});
    assertThat(attempts).extracting(NotificationAttempt::status).containsExactly(500, 200);
    assertThat(attempts.get(0).bodyText()).isEqualTo(attempts.get(1).bodyText());
    assertThat(calls).hasSize(2).containsOnly(calls.get(0));
  }

  @Test
  void aListenerThatSaysNotYetGetsTheNotificationAgainWithoutAnError(PaykkaSandbox sandbox, SandboxKeys keys)
      throws Exception {
    // region not-yet
    Set<OrderId> recorded = ConcurrentHashMap.newKeySet();   // the orders your application has recorded
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(sandbox.platformPublicKey())
        .merchantId(keys.merchantId())
        .listener(notification -> {
          if (notification instanceof PaymentNotification payment && !recorded.contains(payment.orderId())) {
            // it overtook the answer of your initiate call: early, not wrong. Answered 503 and logged at INFO;
            // PayKKa delivers it again, and by then the order is recorded
            throw new NotificationListener.NotYet("order " + payment.orderId().value() + " not recorded yet");
          }
          // processed: acknowledged (HTTP 200)
        })
        .build();
    // endregion
    // the application records the order only once its notification has come (as when it overtakes the answer)
    List<NotificationAttempt> all = deliverOnePayment(sandbox, keys, handler, 2, answered -> {
      sandbox.awaitAttempts(a -> a.orderId().equals(answered) && Integer.valueOf(503).equals(a.status()), 1,
          Duration.ofSeconds(10));
      recorded.add(answered);
    });
    assertThat(all.size()).isGreaterThanOrEqualTo(2);
    assertThat(all.subList(0, all.size() - 1)).extracting(NotificationAttempt::status).containsOnly(503);
    assertThat(all.get(all.size() - 1).status()).isEqualTo(200);
  }

  @Test
  void whatTheListenerCannotTakeGoesToOnUnknownAndIsAcknowledged(SandboxKeys keys, WebhookTestSigner signer) {
    // region unknown
    Orders orders = new Orders();
    Map<String, String> review = new ConcurrentHashMap<>();        // e.g. a table a person looks at
    PublicKey platformKey = keys.platform().publicKey();
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
    WebhookTestSigner.SignedNotification dispute = signer.payment().merchantId(keys.merchantId())
        .field("notify_type", "DISPUTE.CREATED").field("dispute_id", "DP1").without("trans_id").without("order_id")
        .without("status").sign();
    WebhookTestSigner.SignedNotification pending = signer.payment().merchantId(keys.merchantId())
        .transId(TransId.of("T1")).orderId(OrderId.of("GW1"))
        .field("status", "PENDING_REVIEW").sign();
    List<String> reasons = new ArrayList<>();
    for (WebhookTestSigner.SignedNotification n : List.of(dispute, pending)) {
      WebhookResponse response = handler.handle("POST", n.headers(), n.body());
      assertThat(response.status()).isEqualTo(200);
      UnknownNotification u = ((WebhookOutcome.Unknown) response.outcome()).notification();
      reasons.add(u.reason() + " " + u.notifyType() + " " + u.status().getOrElse("-") + " " + u.ids());
    }
    assertThat(reasons).containsExactly("UNKNOWN_TYPE DISPUTE.CREATED - {dispute_id=DP1}",
        "UNKNOWN_STATUS PAYMENT.SUCCESS PENDING_REVIEW {trans_id=T1, order_id=GW1}");
    assertThat(review.values()).containsExactlyInAnyOrder(dispute.bodyText(), pending.bodyText());
  }

  @Test
  void aUnitTestOfTheWebhookWithATestNotification(SandboxKeys keys, WebhookTestSigner signer) {
    Orders orders = new Orders();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(keys.platform().publicKey()).merchantId(keys.merchantId()).listener(orders).build();
    // region unit-test
    // A unit test of your webhook, without a sandbox: your order, authorised (as your shop keeps it) ...
    PaymentOrder order = orders.opened(PaymentOrder.open(OrderId.of("GW20250601000001"), TransId.of("order-1001"),
        Money.of(10_000, Currency.USD), CaptureMethod.MANUAL).approve().get().order());
    // ... then PayKKa captured it, and says so, signed with its key.
    PaymentOrder captured = order.capture(order.amount(), true).get().order();
    WebhookTestSigner.SignedNotification paid = signer.payment()
        .order(captured)                                // its ids, amount, status (so PAYMENT.SUCCESS) and balances
        .timestampInSeconds(Instant.now())              // as PayKKa's v1.2 page shows it; or timestamp(...), none
        .sign();
    WebhookResponse response = handler.handle("POST", paid.headers(), paid.body());   // headers and bytes as they are
    // 200 Processed: your listener has it. The same notification over HTTP: paid.httpRequest(yourNotifyUrl)
    // endregion
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.outcome()).isInstanceOf(WebhookOutcome.Processed.class);
    assertThat(orders.get(order.orderId()).status()).isEqualTo(OrderStatus.SUCCESS);
  }

  /** A payment whose notification goes to {@code handler}: every attempt of it, once one is acknowledged. */
  private static List<NotificationAttempt> deliverOnePayment(PaykkaSandbox sandbox, SandboxKeys keys,
      PaykkaWebhookHandler handler, int attempts, Consumer<OrderId> answered) throws Exception {
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
      answered.accept(id);
      sandbox.awaitAttempts(a -> a.orderId().equals(id), attempts, Duration.ofSeconds(10));
      // once one is acknowledged, every attempt of it is recorded
      sandbox.awaitAttempts(a -> a.orderId().equals(id) && a.acknowledged(), 1, Duration.ofSeconds(10));
      return sandbox.notifications().stream().filter(a -> a.orderId().equals(id)).toList();
    } finally {
      server.stop(0);
    }
  }

  private static NotificationAttempt delivered(PaykkaSandbox sandbox, OrderId orderId, String type) {
    return sandbox.notifications().stream()
        .filter(a -> a.orderId().equals(orderId) && a.notifyType().equals(type) && a.acknowledged())
        .findFirst().orElseThrow();
  }
}

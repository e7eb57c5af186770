package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.KEY;
import static io.github.paykka.webhook.TestPlatform.OLD_KEY;
import static io.github.paykka.webhook.TestPlatform.FORGER;
import static io.github.paykka.webhook.TestPlatform.now;
import static io.github.paykka.webhook.TestPlatform.order;
import static io.github.paykka.webhook.TestPlatform.paymentBody;
import static io.github.paykka.webhook.TestPlatform.refundBody;
import static io.github.paykka.webhook.TestPlatform.signed;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.webhook.TestPlatform.Delivery;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaykkaWebhookHandlerTest {
  static final String ACK = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}";

  final List<Notification> received = new CopyOnWriteArrayList<>();
  final List<WebhookOutcome> outcomes = new CopyOnWriteArrayList<>();

  PaykkaWebhookHandler.Builder builder() {
    return PaykkaWebhookHandler.builder()
        .platformPublicKey(KEY.getPublic())
        .merchantId(MerchantId.of(TestPlatform.MERCHANT))
        .listener(received::add)
        .clock(TestPlatform.CLOCK)
        .onOutcome(outcomes::add);
  }

  PaykkaWebhookHandler handler() {
    return builder().build();
  }

  static WebhookResponse post(PaykkaWebhookHandler handler, Delivery d) {
    return handler.handle("POST", d.headers(), d.body());
  }

  static Delivery paymentDelivery(NotifyType type, PaymentOrder order) {
    return signed(paymentBody(type, order, now()), now());
  }

  static PaymentOrder settled() {
    return order(1, 1000, CaptureMethod.AUTOMATIC).approve().get().order();
  }

  @Test
  void aVerifiedNewPaymentNotificationReachesTheListenerAndIsAcknowledged() {
    PaykkaWebhookHandler handler = handler();
    PaymentOrder order = settled();

    WebhookResponse response = post(handler, paymentDelivery(NotifyType.PAYMENT_SUCCESS, order));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo(ACK);
    assertThat(response.headers()).containsEntry("Content-Type", "application/json; charset=utf-8");
    assertThat(response.outcome()).isInstanceOf(WebhookOutcome.Processed.class);
    assertThat(received).singleElement().isInstanceOfSatisfying(PaymentNotification.class, n -> {
      assertThat(n.type()).isEqualTo(io.github.paykka.domain.notification.NotifyType.PAYMENT_SUCCESS);
      assertThat(n.orderId()).isEqualTo(order.orderId());
      assertThat(n.transId()).isEqualTo(order.transId());
      assertThat(n.status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(n.amount()).isEqualTo(order.amount());
      assertThat(n.observation()).isEqualTo(order.observe());
    });
    assertThat(outcomes).containsExactly(response.outcome());
  }

  @ParameterizedTest
  @EnumSource(NotifyType.class)
  void everyNotifyTypeIsParsedIntoTheDomain(NotifyType type) {
    PaykkaWebhookHandler handler = handler();
    PaymentOrder open = order(7, 2500, CaptureMethod.MANUAL);
    PaymentOrder state = switch (type) {
      case PAYMENT_AUTHORIZATION -> open.approve().get().order();
      case PAYMENT_SUCCESS -> open.approve().get().order().capture(open.amount(), true).get().order();
      case PAYMENT_FAILURE -> open.decline().get().order();
      case PAYMENT_CANCELED -> open.cancel().get().order();
      default -> open;
    };
    byte[] body = type.name().startsWith("REFUND")
        ? refundBody(type, "R0001", state, 700, now())
        : paymentBody(type, state, now());

    WebhookResponse response = post(handler, signed(body, now()));

    assertThat(response.status()).as(response.outcome().describe()).isEqualTo(200);
    assertThat(received).singleElement().satisfies(n -> {
      assertThat(n.type().wireName()).isEqualTo(type.wireName());
      assertThat(n.merchantId()).isEqualTo(MerchantId.of(TestPlatform.MERCHANT));
      assertThat(n.timestamp()).isEqualTo(now());
    });
    if (type.name().startsWith("REFUND")) {
      RefundNotification r = (RefundNotification) received.get(0);
      assertThat(r.originalOrderId()).isEqualTo(open.orderId());
      assertThat(r.amount()).isEqualTo(Money.of(700, open.amount().currency()));
      assertThat(r.status()).isEqualTo(type == NotifyType.REFUND_SUCCESS ? RefundStatus.SUCCESS : RefundStatus.FAILURE);
    } else {
      assertThat(((PaymentNotification) received.get(0)).observation()).isEqualTo(state.observe());
    }
  }

  @Test
  void aDuplicateIsAcknowledgedWithoutCallingTheListenerAgain() {
    PaykkaWebhookHandler handler = handler();
    PaymentOrder order = settled();
    Delivery first = paymentDelivery(NotifyType.PAYMENT_SUCCESS, order);
    // PayKKa may sign a redelivery anew, with a later timestamp: still the same notification
    Delivery again = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, order, now() + 1000), now() + 1000);

    assertThat(post(handler, first).status()).isEqualTo(200);
    WebhookResponse second = post(handler, first);
    WebhookResponse third = post(handler, again);

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.bodyText()).isEqualTo(ACK);
    assertThat(second.outcome()).isInstanceOf(WebhookOutcome.Duplicate.class);
    assertThat(third.outcome()).isInstanceOf(WebhookOutcome.Duplicate.class);
    assertThat(received).hasSize(1);
  }

  @Test
  void aSignatureByAnotherKeyIsRefusedAndTheListenerNotCalled() {
    byte[] body = paymentBody(NotifyType.PAYMENT_SUCCESS, settled(), now());

    WebhookResponse response = post(handler(), signed(body, now(), FORGER.getPrivate()));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.outcome()).isInstanceOf(WebhookOutcome.Unauthentic.class);
    assertThat(response.bodyText()).contains("\"ret_code\":\"206003\"");
    assertThat(received).isEmpty();
  }

  @Test
  void aMissingOrMalformedSignatureIsRefused() {
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());
    PaykkaWebhookHandler handler = handler();

    WebhookResponse missing = post(handler, d.withoutHeader("signature"));
    WebhookResponse blank = post(handler, d.withHeader("signature", "  "));
    WebhookResponse notBase64 = post(handler, d.withHeader("signature", "%%%not*base64"));

    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.bodyText()).contains("206002");
    assertThat(blank.status()).isEqualTo(401);
    assertThat(notBase64.status()).isEqualTo(401);
    assertThat(received).isEmpty();
  }

  @Test
  void theSignatureIsCheckedOnTheRawBytesSoAReserialisedBodyFails() {
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());
    // the same JSON document, re-serialised with a space: a verifier that re-encodes would accept it
    String text = new String(d.body(), UTF_8).replaceFirst(",", ", ");
    Delivery reserialised = new Delivery(text.getBytes(UTF_8), d.headers());

    WebhookResponse response = post(handler(), reserialised);

    assertThat(response.status()).isEqualTo(401);
    assertThat(received).isEmpty();
  }

  @Test
  void bothTheOldAndTheNewPlatformKeyAreAcceptedDuringRotation() {
    PaykkaWebhookHandler rotating = builder().platformPublicKey(OLD_KEY.getPublic()).build();
    PaykkaWebhookHandler newOnly = handler();
    PaymentOrder a = order(1, 100, CaptureMethod.AUTOMATIC).approve().get().order();
    PaymentOrder b = order(2, 100, CaptureMethod.AUTOMATIC).approve().get().order();
    Delivery byNew = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, a, now()), now(), KEY.getPrivate());
    Delivery byOld = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, b, now()), now(), OLD_KEY.getPrivate());

    assertThat(post(rotating, byNew).status()).isEqualTo(200);
    assertThat(post(rotating, byOld).status()).isEqualTo(200);
    assertThat(post(newOnly, byOld).status()).isEqualTo(401);
    assertThat(received).hasSize(2);
  }

  @Test
  void ageAndClockSkewAreCheckedAgainstTheClock() {
    PaykkaWebhookHandler handler = builder().maxAge(Duration.ofMinutes(30)).maxAhead(Duration.ofMinutes(5)).build();
    long minute = 60_000;
    long[] accepted = {now() - 30 * minute, now() - 4 * minute, now() + 4 * minute, now() + 5 * minute};
    long[] refused = {now() - 30 * minute - 1, now() - 600 * minute, now() + 5 * minute + 1, now() + 60 * minute};
    int n = 0;
    for (long ts : accepted) {
      PaymentOrder o = order(++n, 100, CaptureMethod.AUTOMATIC).approve().get().order();
      assertThat(post(handler, signed(paymentBody(NotifyType.PAYMENT_SUCCESS, o, ts), ts)).status())
          .as("timestamp %d", ts - now()).isEqualTo(200);
    }
    for (long ts : refused) {
      PaymentOrder o = order(++n, 100, CaptureMethod.AUTOMATIC).approve().get().order();
      WebhookResponse r = post(handler, signed(paymentBody(NotifyType.PAYMENT_SUCCESS, o, ts), ts));
      assertThat(r.status()).as("timestamp %d", ts - now()).isEqualTo(401);
      assertThat(r.bodyText()).contains("206004");
    }
    assertThat(received).hasSize(accepted.length);
  }

  @Test
  void theSignatureHeaderIsAcceptedUrlEncodedOrPlainAndItsNameInAnyCase() {
    PaykkaWebhookHandler handler = handler();
    PaymentOrder a = order(1, 100, CaptureMethod.AUTOMATIC).approve().get().order();
    PaymentOrder b = order(2, 100, CaptureMethod.AUTOMATIC).approve().get().order();
    Delivery encoded = paymentDelivery(NotifyType.PAYMENT_SUCCESS, a);
    Delivery plainDelivery = paymentDelivery(NotifyType.PAYMENT_SUCCESS, b);
    String plain = URLDecoder.decode(plainDelivery.signature(), UTF_8);
    assertThat(encoded.signature()).contains("%");
    assertThat(plain).doesNotContain("%");
    Map<String, List<String>> upper = new LinkedHashMap<>();
    upper.put("SIGNATURE", List.of(plain));
    upper.put("Type", List.of("rsa256"));

    assertThat(post(handler, encoded).status()).isEqualTo(200);
    assertThat(handler.handle("POST", upper, plainDelivery.body()).status()).isEqualTo(200);
    assertThat(received).hasSize(2);
  }

  @Test
  void severalSignatureHeadersOrAnotherSignatureTypeAreRefused() {
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());
    Map<String, List<String>> twice = new LinkedHashMap<>(d.headers());
    twice.put("Signature", List.of(d.signature()));

    assertThat(handler().handle("POST", twice, d.body()).status()).isEqualTo(401);
    assertThat(post(handler(), d.withHeader("type", "HMAC")).status()).isEqualTo(401);
    assertThat(received).isEmpty();
  }

  @Test
  void aSignedNotificationWithFieldsMissingOrOfTheWrongShapeReachesOnUnknownAndOnlyUnverifiableBytesAre400() {
    List<UnknownNotification> unknown = new ArrayList<>();
    String json = "{\"merchant_id\":\"" + TestPlatform.MERCHANT + "\",\"timestamp\":" + now()
        + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"status\":\"SUCCESS\",\"amount\":100,\"currency\":\"USD\"}";
    // a required field of the wrong type reads as absent (the tolerant reader), so it is named as missing
    String wrongType = "{\"merchant_id\":\"" + TestPlatform.MERCHANT + "\",\"timestamp\":" + now()
        + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"trans_id\":\"T1\",\"order_id\":\"GW1\",\"status\":\"SUCCESS\""
        + ",\"currency\":\"USD\",\"amount\":{\"x\":1}}";
    PaykkaWebhookHandler handler = builder().onUnknown(unknown::add).build();

    WebhookResponse missing = post(handler, signed(json.getBytes(UTF_8), now()));
    WebhookResponse typed = post(handler, signed(wrongType.getBytes(UTF_8), now()));
    WebhookResponse notJson = post(handler, TestPlatform.delivery("not json".getBytes(UTF_8),
        paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled()).signature()));

    assertThat(missing.status()).isEqualTo(200);
    assertThat(typed.status()).isEqualTo(200);
    assertThat(unknown).extracting(UnknownNotification::reason)
        .containsExactly(UnknownNotification.Reason.UNMAPPABLE, UnknownNotification.Reason.UNMAPPABLE);
    assertThat(unknown.get(0).detail()).contains("$.trans_id");
    assertThat(unknown.get(1).detail()).contains("$.amount");
    assertThat(unknown.get(1).bodyText()).isEqualTo(wrongType);
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.outcome()).isInstanceOf(WebhookOutcome.Malformed.class);
    assertThat(received).isEmpty();
  }

  @Test
  void anUnknownNotifyTypeIsAcknowledgedAndReportedNotDispatched() {
    List<UnknownNotification> unknown = new ArrayList<>();
    PaykkaWebhookHandler handler = builder().onUnknown(unknown::add).build();
    String json = "{\"merchant_id\":\"" + TestPlatform.MERCHANT + "\",\"timestamp\":" + now()
        + ",\"notify_type\":\"DISPUTE.OPENED\",\"order_id\":\"GW1\"}";

    WebhookResponse response = post(handler, signed(json.getBytes(UTF_8), now()));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo(ACK);
    assertThat(response.outcome()).isEqualTo(new WebhookOutcome.Unknown(unknown.get(0), true));
    assertThat(unknown).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnknownNotification.Reason.UNKNOWN_TYPE);
      assertThat(u.notifyType()).isEqualTo("DISPUTE.OPENED");
      assertThat(u.merchantId()).isEqualTo(TestPlatform.MERCHANT);
      assertThat(u.timestamp()).contains(now());
      assertThat(u.ids()).containsExactly(Map.entry("order_id", "GW1"));
      assertThat(u.bodyText()).isEqualTo(json);
      assertThat(u.toString()).doesNotContain("\"order_id\"");
    });
    assertThat(received).isEmpty();
  }

  @Test
  void aThrowingOnUnknownHookIsNotAnAcknowledgementAndTheRedeliveryReachesItAgain() {
    AtomicInteger calls = new AtomicInteger();
    PaykkaWebhookHandler handler = builder().onUnknown(u -> {
      if (calls.incrementAndGet() == 1) throw new IllegalStateException("boom, card 4242424242424242");
    }).build();
    String json = "{\"merchant_id\":\"" + TestPlatform.MERCHANT + "\",\"timestamp\":" + now()
        + ",\"notify_type\":\"SOMETHING.NEW\"}";
    Delivery d = signed(json.getBytes(UTF_8), now());

    WebhookResponse failed = post(handler, d);
    WebhookResponse redelivered = post(handler, d);

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.outcome()).isInstanceOf(WebhookOutcome.UnknownFailed.class);
    assertThat(failed.outcome().describe()).contains("IllegalStateException").doesNotContain("4242");
    assertThat(redelivered.status()).isEqualTo(200);
    assertThat(calls).hasValue(2);
  }

  @Test
  void aBodyOverTheLimitIs413AndNotRead() {
    PaykkaWebhookHandler handler = builder().maxBodyBytes(100).build();
    byte[] big = new byte[101];
    CountingStream endless = new CountingStream(Long.MAX_VALUE);

    WebhookResponse fromBytes = handler.handle("POST", Map.of(), big);
    WebhookResponse fromStream = handler.handle("POST", Map.of(), endless);
    CountingStream declared = new CountingStream(10_000);
    WebhookResponse fromHeader =
        handler.handle("POST", Map.of("content-length", List.of("10000")), declared);
    // a Content-Length that lies (says small, sends more) is caught while reading
    CountingStream lying = new CountingStream(10_000);
    WebhookResponse fromLie = handler.handle("POST", Map.of("Content-Length", List.of("10")), lying);

    assertThat(fromBytes.status()).isEqualTo(413);
    assertThat(fromBytes.outcome()).isEqualTo(new WebhookOutcome.TooLarge(100));
    assertThat(fromStream.status()).isEqualTo(413);
    assertThat(endless.read.get()).isEqualTo(101);
    assertThat(fromHeader.status()).isEqualTo(413);
    assertThat(declared.read.get()).isZero();
    assertThat(fromLie.status()).isEqualTo(413);
    assertThat(lying.read.get()).isEqualTo(101);
  }

  @Test
  void aBodyExactlyAtTheLimitIsRead() {
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());
    PaykkaWebhookHandler handler = builder().maxBodyBytes(d.body().length).build();

    WebhookResponse response = handler.handle("POST", d.headers(), new ByteArrayInputStream(d.body()));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void aBodyThatCannotBeReadIs400() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };

    WebhookResponse response = handler().handle("POST", Map.of(), broken);

    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void anythingButPostIs405WithAllow() {
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());
    for (String method : List.of("GET", "PUT", "DELETE", "HEAD", "")) {
      WebhookResponse r = handler().handle(method, d.headers(), d.body());
      assertThat(r.status()).isEqualTo(405);
      assertThat(r.headers()).containsEntry("Allow", "POST");
    }
    assertThat(received).isEmpty();
  }

  @Test
  void aListenerThatThrowsGets500AndTheRedeliveryIsProcessed() {
    AtomicInteger calls = new AtomicInteger();
    InMemoryNotificationInbox inbox = InMemoryNotificationInbox.create();
    PaykkaWebhookHandler handler = builder().inbox(inbox).listener(n -> {
      if (calls.incrementAndGet() == 1) throw new IllegalStateException("database down, card 4242424242424242");
      received.add(n);
    }).build();
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());

    WebhookResponse failed = post(handler, d);
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.outcome()).isInstanceOf(WebhookOutcome.ListenerFailed.class);
    assertThat(failed.outcome().describe()).doesNotContain("4242").contains("IllegalStateException");
    assertThat(failed.outcome().toString()).doesNotContain("4242");
    assertThat(inbox.size()).isZero();

    WebhookResponse redelivered = post(handler, d);
    WebhookResponse again = post(handler, d);

    assertThat(redelivered.status()).isEqualTo(200);
    assertThat(redelivered.outcome()).isInstanceOf(WebhookOutcome.Processed.class);
    assertThat(again.outcome()).isInstanceOf(WebhookOutcome.Duplicate.class);
    assertThat(calls).hasValue(2);
    assertThat(received).hasSize(1);
    assertThat(inbox.size()).isEqualTo(1);
  }

  @Test
  void aListenerSayingNotYetGets503LoggedAtInfoAndTheRedeliveryIsProcessed() {
    AtomicInteger calls = new AtomicInteger();
    InMemoryNotificationInbox inbox = InMemoryNotificationInbox.create();
    PaykkaWebhookHandler handler = builder().inbox(inbox).listener(n -> {
      // the notification overtook the answer of the application's own call: nothing is wrong, only early
      if (calls.incrementAndGet() == 1) throw new NotificationListener.NotYet("order not opened yet\ncard 4242424242424242");
      received.add(n);
    }).build();
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());

    WebhookResponse early = post(handler, d);
    assertThat(early.status()).isEqualTo(503);
    assertThat(early.outcome().acknowledged()).isFalse();
    assertThat(early.bodyText()).contains("999999");
    assertThat(early.outcome()).isInstanceOfSatisfying(WebhookOutcome.NotYet.class, o ->
        assertThat(o.reason()).startsWith("order not opened yet?card ").doesNotContain("4242424242424242"));
    assertThat(early.outcome().describe()).contains("order not opened yet").doesNotContain("4242424242424242");
    assertThat(PaykkaWebhookHandler.levelOf(early.outcome())).isEqualTo(Level.INFO);
    assertThat(inbox.size()).isZero();

    WebhookResponse redelivered = post(handler, d);
    assertThat(redelivered.status()).isEqualTo(200);
    assertThat(redelivered.outcome()).isInstanceOf(WebhookOutcome.Processed.class);
    assertThat(received).hasSize(1);
    assertThat(inbox.size()).isEqualTo(1);
  }

  @Test
  void onlyFailuresOfTheApplicationsCodeOrStoreAreLoggedAtError() {
    Notification n = received(paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled()));
    assertThat(PaykkaWebhookHandler.levelOf(new WebhookOutcome.Processed(n))).isEqualTo(Level.DEBUG);
    assertThat(PaykkaWebhookHandler.levelOf(new WebhookOutcome.Duplicate(n))).isEqualTo(Level.DEBUG);
    assertThat(PaykkaWebhookHandler.levelOf(new WebhookOutcome.NotYet(n, "early"))).isEqualTo(Level.INFO);
    assertThat(PaykkaWebhookHandler.levelOf(new WebhookOutcome.InProgress(n))).isEqualTo(Level.WARN);
    assertThat(PaykkaWebhookHandler.levelOf(new WebhookOutcome.Unauthentic("wrong key"))).isEqualTo(Level.WARN);
    assertThat(PaykkaWebhookHandler.levelOf(new WebhookOutcome.ListenerFailed(n, new IllegalStateException())))
        .isEqualTo(Level.ERROR);
    assertThat(PaykkaWebhookHandler.levelOf(new WebhookOutcome.InboxFailed(n, "claim", new IllegalStateException())))
        .isEqualTo(Level.ERROR);
  }

  private Notification received(Delivery d) {
    assertThat(post(handler(), d).status()).isEqualTo(200);
    return received.remove(received.size() - 1);
  }

  @Test
  void aListenerThrowingAnErrorReleasesTheClaimAndPropagates() {
    AtomicInteger calls = new AtomicInteger();
    PaykkaWebhookHandler handler = builder().listener(n -> {
      if (calls.incrementAndGet() == 1) throw new AssertionError("fatal");
    }).build();
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());

    assertThatThrownBy(() -> post(handler, d)).isInstanceOf(AssertionError.class);
    // not stuck IN_PROGRESS: the redelivery is processed
    assertThat(post(handler, d).outcome()).isInstanceOf(WebhookOutcome.Processed.class);
  }

  @Test
  void concurrentDeliveriesOfOneNotificationCallTheListenerOnce() throws Exception {
    int threads = 8;
    CountDownLatch inListener = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    PaykkaWebhookHandler handler = builder().listener(n -> {
      calls.incrementAndGet();
      inListener.countDown();
      if (!mayFinish.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("not released");
    }).build();
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Future<WebhookResponse> first = pool.submit(() -> post(handler, d));
      assertThat(inListener.await(30, TimeUnit.SECONDS)).isTrue();
      List<Future<WebhookResponse>> others = new ArrayList<>();
      for (int i = 1; i < threads; i++) others.add(pool.submit(() -> post(handler, d)));
      for (Future<WebhookResponse> f : others) {
        WebhookResponse r = f.get(30, TimeUnit.SECONDS);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.outcome()).isInstanceOf(WebhookOutcome.InProgress.class);
      }
      mayFinish.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(post(handler, d).outcome()).isInstanceOf(WebhookOutcome.Duplicate.class);
      assertThat(calls).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentDeliveriesRacingFreelyStillCallTheListenerOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    PaykkaWebhookHandler handler = builder().listener(n -> calls.incrementAndGet()).build();
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<WebhookResponse>> all = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        all.add(pool.submit(() -> {
          start.await();
          return post(handler, d);
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<WebhookResponse> f : all) statuses.add(f.get(30, TimeUnit.SECONDS).status());
      assertThat(statuses).allMatch(s -> s == 200 || s == 503).contains(200);
      assertThat(calls).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingInboxIsNeverAnAcknowledgement() {
    AtomicInteger calls = new AtomicInteger();
    NotificationInbox down = new NotificationInbox() {
      @Override
      public java.time.Duration retention() {
        return java.time.Duration.ofDays(1);
      }

      @Override
      public Claim claim(String key) {
        throw new IllegalStateException("db down");
      }

      @Override
      public void complete(Claim.Acquired claim) {}

      @Override
      public void release(Claim.Acquired claim) {}
    };
    List<String> released = Collections.synchronizedList(new ArrayList<>());
    NotificationInbox cannotRecord = new NotificationInbox() {
      @Override
      public java.time.Duration retention() {
        return java.time.Duration.ofDays(1);
      }

      @Override
      public Claim claim(String key) {
        return new Claim.Acquired(key, "test");
      }

      @Override
      public void complete(Claim.Acquired claim) {
        throw new IllegalStateException("db down");
      }

      @Override
      public void release(Claim.Acquired claim) {
        released.add(claim.key());
      }
    };
    NotificationListener counting = n -> calls.incrementAndGet();
    Delivery d = paymentDelivery(NotifyType.PAYMENT_SUCCESS, settled());

    WebhookResponse claimFailed = post(builder().listener(counting).inbox(down).build(), d);
    assertThat(claimFailed.status()).isEqualTo(503);
    assertThat(calls).hasValue(0);

    WebhookResponse completeFailed = post(builder().listener(counting).inbox(cannotRecord).build(), d);
    assertThat(completeFailed.status()).isEqualTo(500);
    assertThat(calls).hasValue(1);
    assertThat(released).hasSize(1);
  }

  @Test
  void whatIsLoggedAndReportedCarriesNoCardDataNorSignature() {
    String pan = "4242424242424242";
    String json = "{\"merchant_id\":\"" + TestPlatform.MERCHANT + "\",\"timestamp\":" + now()
        + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"trans_id\":\"T1\",\"order_id\":\"GW1\",\"status\":\"SUCCESS\","
        + "\"amount\":100,\"currency\":\"USD\",\"error_description\":\"" + pan + "\","
        + "\"card_info\":{\"bin\":\"424242\",\"last4\":\"4242\",\"card_brand\":\"VISA\"}}";
    String broken = json.replace("\"amount\":100", "\"amount\":\"" + pan + "x\"");
    String unknown = json.replace("PAYMENT.SUCCESS", "CARD." + pan);
    AtomicInteger listenerCalls = new AtomicInteger();
    PaykkaWebhookHandler handler = builder().listener(n -> {
      if (listenerCalls.incrementAndGet() == 1) throw new IllegalStateException("card " + pan);
    }).build();
    List<Delivery> deliveries = new ArrayList<>();
    for (String body : List.of(json, json, json, broken, unknown)) deliveries.add(signed(body.getBytes(UTF_8), now()));
    Delivery forged = signed(json.getBytes(UTF_8), now(), FORGER.getPrivate());
    deliveries.add(forged);

    List<WebhookResponse> responses = new ArrayList<>();
    for (Delivery d : deliveries) responses.add(post(handler, d));

    // a signed body that cannot be mapped, and an unknown type, are acknowledged (nothing is lost), never logged whole
    assertThat(responses).extracting(WebhookResponse::status).containsExactly(500, 200, 200, 200, 200, 401);
    // one outcome per delivery, each safe to log
    assertThat(outcomes).hasSize(deliveries.size());
    for (WebhookOutcome o : outcomes) {
      for (String text : List.of(o.describe(), o.toString())) {
        assertThat(text).doesNotContain(pan);
        for (Delivery d : deliveries) {
          assertThat(text).doesNotContain(d.signature()).doesNotContain(URLDecoder.decode(d.signature(), UTF_8));
        }
      }
    }
    for (WebhookResponse r : responses) assertThat(r.toString()).doesNotContain(pan);
  }

  @Test
  void theBuilderNamesWhatIsMissingOrWrong() {
    assertThatThrownBy(() -> PaykkaWebhookHandler.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("platformPublicKey (at least one), listener, merchantId are required");
    assertThatThrownBy(() -> PaykkaWebhookHandler.builder().listener(n -> {}).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("platformPublicKey");
    assertThatThrownBy(() -> PaykkaWebhookHandler.builder().platformPublicKey(KEY.getPublic()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("listener");
    assertThatThrownBy(() -> PaykkaWebhookHandler.builder().platformPublicKey(KEY.getPublic()).listener(n -> {}).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("merchantId");
    assertThatThrownBy(() -> builder().maxBodyBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBodyBytes");
    assertThatThrownBy(() -> builder().maxAge(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAge");
    assertThatThrownBy(() -> builder().maxAhead(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAhead");
    assertThatThrownBy(() -> builder().platformPublicKey(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("platformPublicKey == null");
    // issue 11: a bad value is an IllegalArgumentException naming the setting, a missing one IllegalStateException
    assertThatThrownBy(() -> builder().merchantId(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("merchantId: ");
    assertThatThrownBy(() -> PaykkaWebhookHandler.builder().platformPublicKeys(java.util.List.of(KEY.getPublic()))
        .listener(n -> {}).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("merchantId");
    assertThat(handler().maxBodyBytes()).isEqualTo(PaykkaWebhookHandler.DEFAULT_MAX_BODY_BYTES);
  }

  @Test
  void aSignatureMadeWithTheWireSchemeDirectlyVerifiesToo() {
    // the plain (not URL-encoded) Base64 form, as another integration might send it
    byte[] body = paymentBody(NotifyType.PAYMENT_SUCCESS, settled(), now());
    String signature = java.util.Base64.getEncoder().encodeToString(Signer.rsa(KEY.getPrivate())
        .sign(SignatureScheme.signedBytes(TestPlatform.MERCHANT, now(), body)));

    assertThat(post(handler(), TestPlatform.delivery(body, signature)).status()).isEqualTo(200);
  }

  /** A stream of {@code length} bytes of JSON-ish filler that counts what was read from it. */
  static final class CountingStream extends InputStream {
    final AtomicLong read = new AtomicLong();
    final long length;

    CountingStream(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      if (read.get() >= length) return -1;
      read.incrementAndGet();
      return ' ';
    }
  }
}

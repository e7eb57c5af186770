package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.MERCHANT;
import static io.github.paykka.webhook.TestPlatform.now;
import static io.github.paykka.webhook.TestPlatform.order;
import static io.github.paykka.webhook.TestPlatform.paymentBody;
import static io.github.paykka.webhook.TestPlatform.refundBody;
import static io.github.paykka.webhook.TestPlatform.signed;
import static io.github.paykka.webhook.TestPlatform.signedAs;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.webhook.TestPlatform.Delivery;
import io.github.paykka.webhook.UnknownNotification.Reason;
import io.github.paykka.domain.notification.NotifyType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, the webhook's part: each numbered input (5, 6, 7, 8, 9, 15, 16, 27) as PayKKa may send it, validly
 * signed. Each test failed on the handler as it was before.
 */
class NotificationToleranceTest {
  static final String ACK = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}";

  final List<Notification> received = new CopyOnWriteArrayList<>();
  final List<UnknownNotification> unknown = new CopyOnWriteArrayList<>();

  PaykkaWebhookHandler.Builder builder() {
    return PaykkaWebhookHandler.builder()
        .platformPublicKey(TestPlatform.KEY.getPublic())
        .merchantId(MerchantId.of(MERCHANT))
        .listener(received::add)
        .onUnknown(unknown::add)
        .clock(TestPlatform.CLOCK);
  }

  static WebhookResponse post(PaykkaWebhookHandler handler, Delivery d) {
    return handler.handle("POST", d.headers(), d.body());
  }

  static PaymentOrder settled(int n) {
    return order(n, 1999, CaptureMethod.AUTOMATIC).approve().get().order();
  }

  /** {@code body} with its {@code "timestamp":<digits>} member replaced by {@code member} (empty: removed). */
  static byte[] retimed(byte[] body, String member) {
    String text = new String(body, UTF_8);
    String replaced = member.isEmpty()
        ? text.replaceFirst("\"timestamp\":-?\\d+,", "")
        : text.replaceFirst("\"timestamp\":-?\\d+", member);
    assertThat(replaced).isNotEqualTo(text);
    return replaced.getBytes(UTF_8);
  }

  static byte[] withStatus(byte[] body, String status) {
    String text = new String(body, UTF_8);
    String replaced = text.replaceFirst("\"status\":\"[A-Z_]+\"", "\"status\":\"" + status + "\"");
    assertThat(replaced).isNotEqualTo(text);
    return replaced.getBytes(UTF_8);
  }

  // ---- item 5: decode by notify_type first, shape second ----

  @Test
  void item5_aNewNotifyTypeOfAnyShapeIsAcknowledgedAndHandedOverWithItsRawBytes() {
    String json = "{\"timestamp\":" + now() + ",\"notify_type\":\"DISPUTE.CREATED\",\"merchant_id\":\"" + MERCHANT
        + "\",\"dispute_id\":\"DP1\",\"amount\":{\"value\":1999,\"currency\":\"USD\"},\"payment\":\"GW1\"}";
    byte[] body = json.getBytes(UTF_8);

    WebhookResponse response = post(builder().build(), signed(body, now()));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo(ACK);
    assertThat(unknown).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(Reason.UNKNOWN_TYPE);
      assertThat(u.notifyType()).isEqualTo("DISPUTE.CREATED");
      assertThat(u.body()).isEqualTo(body);
      assertThat(u.ids()).containsExactly(Map.entry("dispute_id", "DP1"));
      assertThat(u.timestamp()).contains(now());
      assertThat(u.deduplicationKey()).startsWith("unknown:" + MERCHANT + ":")
          .hasSizeLessThanOrEqualTo(Notification.MAX_DEDUPLICATION_KEY_LENGTH);
    });
    assertThat(received).isEmpty();
  }

  @Test
  void item5_overRealHttpTheJdkBindingAcknowledgesAnUnknownTypeAndAnUnknownStatus() {
    String dispute = "{\"timestamp\":" + now() + ",\"notify_type\":\"DISPUTE.CREATED\",\"merchant_id\":\"" + MERCHANT
        + "\",\"dispute_id\":\"DP1\",\"amount\":{\"value\":1999,\"currency\":\"USD\"},\"payment\":\"GW1\"}";
    byte[] pending = withStatus(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(17), now()), "PENDING_REVIEW");
    try (LoopbackServer server = new LoopbackServer(builder().build())) {
      assertThat(server.post(signed(dispute.getBytes(UTF_8), now())).body()).isEqualTo(ACK);
      assertThat(server.post(signed(pending, now())).body()).isEqualTo(ACK);
    }
    assertThat(unknown).extracting(UnknownNotification::reason)
        .containsExactly(Reason.UNKNOWN_TYPE, Reason.UNKNOWN_STATUS);
  }

  @Test
  void item5_aRedeliverySignedAnewHasTheSameKeyAndOtherContentAnother() {
    String json = "{\"timestamp\":%d,\"notify_type\":\"DISPUTE.CREATED\",\"merchant_id\":\"" + MERCHANT
        + "\",\"dispute_id\":\"%s\"}";
    PaykkaWebhookHandler handler = builder().build();

    post(handler, signed(String.format(json, now(), "DP1").getBytes(UTF_8), now()));
    post(handler, signed(String.format(json, now() + 5000, "DP1").getBytes(UTF_8), now() + 5000));
    post(handler, signed(String.format(json, now(), "DP2").getBytes(UTF_8), now()));

    assertThat(unknown).hasSize(3);
    assertThat(unknown.get(0).deduplicationKey()).isEqualTo(unknown.get(1).deduplicationKey())
        .isNotEqualTo(unknown.get(2).deduplicationKey());
  }

  // ---- item 6 and the rule: an unknown status is acknowledged and reaches the application ----

  @Test
  void item6_anUnknownPaymentOrRefundStatusReachesOnUnknownWithTheIdsAndIsAcknowledged() {
    PaymentOrder order = settled(1);
    byte[] payment = withStatus(paymentBody(NotifyType.PAYMENT_SUCCESS, order, now()), "PENDING_REVIEW");
    byte[] refund = withStatus(refundBody(NotifyType.REFUND_SUCCESS, "R0001", order, 700, now()), "CLOSED");
    PaykkaWebhookHandler handler = builder().build();

    WebhookResponse p = post(handler, signed(payment, now()));
    WebhookResponse r = post(handler, signed(refund, now()));

    assertThat(p.status()).isEqualTo(200);
    assertThat(r.status()).isEqualTo(200);
    assertThat(p.outcome()).isInstanceOf(WebhookOutcome.Unknown.class);
    assertThat(unknown).hasSize(2);
    assertThat(unknown.get(0).reason()).isEqualTo(Reason.UNKNOWN_STATUS);
    assertThat(unknown.get(0).status()).contains("PENDING_REVIEW");
    assertThat(unknown.get(0).notifyType()).isEqualTo("PAYMENT.SUCCESS");
    assertThat(unknown.get(0).ids()).containsEntry("trans_id", order.transId().value())
        .containsEntry("order_id", order.orderId().value());
    assertThat(unknown.get(0).body()).isEqualTo(payment);
    assertThat(unknown.get(1).reason()).isEqualTo(Reason.UNKNOWN_STATUS);
    assertThat(unknown.get(1).status()).contains("CLOSED");
    assertThat(unknown.get(1).ids()).containsEntry("trans_id", "R0001")
        .containsEntry("refund_order_id", "RGR0001");
    assertThat(received).isEmpty();
  }

  @Test
  void item6_withoutAHookAnUnknownStatusIsAcknowledgedAndLoggedWithSafeFieldsOnly() {
    String cryptogram = "ALbOGff2RLbTADtP3BuIAoABFA==";
    String json = "{\"timestamp\":" + now() + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"merchant_id\":\"" + MERCHANT
        + "\",\"trans_id\":\"T1\",\"order_id\":\"GW1\",\"status\":\"PENDING_REVIEW\",\"amount\":100,"
        + "\"currency\":\"USD\",\"authentication_result\":{\"cryptogram\":\"" + cryptogram + "\",\"eci\":\"05\"},"
        + "\"card_info\":{\"bin\":\"424242\",\"last4\":\"4242\"},\"error_description\":\"4242424242424242\"}";
    List<WebhookOutcome> outcomes = new CopyOnWriteArrayList<>();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder().platformPublicKey(TestPlatform.KEY.getPublic())
        .merchantId(MerchantId.of(MERCHANT)).listener(received::add).clock(TestPlatform.CLOCK)
        .onOutcome(outcomes::add).build();

    WebhookResponse response = post(handler, signed(json.getBytes(UTF_8), now()));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.outcome()).isInstanceOfSatisfying(WebhookOutcome.Unknown.class, u -> {
      assertThat(u.handedOver()).isFalse();
      assertThat(u.describe()).contains("no onUnknown hook", "UNKNOWN_STATUS", "PENDING_REVIEW", "order_id=GW1")
          .doesNotContain(cryptogram).doesNotContain("4242424242424242").doesNotContain("424242");
      assertThat(u.toString()).doesNotContain(cryptogram);
      assertThat(u.notification().toString()).doesNotContain(cryptogram);
    });
    assertThat(outcomes).containsExactly(response.outcome());
    assertThat(received).isEmpty();
  }

  // ---- item 27: the merchant is required; the type and the status are cross-checked ----

  @Test
  void item27_aNotificationSignedForAnotherMerchantIsRefused() {
    String json = "{\"timestamp\":" + now() + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"merchant_id\":\"M99\","
        + "\"trans_id\":\"T1\",\"order_id\":\"GW1\",\"status\":\"SUCCESS\",\"amount\":100,\"currency\":\"USD\"}";

    WebhookResponse response = post(builder().build(), signedAs(json.getBytes(UTF_8), "M99", Long.toString(now())));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.outcome()).isEqualTo(new WebhookOutcome.Unauthentic("signed for another merchant"));
    assertThat(received).isEmpty();
    assertThat(unknown).isEmpty();
  }

  @Test
  void item27_aStatusContradictingItsTypeIsNotAppliedButSurfaced() {
    PaymentOrder declined = order(2, 1999, CaptureMethod.AUTOMATIC).decline().get().order();
    // a PAYMENT.SUCCESS whose body says FAILURE, and a REFUND.FAILURE saying SUCCESS
    byte[] success = paymentBody(NotifyType.PAYMENT_SUCCESS, declined, now());
    byte[] refund = withStatus(refundBody(NotifyType.REFUND_FAILURE, "R0002", settled(3), 100, now()), "SUCCESS");
    PaykkaWebhookHandler handler = builder().build();

    WebhookResponse a = post(handler, signed(success, now()));
    WebhookResponse b = post(handler, signed(refund, now()));

    assertThat(a.status()).isEqualTo(200);
    assertThat(b.status()).isEqualTo(200);
    assertThat(unknown).extracting(UnknownNotification::reason)
        .containsExactly(Reason.STATUS_CONTRADICTS_TYPE, Reason.STATUS_CONTRADICTS_TYPE);
    assertThat(unknown.get(0).status()).contains("FAILURE");
    assertThat(received).isEmpty();
  }

  // ---- item 7: content that differs is another notification ----

  @Test
  void item7_twoSuccessNotificationsOfOneOrderWithDifferentCapturesAreBothProcessed() {
    PaymentOrder authorised = order(4, 1999, CaptureMethod.MANUAL).approve().get().order();
    PaymentOrder partly = authorised.capture(Money.of(500, Currency.USD), false).get().order();
    PaymentOrder fully = partly.capture(Money.of(1499, Currency.USD), true).get().order();
    long first = now() - 60_000;
    Delivery d500 = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, partly, first), first);
    Delivery d1999 = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, fully, now()), now());
    // the second one again, re-signed 30 s later: the same notification
    Delivery again = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, fully, now() + 30_000), now() + 30_000);
    PaykkaWebhookHandler handler = builder().build();

    List<WebhookOutcome> outcomes = List.of(post(handler, d500).outcome(), post(handler, d1999).outcome(),
        post(handler, again).outcome());

    assertThat(outcomes).extracting(o -> o.getClass().getSimpleName())
        .containsExactly("Processed", "Processed", "Duplicate");
    assertThat(received).extracting(n -> ((PaymentNotification) n).balances().get().captured().minorUnits())
        .containsExactly(500L, 1999L);
    assertThat(authorised.reconcile(((PaymentNotification) received.get(0)).observation()).get().order()
        .reconcile(((PaymentNotification) received.get(1)).observation()).get().order().status())
        .isEqualTo(OrderStatus.SUCCESS);
  }

  // ---- item 8: seconds, and no timestamp at all ----

  @Test
  void item8_aTenDigitTimestampIsSecondsAndIsSignedAsWritten() {
    long seconds = now() / 1000;
    byte[] asNumber = retimed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(5), 0), "\"timestamp\":" + seconds);
    byte[] asString =
        retimed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(6), 0), "\"timestamp\":\"" + seconds + "\"");
    long dayAgo = seconds - 25 * 3600;
    byte[] tooOld = retimed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(7), 0), "\"timestamp\":" + dayAgo);
    PaykkaWebhookHandler handler = builder().build();

    WebhookResponse number = post(handler, signedAs(asNumber, MERCHANT, Long.toString(seconds)));
    WebhookResponse string = post(handler, signedAs(asString, MERCHANT, Long.toString(seconds)));
    WebhookResponse old = post(handler, signedAs(tooOld, MERCHANT, Long.toString(dayAgo)));

    assertThat(number.status()).as(number.outcome().describe()).isEqualTo(200);
    assertThat(string.status()).as(string.outcome().describe()).isEqualTo(200);
    // judged as seconds: 25 hours is older than the default inbox remembers
    assertThat(old.status()).isEqualTo(401);
    assertThat(received).hasSize(2).allSatisfy(n -> assertThat(n.timestamp()).isEqualTo(seconds * 1000));
  }

  @Test
  void item8_aNotificationWithoutTimestampIsProcessedOnceWithItsTimeOfReceipt() {
    byte[] body = retimed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(8), 0), "");
    Delivery d = signedAs(body, MERCHANT, "");
    PaykkaWebhookHandler handler = builder().build();

    WebhookResponse first = post(handler, d);
    WebhookResponse again = post(handler, d);

    assertThat(first.status()).as(first.outcome().describe()).isEqualTo(200);
    assertThat(first.outcome()).isInstanceOf(WebhookOutcome.Processed.class);
    assertThat(again.outcome()).isInstanceOf(WebhookOutcome.Duplicate.class);
    assertThat(received).singleElement().satisfies(n -> assertThat(n.timestamp()).isEqualTo(now()));
  }

  // ---- item 9: late redeliveries, tied to what the inbox remembers ----

  @Test
  void item9_aLateRedeliveryOfTheOriginalBytesIsAcceptedWhileTheInboxRemembers() {
    long twoHoursAgo = now() - Duration.ofHours(2).toMillis();
    long dayAndHourAgo = now() - Duration.ofHours(25).toMillis();
    long tenMinutesAhead = now() + Duration.ofMinutes(10).toMillis();
    PaykkaWebhookHandler handler = builder().build();

    WebhookResponse late = post(handler,
        signed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(9), twoHoursAgo), twoHoursAgo));
    WebhookResponse forgotten = post(handler,
        signed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(10), dayAndHourAgo), dayAndHourAgo));
    WebhookResponse future = post(handler,
        signed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(11), tenMinutesAhead), tenMinutesAhead));

    assertThat(handler.maxAge()).isEqualTo(InMemoryNotificationInbox.DEFAULT_RETENTION);
    assertThat(late.status()).isEqualTo(200);
    assertThat(forgotten.status()).isEqualTo(401);
    assertThat(forgotten.bodyText()).contains("206004");
    assertThat(future.status()).isEqualTo(401);
    assertThat(received).hasSize(1);
  }

  @Test
  void item9_theWindowNeverOutlastsTheInbox() {
    InMemoryNotificationInbox hour = InMemoryNotificationInbox.of(100, Duration.ofHours(1), TestPlatform.CLOCK);
    PaykkaWebhookHandler handler = builder().inbox(hour).maxAge(ChronoUnit.FOREVER.getDuration()).build();
    long twoHoursAgo = now() - Duration.ofHours(2).toMillis();

    WebhookResponse r = post(handler,
        signed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(12), twoHoursAgo), twoHoursAgo));

    assertThat(handler.maxAge()).isEqualTo(Duration.ofHours(1));
    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void item9_hugeWindowsBuildAndAcceptWithoutOverflow() {
    long thirtyYearsAgo = now() - Duration.ofDays(30 * 365).toMillis();
    for (Duration huge : List.of(Duration.ofMillis(Long.MAX_VALUE), ChronoUnit.FOREVER.getDuration())) {
      received.clear();
      InMemoryNotificationInbox forever = InMemoryNotificationInbox.of(100, huge, TestPlatform.CLOCK);
      assertThatCode(() -> builder().inbox(forever).maxAge(huge).maxAhead(huge).build()).doesNotThrowAnyException();
      PaykkaWebhookHandler handler = builder().inbox(forever).maxAge(huge).maxAhead(huge).build();

      WebhookResponse now = post(handler, signed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(13), now()), now()));
      WebhookResponse old = post(handler,
          signed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(14), thirtyYearsAgo), thirtyYearsAgo));

      assertThat(now.status()).as("%s", huge).isEqualTo(200);
      assertThat(old.status()).as("%s", huge).isEqualTo(200);
      assertThat(received).hasSize(2);
    }
  }

  // ---- item 15: malformed UTF-8 ----

  @Test
  void item15_anOverlongEncodingInASignedNotificationIsRefused() {
    PaymentOrder order = settled(15);
    String text = new String(paymentBody(NotifyType.PAYMENT_SUCCESS, order, now()), UTF_8);
    String[] parts = text.split(order.transId().value(), 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(parts[0].getBytes(UTF_8));
    out.writeBytes(new byte[] {0x54, (byte) 0xC0, (byte) 0xAF}); // "T" and an overlong "/": would read "T/"
    out.writeBytes(parts[1].getBytes(UTF_8));
    byte[] body = out.toByteArray();

    WebhookResponse response = post(builder().build(), signed(body, now()));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.outcome()).isEqualTo(new WebhookOutcome.Malformed(
        "body unreadable for verification: malformed UTF-8"));
    assertThat(received).isEmpty();
    assertThat(unknown).isEmpty();
  }

  // ---- item 16: any Content-Length ----

  @Test
  void item16_anyContentLengthIsJudgedWithoutThrowing() {
    Delivery d = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled(16), now()), now());
    PaykkaWebhookHandler handler = builder().build();
    for (String absurd : List.of("9223372036854775808", "99999999999999999999999999999", "9223372036854775807",
        "10000000000")) {
      WebhookResponse r = handler.handle("POST", d.withHeader("Content-Length", absurd).headers(),
          new ByteArrayInputStream(d.body()));
      assertThat(r.status()).as(absurd).isEqualTo(413);
    }
    // not a number, or a small one written oddly: judged while reading, and the body is read
    for (String odd : List.of("-1", "abc", "", " ", "1e3", "+12", "0000000000000000000000000000000000000012",
        "١٢")) {
      WebhookResponse r = handler.handle("POST", d.withHeader("Content-Length", odd).headers(),
          new ByteArrayInputStream(d.body()));
      assertThat(r.status()).as(odd).isEqualTo(200);
    }
    assertThat(received).hasSize(1);
  }
}

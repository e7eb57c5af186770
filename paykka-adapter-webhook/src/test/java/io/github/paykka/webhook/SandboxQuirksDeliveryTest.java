package io.github.paykka.webhook;

import static io.github.paykka.webhook.SandboxDeliveryTest.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.junit.PaykkaSandboxTest;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.Quirk;
import io.github.paykka.testkit.sandbox.Quirks;
import io.github.paykka.wire.WireCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, section 4: every notification the sandbox delivers, under each quirk and under all of them together, is
 * verified, acknowledged with 200 at its first attempt, and reaches the listener; under {@link Quirk#UNKNOWN_STATUS}
 * (a value the domain cannot take) each one reaches {@code onUnknown} with its raw verified bytes instead.
 */
@PaykkaSandboxTest
class SandboxQuirksDeliveryTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final AtomicInteger SEQ = new AtomicInteger();
  static final WireCodec CODEC = WireCodec.create();

  final PaykkaSandbox sandbox;
  final SandboxDeliveryTest.Merchant merchant;
  final MerchantId merchantId;

  SandboxQuirksDeliveryTest(PaykkaSandbox sandbox, SandboxKeys keys) {
    this.sandbox = sandbox;
    this.merchant = new SandboxDeliveryTest.Merchant(sandbox.baseUrl(), keys.merchantId(), keys.merchant().signer());
    this.merchantId = MerchantId.of(keys.merchantId());
  }

  static Stream<Quirks> quirkSets() {
    List<Quirks> sets = new ArrayList<>();
    sets.add(Quirks.none());
    for (Quirk q : Quirk.values()) sets.add(Quirks.of(q));
    sets.add(Quirks.all().without(Quirk.UNKNOWN_STATUS));
    sets.add(Quirks.all());
    return sets.stream();
  }

  record Expected(String type, String orderId) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("quirkSets")
  void everyNotificationIsVerifiedAcknowledgedAndHandedOver(Quirks quirks) throws Exception {
    sandbox.quirks(quirks);
    List<Notification> heard = new CopyOnWriteArrayList<>();
    List<UnknownNotification> unknown = new CopyOnWriteArrayList<>();
    List<WebhookOutcome> outcomes = new CopyOnWriteArrayList<>();
    long from = System.currentTimeMillis();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(sandbox.platformPublicKey())
        .merchantId(merchantId)
        .listener(heard::add)
        .onUnknown(unknown::add)
        .onOutcome(outcomes::add)
        .build();
    try (LoopbackServer webhook = new LoopbackServer(handler)) {
      String hook = webhook.notifyUrl.toString();
      String automatic = pay(hook, TestCard.VISA_SUCCESS, "AUTOMATIC", 1250);
      String manual = pay(hook, TestCard.MASTERCARD_SUCCESS, "MANUAL", 800);
      String declined = pay(hook, TestCard.DECLINED, "AUTOMATIC", 300);
      String refundFails = pay(hook, TestCard.REFUND_FAILS, "AUTOMATIC", 500);
      post("payments/void", "order_id", q(manual), "reason", q("OTHER"));
      String refundId = refund(hook, automatic, 300);
      String failedRefundId = refund(hook, refundFails, 100);
      List<Expected> expected = List.of(new Expected("PAYMENT.SUCCESS", automatic),
          new Expected("PAYMENT.AUTHORIZATION", manual), new Expected("PAYMENT.CANCELED", manual),
          new Expected("PAYMENT.FAILURE", declined), new Expected("PAYMENT.SUCCESS", refundFails),
          new Expected("REFUND.SUCCESS", automatic), new Expected("REFUND.FAILURE", refundFails));

      List<NotificationAttempt> attempts = new ArrayList<>();
      for (Expected e : expected) {
        attempts.addAll(sandbox.awaitAttempts(a -> a.url().toString().equals(hook)
            && a.orderId().value().equals(e.orderId()) && a.notifyType().equals(e.type()) && a.acknowledged(), 1, WAIT));
      }

      // verified and acknowledged at once: no attempt to this webhook was refused
      List<NotificationAttempt> all = sandbox.notifications().stream()
          .filter(a -> a.url().toString().equals(hook)).toList();
      assertThat(all).allSatisfy(a -> assertThat(a.status()).as("%s", a).isEqualTo(200));
      assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfAny(WebhookOutcome.Processed.class,
          WebhookOutcome.Unknown.class));
      if (quirks.has(Quirk.UNKNOWN_STATUS)) {
        assertThat(heard).isEmpty();
        assertThat(unknown).hasSameSizeAs(all);
        for (NotificationAttempt a : attempts) {
          UnknownNotification u = unknown.stream().filter(x -> java.util.Arrays.equals(x.body(), a.body()))
              .findFirst().orElseThrow(() -> new AssertionError("not handed over: " + a));
          assertThat(u.reason()).isEqualTo(UnknownNotification.Reason.UNKNOWN_STATUS);
          assertThat(u.notifyType()).isEqualTo(a.notifyType());
          assertThat(u.status()).contains(a.notifyType().startsWith("REFUND.") ? "CLOSED" : "PENDING_REVIEW");
        }
        return;
      }
      assertThat(unknown).isEmpty();
      Set<Expected> reached = heard.stream().map(n -> n instanceof PaymentNotification p
              ? new Expected(p.type().wireName(), p.orderId().value())
              : new Expected(n.type().wireName(), ((RefundNotification) n).originalOrderId().value()))
          .collect(Collectors.toSet());
      assertThat(reached).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(heard).hasSameSizeAs(all);

      Map<String, OrderStatus> statusOf = Map.of("PAYMENT.SUCCESS", OrderStatus.SUCCESS,
          "PAYMENT.AUTHORIZATION", OrderStatus.AUTHORIZED, "PAYMENT.CANCELED", OrderStatus.CANCELED,
          "PAYMENT.FAILURE", OrderStatus.FAILURE);
      for (Notification n : heard) {
        NotificationAttempt a = attempts.stream().filter(x -> CODEC.tree(x.body()).get().path("notify_type").asText()
            .equals(n.type().wireName()) && x.bodyText().contains(idOf(n))).findFirst().orElseThrow();
        JsonNode body = CODEC.tree(a.body()).get();
        if (quirks.has(Quirk.NO_TIMESTAMP)) {
          assertThat(body.has("timestamp")).isFalse();
          assertThat(n.timestamp()).isBetween(from, System.currentTimeMillis());
        } else if (quirks.has(Quirk.SECONDS_TIMESTAMPS)) {
          assertThat(body.get("timestamp").asText()).hasSize(10);
          assertThat(n.timestamp()).isEqualTo(body.get("timestamp").asLong() * 1000);
        } else {
          assertThat(n.timestamp()).isEqualTo(body.get("timestamp").asLong());
        }
        if (n instanceof PaymentNotification p) {
          assertThat(p.status()).isEqualTo(statusOf.get(p.type().wireName()));
          assertThat(p.card().map(c -> c.brand())).contains(quirks.has(Quirk.UNKNOWN_VALUES) ? "RUPAY"
              : p.orderId().value().equals(manual) ? "MASTERCARD" : "VISA");
          assertThat(p.paymentMethod()).contains(quirks.has(Quirk.UNKNOWN_VALUES)
              ? ReportedPaymentMethod.unknown("PayPal") : ReportedPaymentMethod.of(PaymentMethod.BANKCARD));
        } else {
          RefundNotification r = (RefundNotification) n;
          boolean success = r.type().wireName().equals("REFUND.SUCCESS");
          assertThat(r.status()).isEqualTo(success ? RefundStatus.SUCCESS : RefundStatus.FAILURE);
          assertThat(r.refundTransId().value()).isEqualTo(success ? refundId : failedRefundId);
          assertThat(r.amount()).isEqualTo(Money.of(success ? 300 : 100, Currency.EUR));
          assertThat(body.has("ori_order_id")).isEqualTo(!quirks.has(Quirk.PUBLISHED_REFUND_SCHEMA));
        }
      }
    }
  }

  private static String idOf(Notification n) {
    return n instanceof PaymentNotification p ? p.orderId().value()
        : ((RefundNotification) n).refundTransId().value();
  }

  /**
   * The merchant's request. Under {@link Quirk#CLOSED_CONNECTIONS} the client may send it on a connection the sandbox
   * closed after its last answer; the sandbox reads nothing more from such a connection, so sending again is safe.
   */
  JsonNode post(String path, String... kv) {
    try {
      return merchant.post(path, kv);
    } catch (java.io.UncheckedIOException closed) {
      if (!sandbox.quirks().has(Quirk.CLOSED_CONNECTIONS)) throw closed;
      return merchant.post(path, kv);
    }
  }

  String pay(String hook, TestCard card, String captureMethod, long amount) {
    String transId = "W" + System.nanoTime() % 1_000_000_000L + "x" + SEQ.incrementAndGet();
    JsonNode answer = post("payments", "trans_id", q(transId), "payment_type", q("PURCHASE"),
        "capture_method", q(captureMethod), "currency", q("EUR"), "amount", Long.toString(amount),
        "notify_url", q(hook), "return_url", q("https://shop.example/return"),
        "payment", "{\"payment_method\":\"BANKCARD\",\"card_no\":\"" + card.number()
            + "\",\"exp_year\":\"2030\",\"exp_month\":\"03\",\"cvv\":\"123\"}",
        "browser", "{\"user_agent\":\"JUnit\"}",
        "goods", "[{\"name\":\"Tea\",\"link\":\"https://shop.example/tea\",\"price\":" + amount + ",\"quantity\":1}]",
        "customer", "{\"order_ip\":\"127.0.0.1\"}");
    assertThat(answer.path("ret_code").asText()).as(answer.toString()).isEqualTo("000000");
    return answer.path("data").path("order_id").asText();
  }

  String refund(String hook, String orderId, long amount) {
    String refundTransId = "R" + System.nanoTime() % 1_000_000_000L + "x" + SEQ.incrementAndGet();
    JsonNode answer = post("payments/refund", "refund_trans_id", q(refundTransId), "ori_order_id",
        q(orderId), "refund_amount", Long.toString(amount), "currency", q("EUR"), "reason", q("OTHER"),
        "notify_url", q(hook));
    assertThat(answer.path("data").path("refund_trans_id").asText()).as(answer.toString()).isEqualTo(refundTransId);
    return refundTransId;
  }
}

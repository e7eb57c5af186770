package io.github.paykka.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.junit.PaykkaSandboxTest;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK binding receiving what the testkit's sandbox (a real local PayKKa) sends over loopback HTTP: signed
 * notifications of real order changes, redelivered until acknowledged.
 */
@PaykkaSandboxTest
class SandboxDeliveryTest {
  static final AtomicInteger SEQ = new AtomicInteger();
  static final Duration WAIT = Duration.ofSeconds(20);

  final PaykkaSandbox sandbox;
  final SandboxKeys keys;
  final Merchant merchant;
  final BlockingQueue<Notification> received = new LinkedBlockingQueue<>();
  final Map<OrderId, PaymentOrder> books = new ConcurrentHashMap<>();
  final AtomicInteger failuresLeft = new AtomicInteger();
  final LoopbackServer webhook;

  SandboxDeliveryTest(PaykkaSandbox sandbox, SandboxKeys keys) {
    this.sandbox = sandbox;
    this.keys = keys;
    this.merchant = new Merchant(sandbox.baseUrl(), keys.merchantId(), keys.merchant().signer());
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(sandbox.platformPublicKey())
        .merchantId(MerchantId.of(keys.merchantId()))
        .listener(n -> {
          if (failuresLeft.getAndUpdate(x -> Math.max(0, x - 1)) > 0) throw new IllegalStateException("not yet");
          if (n instanceof PaymentNotification p) {
            // the README's way: reconcile with the order the application opened; unknown yet -> redelivered
            books.compute(p.orderId(), (id, order) -> {
              if (order == null) throw new IllegalStateException("order not opened yet");
              return order.reconcile(p.observation()).getOrElseThrow(r -> new IllegalStateException(r.toString()))
                  .order();
            });
          }
          received.add(n);
        })
        .build();
    this.webhook = new LoopbackServer(handler);
  }

  @AfterEach
  void stop() {
    webhook.close();
  }

  @Test
  void paymentSuccess() throws Exception {
    String orderId = pay(TestCard.VISA_SUCCESS, "AUTOMATIC", 1250);

    Notification n = awaitNotification("PAYMENT.SUCCESS", orderId);

    assertThat(n).isInstanceOfSatisfying(PaymentNotification.class, p -> {
      assertThat(p.status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(p.amount()).isEqualTo(Money.of(1250, Currency.EUR));
    });
    assertThat(books.get(OrderId.of(orderId))).isEqualTo(sandboxOrder(orderId));
  }

  @Test
  void paymentAuthorization() throws Exception {
    String orderId = pay(TestCard.VISA_SUCCESS, "MANUAL", 800);

    Notification n = awaitNotification("PAYMENT.AUTHORIZATION", orderId);

    assertThat(((PaymentNotification) n).status()).isEqualTo(OrderStatus.AUTHORIZED);
    assertThat(books.get(OrderId.of(orderId))).isEqualTo(sandboxOrder(orderId));
  }

  @Test
  void paymentFailure() throws Exception {
    String orderId = pay(TestCard.DECLINED, "AUTOMATIC", 300);

    Notification n = awaitNotification("PAYMENT.FAILURE", orderId);

    assertThat(n).isInstanceOfSatisfying(PaymentNotification.class, p -> {
      assertThat(p.status()).isEqualTo(OrderStatus.FAILURE);
      assertThat(p.errorCode()).contains(TestCard.DECLINED_CODE);
    });
    assertThat(books.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.FAILURE);
  }

  @Test
  void paymentCanceledByAVoidAfterAuthorisationInWhateverOrderTheyArrive() throws Exception {
    String orderId = pay(TestCard.MASTERCARD_SUCCESS, "MANUAL", 500);
    merchant.post("payments/void", "order_id", q(orderId), "reason", q("OTHER"));

    Notification n = awaitNotification("PAYMENT.CANCELED", orderId);
    awaitNotification("PAYMENT.AUTHORIZATION", orderId);

    assertThat(((PaymentNotification) n).status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(books.get(OrderId.of(orderId))).isEqualTo(sandboxOrder(orderId));
  }

  @Test
  void refundSuccess() throws Exception {
    String orderId = pay(TestCard.VISA_SUCCESS, "AUTOMATIC", 1000);
    String refundTransId = "R" + System.nanoTime() % 1_000_000_000L + "x" + SEQ.incrementAndGet();
    JsonNode refund = merchant.post("payments/refund", "refund_trans_id", q(refundTransId), "ori_order_id",
        q(orderId), "refund_amount", "300", "currency", q("EUR"), "reason", q("REQUESTED_BY_CUSTOMER"),
        "notify_url", q(webhook.notifyUrl.toString()));
    assertThat(refund.path("data").path("status").asText()).isEqualTo("SUCCESS");

    Notification n = awaitNotification("REFUND.SUCCESS", orderId);

    assertThat(n).isInstanceOfSatisfying(RefundNotification.class, r -> {
      assertThat(r.refundTransId().value()).isEqualTo(refundTransId);
      assertThat(r.originalOrderId().value()).isEqualTo(orderId);
      assertThat(r.amount()).isEqualTo(Money.of(300, Currency.EUR));
      assertThat(r.status()).isEqualTo(io.github.paykka.domain.refund.RefundStatus.SUCCESS);
    });
  }

  @Test
  void refundFailureSignedWithTheSandboxPlatformKey() throws Exception {
    // the simulated PayKKa never fails a refund; the testkit's signer makes the notification it would send
    String orderId = pay(TestCard.VISA_SUCCESS, "AUTOMATIC", 1000);
    awaitNotification("PAYMENT.SUCCESS", orderId);
    received.clear();
    WebhookTestSigner signer = WebhookTestSigner.withPlatformKey(keys.platform().privateKey());
    var signed = signer.sign(new RefundNotifyReqDto(System.currentTimeMillis(), NotifyType.REFUND_FAILURE.wireName(),
        keys.merchantId(), "RF1", orderId, orderId, "RG0001", "FAILURE", 100L, "EUR", "1006",
        "refund not allowed"));
    TestPlatform.Delivery delivery = new TestPlatform.Delivery(signed.body(),
        Map.of(PaykkaHeaders.SIGNATURE, List.of(signed.signature()), PaykkaHeaders.TYPE,
            List.of(PaykkaHeaders.TYPE_RSA256), PaykkaHeaders.CONTENT_TYPE, List.of(PaykkaHeaders.APPLICATION_JSON)));

    assertThat(webhook.post(delivery).statusCode()).isEqualTo(200);
    assertThat(webhook.post(delivery).statusCode()).isEqualTo(200);

    Notification n = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(n).isInstanceOfSatisfying(RefundNotification.class, r -> {
      assertThat(r.status()).isEqualTo(io.github.paykka.domain.refund.RefundStatus.FAILURE);
      assertThat(r.errorCode()).contains("1006");
    });
    assertThat(received.poll(0, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aListenerFailureIsRedeliveredBySandboxUntilAcknowledgedAndProcessedOnce() throws Exception {
    failuresLeft.set(2);
    String orderId = pay(TestCard.VISA_SUCCESS, "AUTOMATIC", 777);

    List<NotificationAttempt> attempts = sandbox.awaitAttempts(
        a -> a.orderId().equals(OrderId.of(orderId)) && a.acknowledged(), 1, WAIT);
    List<NotificationAttempt> all =
        sandbox.notifications().stream().filter(a -> a.orderId().equals(OrderId.of(orderId))).toList();

    assertThat(attempts).hasSize(1);
    assertThat(all).extracting(NotificationAttempt::status).containsExactly(500, 500, 200);
    assertThat(received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isNotNull();
    assertThat(received).isEmpty();
    assertThat(books.get(OrderId.of(orderId))).isEqualTo(sandboxOrder(orderId));
  }

  /** Initiates a payment whose notifications go to the webhook; the application opens its order first. */
  String pay(TestCard card, String captureMethod, long amount) {
    String transId = "T" + System.nanoTime() % 1_000_000_000L + "x" + SEQ.incrementAndGet();
    // a notification may overtake the answer; the listener then refuses it and the sandbox redelivers it
    JsonNode answer = merchant.post("payments", "trans_id", q(transId), "payment_type", q("PURCHASE"),
        "capture_method", q(captureMethod), "currency", q("EUR"), "amount", Long.toString(amount),
        "notify_url", q(webhook.notifyUrl.toString()), "return_url", q("https://shop.example/return"),
        "payment", "{\"payment_method\":\"BANKCARD\",\"card_no\":\"" + card.number()
            + "\",\"exp_year\":\"2030\",\"exp_month\":\"03\",\"cvv\":\"123\"}",
        "browser", "{\"user_agent\":\"JUnit\",\"language\":\"en-GB\",\"terminal_type\":\"WEB\"}",
        "goods", "[{\"name\":\"Tea\",\"link\":\"https://shop.example/tea\",\"price\":" + amount + ",\"quantity\":1}]",
        "customer", "{\"order_ip\":\"127.0.0.1\",\"pay_ip\":\"127.0.0.1\"}");
    assertThat(answer.path("ret_code").asText()).as(answer.toString()).isEqualTo("000000");
    String orderId = answer.path("data").path("order_id").asText();
    books.putIfAbsent(OrderId.of(orderId), PaymentOrder.open(OrderId.of(orderId), TransId.of(transId),
        Money.of(amount, Currency.EUR), CaptureMethod.valueOf(captureMethod)));
    return orderId;
  }

  Notification awaitNotification(String type, String orderId) throws InterruptedException {
    sandbox.awaitAttempts(
        a -> a.orderId().equals(OrderId.of(orderId)) && a.notifyType().equals(type) && a.acknowledged(), 1, WAIT);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (Notification n : received) {
        String id = n instanceof PaymentNotification p ? p.orderId().value()
            : ((RefundNotification) n).originalOrderId().value();
        if (id.equals(orderId) && n.type().wireName().equals(type)) return n;
      }
      Notification next = received.poll(100, TimeUnit.MILLISECONDS);
      if (next != null) received.add(next);
    }
    throw new AssertionError("no " + type + " for " + orderId + " reached the listener");
  }

  /** The order as the sandbox reports it ({@code /payments/query}), as a domain order. */
  PaymentOrder sandboxOrder(String orderId) {
    JsonNode d = merchant.post("payments/query", "order_id", q(orderId)).path("data");
    JsonNode b = d.path("balances");
    Currency eur = Currency.EUR;
    Balances balances = new Balances(Money.of(b.path("authed_amount").asLong(), eur),
        Money.of(b.path("captured_amount").asLong(), eur), Money.of(b.path("voided_amount").asLong(), eur),
        Money.of(b.path("refunded_amount").asLong(), eur));
    return new PaymentOrder(OrderId.of(orderId), TransId.of(d.path("trans_id").asText()),
        Money.of(d.path("amount").asLong(), eur),
        CaptureMethod.valueOf(d.path("capture_method").asText("AUTOMATIC")),
        OrderStatus.valueOf(d.path("status").asText()), balances);
  }

  static String q(String s) {
    return "\"" + s + "\"";
  }

  /** The merchant's side: signed JSON requests to the sandbox over HTTP. */
  static final class Merchant {
    final URI base;
    final String merchantId;
    final Signer signer;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final SignatureScheme scheme = SignatureScheme.standard();
    final WireCodec codec = WireCodec.create();

    Merchant(URI base, String merchantId, Signer signer) {
      this.base = base;
      this.merchantId = merchantId;
      this.signer = signer;
    }

    JsonNode post(String path, String... kv) {
      long ts = System.currentTimeMillis();
      StringBuilder sb = new StringBuilder("{\"merchant_id\":\"").append(merchantId).append("\",\"timestamp\":")
          .append(ts);
      for (int i = 0; i < kv.length; i += 2) sb.append(",\"").append(kv[i]).append("\":").append(kv[i + 1]);
      byte[] body = sb.append('}').toString().getBytes(UTF_8);
      HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
          .header(PaykkaHeaders.CONTENT_TYPE, PaykkaHeaders.APPLICATION_JSON)
          .header(PaykkaHeaders.TYPE, PaykkaHeaders.TYPE_RSA256)
          .header(PaykkaHeaders.VERSION, PaykkaHeaders.VERSION_V1_2)
          .header(PaykkaHeaders.SIGNATURE, scheme.signRequest(signer, merchantId, ts, body))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      try {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return codec.tree(r.body()).getOrElseThrow(e -> new AssertionError(e.describe()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}

package io.github.paykka.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.testkit.webhook.TestNotification;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The testkit's test notifications go into {@link PaykkaWebhookHandler#handle} as they are, and over HTTP through the
 * JDK binding: every kind, every form of timestamp, with fields overridden.
 */
class TestNotificationDeliveryTest {
  static final TestKeys.TestKeyPair PLATFORM = TestKeys.generate();
  final WebhookTestSigner signer = WebhookTestSigner.withPlatformKey(PLATFORM.privateKey());
  final List<Notification> received = new CopyOnWriteArrayList<>();
  final List<UnknownNotification> unknown = new CopyOnWriteArrayList<>();
  final PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
      .platformPublicKey(PLATFORM.publicKey())
      .merchantId(WebhookTestSigner.DEFAULT_MERCHANT_ID)
      .listener(received::add)
      .onUnknown(unknown::add)
      .build();

  @ParameterizedTest
  @EnumSource(NotifyType.class)
  void everyTypeGoesStraightIntoHandleAndReachesTheListener(NotifyType type) {
    TestNotification built = type.isRefund() ? signer.refund() : signer.payment();
    WebhookTestSigner.SignedNotification n = built.type(type).orderId(OrderId.of("GW42")).sign();

    WebhookResponse response = handler.handle("POST", n.headers(), n.body());

    assertThat(response.status()).as(response.outcome().describe()).isEqualTo(200);
    assertThat(received).singleElement().satisfies(r -> {
      assertThat(r.type()).isEqualTo(type);
      assertThat(r.statusFitsType()).isTrue();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"millis", "seconds", "absent"})
  void everyFormOfTimestampVerifies(String form) {
    Instant now = Instant.now();
    UnaryOperator<TestNotification> timed = switch (form) {
      case "millis" -> t -> t.timestamp(now);
      case "seconds" -> t -> t.timestampInSeconds(now);
      default -> TestNotification::withoutTimestamp;
    };
    WebhookTestSigner.SignedNotification n = timed.apply(signer.refund().refundTransId(RefundTransId.of("R-1"))
        .amount(Money.of(3_000, Currency.EUR))).sign();

    assertThat(handler.handle("POST", n.headers(), n.body()).status()).isEqualTo(200);
    assertThat(received).singleElement().isInstanceOfSatisfying(RefundNotification.class, r -> {
      assertThat(r.refundTransId()).isEqualTo(RefundTransId.of("R-1"));
      assertThat(r.amount()).isEqualTo(Money.of(3_000, Currency.EUR));
    });
  }

  @Test
  void anOverriddenStatusNoDocumentNamesReachesOnUnknown() {
    WebhookTestSigner.SignedNotification n = signer.payment().field("status", "PENDING_REVIEW").sign();

    assertThat(handler.handle("POST", n.headers(), n.body()).status()).isEqualTo(200);
    assertThat(received).isEmpty();
    assertThat(unknown).singleElement()
        .satisfies(u -> assertThat(u.reason()).isEqualTo(UnknownNotification.Reason.UNKNOWN_STATUS));
  }

  @Test
  void anHttpPostThroughTheJdkBindingIsAcknowledged() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/paykka/notifications", PaykkaHttpHandler.of(handler));
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/paykka/notifications");
      WebhookTestSigner.SignedNotification n = signer.payment().status(OrderStatus.SUCCESS).sign();

      HttpResponse<String> answer = HttpClient.newHttpClient().send(n.httpRequest(url),
          HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}");
      assertThat(received).singleElement().isInstanceOf(PaymentNotification.class);
    } finally {
      server.stop(0);
    }
  }
}

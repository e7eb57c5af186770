package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** quickstart.md's examples, run against the testkit sandbox through the real HTTP and webhook adapters. */
@ExtendWith(PaykkaSandboxExtension.class)
class QuickstartExampleTest {

  // region listener
  /** Your orders, kept up to date from PayKKa's notifications. */
  static final class Orders implements NotificationListener {
    private final Map<OrderId, PaymentOrder> orders = new ConcurrentHashMap<>();

    void opened(PaymentOrder order) {
      orders.putIfAbsent(order.orderId(), order);
    }

    PaymentOrder get(OrderId id) {
      return orders.get(id);
    }

    @Override
    public void onNotification(Notification notification) {
      if (notification instanceof PaymentNotification payment) {
        orders.compute(payment.orderId(), (id, order) -> {
          // unknown yet (the notification overtook our own call): throw, PayKKa delivers it again
          if (order == null) throw new IllegalStateException("no order " + id);
          // a join: a duplicate or an older notification never moves the order backwards
          return order.reconcile(payment.observation())
              .getOrElseThrow(conflict -> new IllegalStateException(conflict.toString()))
              .order();
        });
      }
    }
  }
  // endregion

  @Test
  void payAndHearAboutIt(PaykkaSandbox sandbox, SandboxKeys keys) throws IOException {
    String merchantPrivateKeyPem = keys.merchant().privateKeyPem();
    String platformPublicKeyPem = TestKeys.publicKeyPem(sandbox.platformPublicKey());
    String merchantId = keys.merchantId();

    // region adapter
    PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
        .merchantId(merchantId)                          // e.g. "18356675194960", from PayKKa
        .merchantPrivateKey(merchantPrivateKeyPem)       // your RSA private key, PEM, from your secret store
        .platformPublicKey(platformPublicKeyPem)         // PayKKa's public key, PEM
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        // or PaykkaEnvironment.SANDBOX, or PaykkaEnvironment.production("https://...") with the URL PayKKa gave you
        .build();
    // endregion

    Orders orders = new Orders();
    // region webhook
    PaykkaWebhookHandler webhook = PaykkaWebhookHandler.builder()
        .platformPublicKey(sandbox.platformPublicKey())        // the same PayKKa public key, as a PublicKey
        .merchantId(merchantId)                          // notifications for another merchant are refused
        .listener(orders)
        .build();

    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/paykka/notifications", PaykkaHttpHandler.of(webhook));
    server.start();
    // endregion
    String notifyUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/paykka/notifications";
    String transId = "order-" + UUID.randomUUID().toString().substring(0, 8);

    try (paykka) {
      // region pay
      PaymentRequest request = PaymentRequest.builder()
          .transId(transId)                                // your unique reference: one order per trans_id
          .amount(Money.of(1_999, Currency.USD))           // USD 19.99, in minor units
          .instrument(TestCard.VISA_SUCCESS.instrument())  // 4242 4242 4242 4242
          .notifyUrl(notifyUrl)                            // where PayKKa sends notifications
          .returnUrl("https://merchant.example/checkout/return")
          .browser(Browser.builder().userAgent("Mozilla/5.0").language("en-US").build())
          .customer(Customer.builder().email("shopper@merchant.example").build())
          .addGoods(Goods.of("Espresso", "https://merchant.example/products/espresso", 1_999, 1))
          .validate()                                      // Validation: every invalid field, named
          .toEither().getOrElseThrow(errors -> new IllegalArgumentException(errors.toString()));

      Either<GatewayFailure, PaymentResult> result = paykka.initiate(request);
      if (result.isRight()) {
        PaymentOrder order = result.get().order();       // SUCCESS: authorised and captured
        orders.opened(order);
      } else if (result.getLeft() instanceof GatewayFailure.Declined declined) {
        // tell the shopper; declined.errorCode() says why
      } else {
        // NotSent, OutcomeUnknown, Rejected, ...: see errors.md
      }
      // endregion

      assertThat(result.isRight()).isTrue();
      OrderId orderId = result.get().order().orderId();
      assertThat(result.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
      sandbox.awaitAttempts(a -> a.orderId().equals(orderId) && a.acknowledged(), 1, Duration.ofSeconds(10));
      assertThat(orders.get(orderId).status()).isEqualTo(OrderStatus.SUCCESS);
    } finally {
      server.stop(0);
    }
  }
}

package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-adapter
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
// endregion
// region imports-listener
import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.Transition;
import io.github.paykka.ports.notification.NotificationListener;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
// endregion
// region imports-webhook
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
// endregion
// region imports-pay
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import java.util.UUID;
// endregion
// region imports-refund
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.refund.RefundCommand;
// endregion
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * quickstart.md's examples, run against the testkit sandbox through the real HTTP and webhook adapters: a payment, its
 * notification (which may overtake the answer of the call), a refund and its notification, merged into the order the
 * merchant keeps; and nothing logged at ERROR on the way.
 */
// region adapter
@ExtendWith(PaykkaSandboxExtension.class)            // a local PayKKa for this test class (step 6)
class QuickstartExampleTest {

  @Test
  void payAndHearAboutIt(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    // From the test's sandbox here; in your application, from PayKKa's merchant portal and your secret store.
    String merchantId = keys.merchantId();                                    // e.g. "18356675194960"
    String merchantPrivateKeyPem = keys.merchant().privateKeyPem();           // your RSA private key, PEM
    String platformPublicKeyPem = TestKeys.publicKeyPem(sandbox.platformPublicKey());   // PayKKa's public key, PEM

    PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
        .merchantId(merchantId)
        .merchantPrivateKey(merchantPrivateKeyPem)
        .platformPublicKey(platformPublicKeyPem)
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        // or PaykkaEnvironment.SANDBOX, or PaykkaEnvironment.production("https://...") with the URL PayKKa gave you
        .build();
    // endregion
    PrintStream stderr = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    // slf4j-simple, the docs' binding, writes to System.err: everything logged while the example runs is kept here
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    LoggerFactory.getLogger(QuickstartExampleTest.class).info("the quickstart's log, captured");
    HttpServer started = null;
    try (paykka) {
      // region webhook
      Orders orders = new Orders();
      PaykkaWebhookHandler webhook = PaykkaWebhookHandler.builder()
          .platformPublicKey(sandbox.platformPublicKey())    // the same PayKKa public key, as a PublicKey
          .merchantId(merchantId)                            // notifications for another merchant are refused
          .listener(orders)
          .build();

      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/paykka/notifications", PaykkaHttpHandler.of(webhook));
      server.start();
      // where PayKKa POSTs: in production your public https URL, behind a TLS-terminating proxy
      String notifyUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/paykka/notifications";
      // endregion
      started = server;

      // region pay
      String transId = "order-" + UUID.randomUUID().toString().substring(0, 8);   // your order number
      PaymentRequest request = PaymentRequest.builder()
          .transId(transId)                                // one order per trans_id: sending it twice pays once
          .amount(Money.of(10_000, Currency.USD))          // USD 100.00, in minor units
          .instrument(TestCard.VISA_SUCCESS.instrument())  // 4242 4242 4242 4242
          .notifyUrl(notifyUrl)                            // where PayKKa sends notifications
          .returnUrl("https://merchant.example/checkout/return")
          .browser(Browser.builder().userAgent("Mozilla/5.0").language("en-US").build())
          .customer(Customer.builder().email("shopper@merchant.example").build())
          .addGoods(Goods.of("Espresso machine", "https://merchant.example/products/espresso", 10_000, 1))
          .build();                                        // throws listing every invalid field, before any I/O

      PaymentResult paid = paykka.initiate(request).getOrElseThrow(failure ->
          // Declined (tell the shopper), NotSent, OutcomeUnknown (query first), ...: see errors.md
          new IllegalStateException(failure.message()));
      PaymentOrder order = orders.opened(paid.order());    // SUCCESS: authorised and captured
      // endregion

      assertThat(order.status()).isEqualTo(OrderStatus.SUCCESS);
      OrderId orderId = order.orderId();
      sandbox.awaitAttempts(a -> a.orderId().equals(orderId) && a.is(NotifyType.PAYMENT_SUCCESS)
          && a.acknowledged(), 1, Duration.ofSeconds(10));
      assertThat(orders.get(orderId).status()).isEqualTo(OrderStatus.SUCCESS);

      // region refund
      Either<GatewayFailure, Refund> refund = RefundCommand.builder()
          .refundTransId(RefundTransId.of("refund-" + transId))   // your refund number: store it before sending
          .order(orders.get(order.orderId()))              // the order as you know it: the domain checks it first
          .amount(Money.of(3_000, Currency.USD))
          .reason(ReasonCode.REQUESTED_BY_CUSTOMER)
          .notifyUrl(notifyUrl)
          .checked()                                       // GatewayFailure.Refused if the order cannot take it
          .flatMap(paykka::refund);                        // nothing was sent then; else PayKKa's answer
      // REFUND.SUCCESS follows: orders.get(order.orderId()) is then PARTIALLY_REFUNDED, refunded 30.00
      // endregion

      assertThat(refund.isRight()).as(refund.toString()).isTrue();
      sandbox.awaitAttempts(a -> a.orderId().equals(orderId) && a.is(NotifyType.REFUND_SUCCESS)
          && a.acknowledged(), 1, Duration.ofSeconds(10));
      PaymentOrder refunded = orders.get(orderId);
      assertThat(refunded.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
      assertThat(refunded.balances().refunded()).isEqualTo(Money.of(3_000, Currency.USD));
      assertThat(refunded.ableToRefund()).isEqualTo(Money.of(7_000, Currency.USD));
      // every notification of the order was taken at its first delivery, the early ones included
      assertThat(sandbox.notifications()).filteredOn(a -> a.orderId().equals(orderId))
          .isNotEmpty().allMatch(NotificationAttempt::acknowledged);
    } finally {
      if (started != null) started.stop(0);
      System.setErr(stderr);
    }
    String log = logged.toString(StandardCharsets.UTF_8);
    stderr.print(log);
    assertThat(log).as("the quickstart's happy path logs no ERROR").doesNotContain(" ERROR ")
        .contains("INFO " + QuickstartExampleTest.class.getName() + " - the quickstart's log, captured");
  }

  // region listener
  /** Your orders, kept up to date from PayKKa's notifications (in memory here; in your database in production). */
  static final class Orders implements NotificationListener {
    private final Map<OrderId, PaymentOrder> orders = new HashMap<>();
    // what PayKKa said of an order not known yet: a notification may overtake the answer of your own call
    private final Map<OrderId, List<Function<PaymentOrder, Either<Rejection, Transition>>>> early = new HashMap<>();

    /** Keeps a new order (the answer of your initiate call), merged with anything heard of it already. */
    synchronized PaymentOrder opened(PaymentOrder order) {
      orders.putIfAbsent(order.orderId(), order);
      for (var change : early.getOrDefault(order.orderId(), List.of())) apply(order.orderId(), change);
      early.remove(order.orderId());
      return orders.get(order.orderId());
    }

    synchronized PaymentOrder get(OrderId id) {
      return orders.get(id);
    }

    @Override
    public synchronized void onNotification(Notification notification) {
      if (notification instanceof PaymentNotification payment) {
        apply(payment.orderId(), order -> order.reconcile(payment.observation()));
      } else if (notification instanceof RefundNotification refund) {
        apply(refund.originalOrderId(), order -> order.reconcile(refund.observation()));
      }
    }

    // A join: a duplicate or an older notification never moves the order backwards.
    private void apply(OrderId id, Function<PaymentOrder, Either<Rejection, Transition>> change) {
      PaymentOrder order = orders.get(id);
      if (order == null) {
        early.computeIfAbsent(id, unknown -> new ArrayList<>()).add(change);   // merged by opened(...)
        return;
      }
      // a contradiction (another amount, an impossible status) is a real error: thrown, logged, delivered again
      orders.put(id, change.apply(order).getOrElseThrow(r -> new IllegalStateException(r.message())).order());
    }
  }
  // endregion
}

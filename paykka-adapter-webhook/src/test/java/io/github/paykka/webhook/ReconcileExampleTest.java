package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.now;
import static io.github.paykka.webhook.TestPlatform.paymentBody;
import static io.github.paykka.webhook.TestPlatform.signed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.webhook.TestPlatform.Delivery;
import io.github.paykka.wire.message.NotifyType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The example of the module's README: the application reconciles each payment notification with its order. */
class ReconcileExampleTest {

  // --- the example of docs/webhooks.md: reconcile every notification into the order you keep ---

  /** The application's orders, kept up to date from PayKKa's notifications. */
  static final class OrderBook implements NotificationListener {
    private final Map<OrderId, PaymentOrder> orders = new ConcurrentHashMap<>();

    void opened(PaymentOrder order) {
      orders.put(order.orderId(), order);
    }

    PaymentOrder get(OrderId id) {
      return orders.get(id);
    }

    @Override
    public void onNotification(Notification notification) {
      if (notification instanceof PaymentNotification payment) {
        // reconcile is a join: duplicates and out-of-order deliveries cannot move an order backwards
        orders.compute(payment.orderId(), (id, order) -> {
          if (order == null) throw new IllegalStateException("no order " + id); // not acknowledged: PayKKa retries
          return order.reconcile(payment.observation())
              .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()))
              .order();
        });
      }
    }
  }

  // --- the test ---

  @Test
  void outOfOrderDeliveryIsHarmless() {
    OrderBook book = new OrderBook();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformKey(TestPlatform.KEY.getPublic())
        .clock(TestPlatform.CLOCK)
        .listener(book)
        .build();
    PaymentOrder opened = TestPlatform.order(1, 5000, CaptureMethod.MANUAL);
    PaymentOrder authorised = opened.approve().get().order();
    PaymentOrder captured = authorised.capture(opened.amount(), true).get().order();
    book.opened(opened);
    Delivery authorisation = signed(paymentBody(NotifyType.PAYMENT_AUTHORIZATION, authorised, now()), now());
    Delivery success = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, captured, now()), now());

    // SUCCESS arrives first, then the AUTHORIZATION it followed, then SUCCESS again
    for (Delivery d : List.of(success, authorisation, success)) {
      assertThat(handler.handle("POST", d.headers(), d.body()).status()).isEqualTo(200);
    }

    assertThat(book.get(opened.orderId())).isEqualTo(captured);
    assertThat(book.get(opened.orderId()).status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void aNotificationForAnOrderTheApplicationDoesNotKnowYetIsRedelivered() {
    OrderBook book = new OrderBook();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformKey(TestPlatform.KEY.getPublic())
        .clock(TestPlatform.CLOCK)
        .listener(book)
        .build();
    PaymentOrder opened = TestPlatform.order(2, 5000, CaptureMethod.AUTOMATIC);
    PaymentOrder settled = opened.approve().get().order();
    Delivery success = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, settled, now()), now());

    // the notification overtakes the application's own record of the order: not acknowledged
    assertThat(handler.handle("POST", success.headers(), success.body()).status()).isEqualTo(500);
    book.opened(opened);
    // PayKKa's redelivery then lands
    assertThat(handler.handle("POST", success.headers(), success.body()).status()).isEqualTo(200);
    assertThat(book.get(opened.orderId())).isEqualTo(settled);
  }
}

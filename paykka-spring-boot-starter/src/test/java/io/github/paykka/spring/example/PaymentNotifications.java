package io.github.paykka.spring.example;

// region listener
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.ports.notification.NotificationListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** PayKKa's notifications, verified and deduplicated by the starter's endpoint before they get here. */
@Component
public class PaymentNotifications implements NotificationListener {
  private final Map<OrderId, List<PaymentNotification>> byOrder = new ConcurrentHashMap<>();

  @Override
  public void onNotification(Notification notification) {
    // your orders live in your database: merge the notification into yours there, with
    // PaymentOrder.reconcile(payment.observation()); throwing makes PayKKa deliver it again
    if (notification instanceof PaymentNotification payment) {
      byOrder.computeIfAbsent(payment.orderId(), id -> new CopyOnWriteArrayList<>()).add(payment);
    }
  }

  public List<PaymentNotification> of(OrderId order) {
    return byOrder.getOrDefault(order, List.of());
  }
}
// endregion

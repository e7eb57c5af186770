package io.github.paykka.docs.demo;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.OrderObservation;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.ports.notification.NotificationListener;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant's side of the demo: the orders it keeps, merged with every verified notification through
 * {@code PaymentOrder.reconcile}. A notification may arrive before the call that made the order returns; it waits
 * until the order is known.
 */
final class OrderBook implements NotificationListener {
  private final Map<OrderId, PaymentOrder> orders = new HashMap<>();
  private final Map<OrderId, List<OrderObservation>> early = new HashMap<>();
  private final List<Notification> heard = new ArrayList<>();

  /** Keeps {@code order}, merged with anything already heard of it. */
  synchronized PaymentOrder track(PaymentOrder order) {
    PaymentOrder known = orders.getOrDefault(order.orderId(), order);
    known = merge(known, order.observe());
    for (OrderObservation o : early.getOrDefault(order.orderId(), List.of())) known = merge(known, o);
    early.remove(order.orderId());
    orders.put(order.orderId(), known);
    return known;
  }

  @Override
  public synchronized void onNotification(Notification notification) {
    heard.add(notification);
    if (notification instanceof PaymentNotification payment) {
      PaymentOrder known = orders.get(payment.orderId());
      if (known == null) {
        early.computeIfAbsent(payment.orderId(), id -> new ArrayList<>()).add(payment.observation());
      } else {
        orders.put(known.orderId(), merge(known, payment.observation()));
      }
    }
    notifyAll();
  }

  /** The order as the merchant knows it now. */
  synchronized Option<PaymentOrder> order(OrderId id) {
    return Option.of(orders.get(id));
  }

  /** Waits for a notification of {@code type} about {@code subject} (an order id or a refund number). */
  synchronized Option<Notification> await(NotifyType type, String subject, Duration timeout) throws InterruptedException {
    requireNonNull(type, "type == null");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (Notification n : heard) {
        if (n.type() == type && subject.equals(subjectOf(n))) return Option.some(n);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) return Option.none();
      wait(Math.max(1, left / 1_000_000));
    }
  }

  synchronized int heardCount() {
    return heard.size();
  }

  private static String subjectOf(Notification n) {
    return n instanceof PaymentNotification p ? p.orderId().value() : ((RefundNotification) n).refundTransId().value();
  }

  private static PaymentOrder merge(PaymentOrder order, OrderObservation observation) {
    // A conflicting observation is kept out, not forced in: the demo reports it as a failed step.
    return order.reconcile(observation).map(t -> t.order()).getOrElse(order);
  }
}

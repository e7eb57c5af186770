package io.github.paykka.docs.demo;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.Transition;
import io.github.paykka.ports.notification.NotificationListener;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The merchant's side of the demo: the orders it keeps, merged with every verified notification through
 * {@code PaymentOrder.reconcile} (a payment's observation, or a refund's). A notification may arrive before the call
 * that made the order returns; what it says waits until the order is known.
 */
final class OrderBook implements NotificationListener {
  private final Map<OrderId, PaymentOrder> orders = new HashMap<>();
  private final Map<OrderId, List<Function<PaymentOrder, Either<Rejection, Transition>>>> early = new HashMap<>();
  private final List<Notification> heard = new ArrayList<>();

  /** Keeps {@code order}, merged with anything already heard of it. */
  synchronized PaymentOrder track(PaymentOrder order) {
    PaymentOrder known = orders.getOrDefault(order.orderId(), order);
    known = merge(known, o -> o.reconcile(order.observe()));
    for (var change : early.getOrDefault(order.orderId(), List.of())) known = merge(known, change);
    early.remove(order.orderId());
    orders.put(order.orderId(), known);
    return known;
  }

  @Override
  public synchronized void onNotification(Notification notification) {
    heard.add(notification);
    if (notification instanceof PaymentNotification payment) {
      apply(payment.orderId(), o -> o.reconcile(payment.observation()));
    } else if (notification instanceof RefundNotification refund) {
      apply(refund.originalOrderId(), o -> o.reconcile(refund.observation()));
    }
    notifyAll();
  }

  private void apply(OrderId id, Function<PaymentOrder, Either<Rejection, Transition>> change) {
    PaymentOrder known = orders.get(id);
    if (known == null) {
      early.computeIfAbsent(id, unknown -> new ArrayList<>()).add(change);
    } else {
      orders.put(id, merge(known, change));
    }
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

  private static PaymentOrder merge(PaymentOrder order, Function<PaymentOrder, Either<Rejection, Transition>> change) {
    // A conflicting observation is kept out, not forced in: the demo reports it as a failed step.
    return change.apply(order).map(Transition::order).getOrElse(order);
  }
}

package io.github.paykka.ports.notification;

import io.github.paykka.domain.notification.Notification;

/**
 * What the application does with a verified notification. The webhook adapter calls it at most once per
 * notification that it then acknowledges; if it throws, the notification is not acknowledged and PayKKa delivers it
 * again.
 */
@FunctionalInterface
public interface NotificationListener {

  /**
   * Handles one notification. Reconcile it with the order you keep ({@code PaymentOrder.reconcile}): delivery may be
   * out of order, and the join makes that harmless.
   *
   * @throws Exception to have PayKKa deliver the notification again
   */
  void onNotification(Notification notification) throws Exception;
}

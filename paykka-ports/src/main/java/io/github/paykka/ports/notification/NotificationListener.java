package io.github.paykka.ports.notification;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.notification.Notification;

/**
 * What the application does with a verified notification. The webhook adapter calls it at most once per
 * notification that it then acknowledges; if it throws, the notification is not acknowledged and PayKKa delivers it
 * again.
 *
 * <p>Two ways to refuse a notification for now, both answered so that PayKKa delivers it again:
 *
 * <ul>
 *   <li>throw {@link NotYet} when the notification is early, not wrong: it concerns something the application does
 *       not know yet (a notification that overtook the answer of the application's own {@code initiate} call). This is
 *       routine: the webhook adapter logs it at INFO, with the reason given;
 *   <li>throw anything else when processing failed (the database is down, a bug): the webhook adapter logs it at ERROR,
 *       naming only the exception's class.
 * </ul>
 */
@FunctionalInterface
public interface NotificationListener {

  /**
   * Handles one notification. Reconcile it with the order you keep ({@code PaymentOrder.reconcile}): delivery may be
   * out of order, and the join makes that harmless.
   *
   * @throws NotYet to have PayKKa deliver the notification again later, without an error: it arrived before what it
   *     is about is known here
   * @throws Exception to have PayKKa deliver the notification again: processing failed
   */
  void onNotification(Notification notification) throws Exception;

  /**
   * "Not yet, deliver again": the notification is early, not wrong. Unchecked, so that it can be thrown from inside a
   * lambda (e.g. {@code Map.compute}). Its message is logged at INFO: write it for an operator, without card data.
   * It carries no stack trace: it is an answer, not a fault.
   */
  final class NotYet extends RuntimeException {
    /**
     * A "not yet" with a reason for the log.
     *
     * @param reason why the notification cannot be taken now, e.g. {@code "order GW123 not opened yet"}; logged at
     *     INFO, so no card data
     */
    public NotYet(String reason) {
      super(requireNonNull(reason, "reason == null"), null, false, false);
    }
  }
}

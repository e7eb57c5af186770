package io.github.paykka.testkit.simulation;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.ports.payment.PaymentResult;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A payment order changed status in the simulated PayKKa: what a {@code PAYMENT.*} notification needs.
 *
 * <p>Which notification a change sends (our reading; PayKKa does not publish it): a new status AUTHORIZED sends
 * {@code PAYMENT.AUTHORIZATION}, SUCCESS {@code PAYMENT.SUCCESS} (an approval with automatic capture, or the
 * capture of everything authorised), FAILURE {@code PAYMENT.FAILURE}, CANCELED {@code PAYMENT.CANCELED}. The other
 * statuses (PARTIALLY_REVERSED after a final partial capture or a void, PARTIALLY_REFUNDED, REFUNDED) send no
 * payment notification: refunds are reported by {@code REFUND.*} notifications. A partial capture that leaves the
 * order AUTHORIZED is no status change and fires nothing.
 *
 * @param merchantId the merchant of the order
 * @param previous the status before (PROCESSING for an order approved or declined as it was created)
 * @param result the order after the change, with everything PayKKa reports of it
 * @param notifyUrl the order's {@code notify_url}
 * @param at when it changed, by the engine's clock
 */
public record PaymentChange(
    MerchantId merchantId, OrderStatus previous, PaymentResult result, String notifyUrl, Instant at) {

  public PaymentChange {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(previous, "previous == null");
    requireNonNull(result, "result == null");
    requireNonNull(notifyUrl, "notifyUrl == null");
    requireNonNull(at, "at == null");
  }

  /** The {@code notify_type} this change sends, or none (see the class comment). */
  public Option<NotifyType> notifyType() {
    return switch (result.order().status()) {
      case AUTHORIZED -> Option.some(NotifyType.PAYMENT_AUTHORIZATION);
      case SUCCESS -> Option.some(NotifyType.PAYMENT_SUCCESS);
      case FAILURE -> Option.some(NotifyType.PAYMENT_FAILURE);
      case CANCELED -> Option.some(NotifyType.PAYMENT_CANCELED);
      default -> Option.none();
    };
  }

  /**
   * The notification this change sends, timestamped {@link #at()}, or none; it carries what the order's answer
   * carries (card, 3DS result, payment method), as PayKKa's later notifications do.
   */
  public Option<PaymentNotification> notification() {
    return notifyType().map(type -> new PaymentNotification(type, merchantId, at.toEpochMilli(),
        result.order().transId(), result.order().orderId(), result.order().status(), result.order().amount(),
        Option.some(result.order().balances()), result.errorCode(), result.errorDescription(),
        result.recurringAgreementId(), result.token(), result.shopperReference(), result.sessionId(), result.card(),
        result.authentication(), result.paymentMethod()));
  }
}

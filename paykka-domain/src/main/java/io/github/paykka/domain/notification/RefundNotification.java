package io.github.paykka.domain.notification;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.RefundObservation;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Option;

/**
 * PayKKa's word on a refund: succeeded or failed.
 *
 * @param type one of the {@code REFUND.*} types
 * @param merchantId the merchant
 * @param timestamp when sent, epoch milliseconds (see {@link Notification#timestamp()})
 * @param refundTransId the merchant's refund number ({@code trans_id} in the notification)
 * @param originalOrderId the refunded order
 * @param refundOrderId PayKKa's refund number
 * @param status the refund's status
 * @param amount the amount refunded
 * @param errorCode the error code of a failure
 * @param errorDescription its description
 */
public record RefundNotification(
    NotifyType type,
    MerchantId merchantId,
    long timestamp,
    RefundTransId refundTransId,
    OrderId originalOrderId,
    Option<RefundOrderId> refundOrderId,
    RefundStatus status,
    Money amount,
    Option<String> errorCode,
    Option<String> errorDescription)
    implements Notification {

  public RefundNotification {
    requireNonNull(type, "type == null");
    if (!type.isRefund()) throw InvalidValueException.of("notify_type", type.wireName() + " is not about a refund");
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(refundTransId, "refundTransId == null");
    requireNonNull(originalOrderId, "originalOrderId == null");
    requireNonNull(refundOrderId, "refundOrderId == null");
    requireNonNull(status, "status == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(errorCode, "errorCode == null");
    requireNonNull(errorDescription, "errorDescription == null");
  }

  /** See {@link Notification#deduplicationKey()}; the digest covers every component but {@code timestamp}. */
  @Override
  public String deduplicationKey() {
    return new ContentKey().part(type.wireName()).part(merchantId.value()).part(refundTransId.value())
        .part(originalOrderId.value()).part(refundOrderId.map(RefundOrderId::value)).part(status.name()).part(amount)
        .part(errorCode).part(errorDescription)
        .key("refund:" + merchantId.value() + ":" + refundTransId.value() + ":" + type.wireName() + ":" + status);
  }

  /**
   * What this notification says of the refunded order, for {@code PaymentOrder.reconcile}: a refund of
   * {@link #amount()} by {@link #refundTransId()}, which moved money only if its status is SUCCESS.
   */
  public RefundObservation observation() {
    return new RefundObservation(originalOrderId, refundTransId, amount, status == RefundStatus.SUCCESS);
  }

  /** Whether {@link #type()} admits {@link #status()} ({@link NotifyType#admits(RefundStatus)}). */
  @Override
  public boolean statusFitsType() {
    return type.admits(status);
  }
}

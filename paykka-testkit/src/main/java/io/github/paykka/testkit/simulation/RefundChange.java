package io.github.paykka.testkit.simulation;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A refund reached its end in the simulated PayKKa (SUCCESS or FAILURE): what a {@code REFUND.*} notification
 * needs. The intermediate statuses (REVIEWING, PROCESSING) fire nothing.
 *
 * @param merchantId the merchant
 * @param refund the refund, final
 * @param notifyUrl where to send the notification: the refund's {@code notify_url}, else the original order's
 * @param at when it ended, by the engine's clock
 */
public record RefundChange(MerchantId merchantId, Refund refund, String notifyUrl, Instant at) {

  public RefundChange {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(refund, "refund == null");
    requireNonNull(notifyUrl, "notifyUrl == null");
    requireNonNull(at, "at == null");
    if (!refund.isFinal()) throw new IllegalArgumentException("a refund change is final, was " + refund.status());
  }

  /** {@code REFUND.SUCCESS} or {@code REFUND.FAILURE}. */
  public NotifyType notifyType() {
    return refund.status() == RefundStatus.SUCCESS ? NotifyType.REFUND_SUCCESS : NotifyType.REFUND_FAILURE;
  }

  /** The notification this change sends, timestamped {@link #at()}. */
  public RefundNotification notification() {
    boolean failed = refund.status() == RefundStatus.FAILURE;
    return new RefundNotification(notifyType(), merchantId, at.toEpochMilli(), refund.refundTransId(),
        // the engine's refunds are made by Refund.request, so they always know their order
        refund.originalOrderId().get(), refund.refundOrderId(), refund.status(), refund.amount(),
        failed ? Option.some(SimulatedPaykka.REFUND_FAILED_CODE) : Option.none(),
        failed ? Option.some("Refund failed") : Option.none());
  }
}

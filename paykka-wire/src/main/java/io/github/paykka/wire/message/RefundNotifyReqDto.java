package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of a refund notification sent by PayKKa ({@code RefundNotifyReqDto}).
 *
 * <p>Per PAYKKA-FACTS.md: {@code trans_id} is the merchant's refund number, {@code order_id} / {@code ori_order_id} the original order,
 * {@code refund_order_id} the RG... refund.
 *
 * @param timestamp {@code timestamp}: When PayKKa sent it (epoch milliseconds, or seconds in the v1.2 page's example);
 *     int64; part of the signed string.
 * @param notifyType {@code notify_type}: Notification type.
 * @param merchantId {@code merchant_id}: Merchant ID.
 * @param transId {@code trans_id}: Merchant refund number.
 * @param orderId {@code order_id}: Original PayKKa order number.
 * @param oriOrderId {@code ori_order_id}: Original PayKKa order number.
 * @param refundOrderId {@code refund_order_id}: PayKKa refund number (RG...).
 * @param status {@code status}: Refund status, raw (the mapping's spelling table reads the known values).
 * @param amount {@code amount}: Refund amount, minor units.
 * @param currency {@code currency}: Currency.
 * @param errorCode {@code error_code}: Transaction error code (see {@link io.github.paykka.wire.error.ErrorCatalog}); present on failure.
 * @param errorDescription {@code error_description}: Transaction error description.
 */
public record RefundNotifyReqDto(
    @Nullable Long timestamp,
    @Nullable String notifyType,
    @Nullable String merchantId,
    @Nullable String transId,
    @Nullable String orderId,
    @Nullable String oriOrderId,
    @Nullable String refundOrderId,
    @Nullable String status,
    @Nullable Long amount,
    @Nullable String currency,
    @Nullable String errorCode,
    @Nullable String errorDescription) implements SentByPaykka {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The response of {@code /payments/refund} and {@code /payments/refund/query} ({@code RefundRespDto}).
 *
 * <p><b>Assumption</b>: fields are not in the seeds; assumed from PAYKKA-FACTS.md and the refund request.
 *
 * @param errorCode {@code error_code}: Transaction error code (see {@link io.github.paykka.wire.error.ErrorCatalog}); present on failure.
 * @param errorDescription {@code error_description}: Transaction error description.
 * @param merchantId {@code merchant_id}: Merchant ID.
 * @param refundTransId {@code refund_trans_id}: Merchant refund number.
 * @param refundOrderId {@code refund_order_id}: PayKKa refund number (RG...).
 * @param oriOrderId {@code ori_order_id}: Original PayKKa order number.
 * @param status {@code status}: Refund status.
 * @param refundAmount {@code refund_amount}: Refund amount, minor units.
 * @param currency {@code currency}: Currency.
 * @param reason {@code reason}: Reason.
 */
public record RefundRespDto(
    @Nullable String errorCode,
    @Nullable String errorDescription,
    @Nullable String merchantId,
    @Nullable String refundTransId,
    @Nullable String refundOrderId,
    @Nullable String oriOrderId,
    @Nullable RefundStatus status,
    @Nullable Long refundAmount,
    @Nullable String currency,
    @Nullable Reason reason) {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of {@code /payments/refund} and {@code /payments/refund/query} ({@code RefundRespDto}).
 *
 * <p>Fields as PayKKa's published refund response schema has them ({@code error_code}, {@code error_description},
 * {@code merchant_id}, {@code refund_trans_id}, {@code refund_order_id}, {@code status}, {@code amount},
 * {@code currency}; PAYKKA-FACTS.md), plus, as an <b>assumption</b> from the refund request, {@code refund_amount},
 * {@code ori_order_id}, {@code order_id} and {@code reason}: the mapper reads the amount from {@code amount} or
 * {@code refund_amount} and needs neither original-order field.
 *
 * @param errorCode {@code error_code}: Transaction error code (see {@link io.github.paykka.wire.error.ErrorCatalog}); present on failure.
 * @param errorDescription {@code error_description}: Transaction error description.
 * @param merchantId {@code merchant_id}: Merchant ID.
 * @param refundTransId {@code refund_trans_id}: Merchant refund number.
 * @param refundOrderId {@code refund_order_id}: PayKKa refund number (RG...).
 * @param status {@code status}: Refund status, raw (the mapping's spelling table reads the known values).
 * @param amount {@code amount}: Refund amount, minor units (the published schema's name).
 * @param currency {@code currency}: Currency.
 * @param refundAmount {@code refund_amount}: Refund amount, minor units (the request's name; assumed).
 * @param oriOrderId {@code ori_order_id}: Original PayKKa order number (assumed).
 * @param orderId {@code order_id}: Original PayKKa order number (assumed, as in v1.0 refund notifications).
 * @param reason {@code reason}: Reason, raw (the mapping's spelling table reads the known values; assumed).
 */
public record RefundRespDto(
    @Nullable String errorCode,
    @Nullable String errorDescription,
    @Nullable String merchantId,
    @Nullable String refundTransId,
    @Nullable String refundOrderId,
    @Nullable String status,
    @Nullable Long amount,
    @Nullable String currency,
    @Nullable Long refundAmount,
    @Nullable String oriOrderId,
    @Nullable String orderId,
    @Nullable String reason) implements SentByPaykka {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/refund/query} ({@code RefundQueryReqDto}).
 *
 * <p>Query by {@code refund_trans_id} and/or {@code refund_order_id} (PAYKKA-FACTS.md; assumed).
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param refundTransId {@code refund_trans_id}: Merchant refund number.
 * @param refundOrderId {@code refund_order_id}: PayKKa refund number (RG...).
 */
public record RefundQueryReqDto(
    @Nullable String merchantId,
    @Nullable Long timestamp,
    @Nullable String refundTransId,
    @Nullable String refundOrderId) {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/query} (seed 000 {@code PaymentsQueryReqDto}).
 *
 * <p>At least one of {@code trans_id}, {@code order_id}, {@code session_id} is set.
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param transId {@code trans_id}: Merchant order number; [0..32] characters.
 * @param orderId {@code order_id}: PayKKa order number; [0..32] characters.
 * @param sessionId {@code session_id}: Checkout session ID; [0..32] characters.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 */
public record PaymentsQueryReqDto(
    @Nullable String merchantId,
    @Nullable String transId,
    @Nullable String orderId,
    @Nullable String sessionId,
    @Nullable Long timestamp) {
}

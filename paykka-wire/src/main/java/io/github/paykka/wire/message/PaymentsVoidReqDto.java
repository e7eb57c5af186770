package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/void} (seed 000 {@code PaymentsVoidReqDto}).
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param orderId {@code order_id}: PayKKa order number; [0..32] characters; required.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param reason {@code reason}: Reason.
 */
public record PaymentsVoidReqDto(
    @Nullable String merchantId,
    @Nullable String orderId,
    @Nullable Long timestamp,
    @Nullable String reason) {
}

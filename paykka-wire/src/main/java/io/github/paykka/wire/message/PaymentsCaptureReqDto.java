package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/capture} (seed 000 {@code PaymentsCaptureReqDto}).
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param orderId {@code order_id}: PayKKa order number; [0..32] characters; required.
 * @param currency {@code currency}: Currency; must equal the order's; optional, absent with {@code amount}.
 * @param amount {@code amount}: Amount to capture, minor units; at most the authorised amount; optional: absent, the
 *     capture takes all that is still authorised and not captured ("the rest", our reading of seed 000).
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param captureFinal {@code capture_final}: Last capture (default true): the remaining authorisation is released.
 */
public record PaymentsCaptureReqDto(
    @Nullable String merchantId,
    @Nullable String orderId,
    @Nullable String currency,
    @Nullable Long amount,
    @Nullable Long timestamp,
    @Nullable Boolean captureFinal) {
}

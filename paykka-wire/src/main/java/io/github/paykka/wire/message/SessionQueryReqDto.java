package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/session/query} ({@code SessionQueryReqDto}).
 *
 * <p><b>Assumption</b>: the endpoint and its fields are not in the seeds; we assume a query by {@code session_id} or {@code trans_id}.
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param sessionId {@code session_id}: Checkout session ID (assumed).
 * @param transId {@code trans_id}: Merchant order number (assumed).
 */
public record SessionQueryReqDto(
    @Nullable String merchantId,
    @Nullable Long timestamp,
    @Nullable String sessionId,
    @Nullable String transId) {
}

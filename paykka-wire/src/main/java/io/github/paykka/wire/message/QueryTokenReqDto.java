package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/token/query} (seed 000 {@code QueryTokenReqDto}).
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param shopperReference {@code shopper_reference}: Customer number; [0..64] characters; required.
 */
public record QueryTokenReqDto(
    @Nullable String merchantId,
    @Nullable Long timestamp,
    @Nullable String shopperReference) {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/apple-pay/create-session} (seed 000 {@code SessionApplePayReqDto}).
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param displayName {@code display_name}: Merchant name shown to the shopper; [0..75] characters; PayKKa's default if empty.
 * @param domainName {@code domain_name}: Domain name without protocol and port; required.
 */
public record SessionApplePayReqDto(
    @Nullable String merchantId,
    @Nullable Long timestamp,
    @Nullable String displayName,
    @Nullable String domainName) {
}

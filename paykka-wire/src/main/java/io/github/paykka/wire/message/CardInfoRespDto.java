package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The card used ({@code card_info}, seed 000 {@code CardInfoRespInPayments}).
 *
 * <p>Holds no secret: BIN and last four only.
 *
 * @param bin {@code bin}: Card BIN, e.g. {@code "424242"}.
 * @param last4 {@code last4}: Last four digits.
 * @param cardBrand {@code card_brand}: Card brand, e.g. {@code "VISA"} ({@code CardOrgEnum}, values not public).
 */
public record CardInfoRespDto(
    @Nullable String bin,
    @Nullable String last4,
    @Nullable String cardBrand) implements SentByPaykka {
}

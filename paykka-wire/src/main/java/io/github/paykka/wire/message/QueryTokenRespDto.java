package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * One item of the {@code data} list of {@code /payments/token/query} (seed 000 {@code QueryTokenRespDto}).
 *
 * <p>The enum-like fields hold PayKKa's text as sent, so that a value this version does not know keeps its text
 * (read by the mapper, tolerantly).
 *
 * @param token {@code token}: Card token.
 * @param paymentMethod {@code payment_method}: Payment method, in any of the seeds' spellings ({@code BANKCARD},
 *     {@code BankCard}, ...).
 * @param tokenUsage {@code token_usage}: Token usage ({@code CARD_ON_FILE}, {@code SUBSCRIPTION},
 *     {@code UNSCHEDULED_CARD_ON_FILE}).
 * @param status {@code status}: Token status ({@code INACTIVE}, {@code ACTIVATE}, {@code DELETE}).
 */
public record QueryTokenRespDto(
    @Nullable String token,
    @Nullable String paymentMethod,
    @Nullable String tokenUsage,
    @Nullable String status) implements SentByPaykka {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * One item of the {@code data} list of {@code /payments/token/query} (seed 000 {@code QueryTokenRespDto}).
 *
 * @param token {@code token}: Card token.
 * @param paymentMethod {@code payment_method}: Payment method.
 * @param tokenUsage {@code token_usage}: Token usage.
 * @param status {@code status}: Token status.
 */
public record QueryTokenRespDto(
    @Nullable String token,
    @Nullable String paymentMethod,
    @Nullable String tokenUsage,
    @Nullable String status) implements SentByPaykka {
}

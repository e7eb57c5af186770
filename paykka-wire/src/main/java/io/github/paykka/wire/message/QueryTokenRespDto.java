package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * One item of the {@code data} list of {@code /payments/token/query} (seed 000 {@code QueryTokenRespDto}).
 *
 * <p>The enum-like fields hold PayKKa's text as sent, so that a value this version does not know keeps its text
 * (read by the mapper, tolerantly).
 *
 * @param token {@code token}: Card token.
 * @param paymentMethod {@code payment_method}: Payment method, in any spelling of {@link PaymentMethod}.
 * @param tokenUsage {@code token_usage}: Token usage ({@link TokenUsage}).
 * @param status {@code status}: Token status ({@link TokenStatus}).
 */
public record QueryTokenRespDto(
    @Nullable String token,
    @Nullable String paymentMethod,
    @Nullable String tokenUsage,
    @Nullable String status) implements SentByPaykka {
}

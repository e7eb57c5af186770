package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The payment method of a response ({@code payment}, seed 000 {@code PaymentInfoRespInPayments}).
 *
 * @param paymentMethod {@code payment_method}: Payment method, as PayKKa spelled it (any spelling of
 *     a known spelling, or a method this version does not know); interpreted by the mapper.
 */
public record PaymentInfoRespDto(
    @Nullable String paymentMethod) implements SentByPaykka {
}

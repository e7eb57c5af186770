package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The payment method of a response ({@code payment}, seed 000 {@code PaymentInfoRespInPayments}).
 *
 * @param paymentMethod {@code payment_method}: Payment method.
 */
public record PaymentInfoRespDto(
    @Nullable PaymentMethod paymentMethod) {
}

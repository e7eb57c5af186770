package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The amounts of an order ({@code balances}, seed 000 {@code BalanceResp}); all in minor units.
 *
 * @param authedAmount {@code authed_amount}: Authorised.
 * @param capturedAmount {@code captured_amount}: Captured.
 * @param ableToCaptureAmount {@code able_to_capture_amount}: Still capturable.
 * @param voidedAmount {@code voided_amount}: Voided.
 * @param ableToVoidAmount {@code able_to_void_amount}: Still voidable.
 * @param refundedAmount {@code refunded_amount}: Refunded.
 * @param ableToRefundAmount {@code able_to_refund_amount}: Still refundable.
 */
public record BalanceResp(
    @Nullable Long authedAmount,
    @Nullable Long capturedAmount,
    @Nullable Long ableToCaptureAmount,
    @Nullable Long voidedAmount,
    @Nullable Long ableToVoidAmount,
    @Nullable Long refundedAmount,
    @Nullable Long ableToRefundAmount) {
}

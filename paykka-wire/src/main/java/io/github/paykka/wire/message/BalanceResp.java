package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The amounts of an order ({@code balances}, seed 000 {@code BalanceResp}); all in minor units.
 *
 * <p>The {@code able_to_*} figures are PayKKa's own word on what may still be done; the mapper keeps them as the truth
 * and computes only the ones PayKKa leaves out.
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
    @Nullable Long ableToRefundAmount) implements SentByPaykka {
}

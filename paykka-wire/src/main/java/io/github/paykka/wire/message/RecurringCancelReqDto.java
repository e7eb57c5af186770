package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/recurring/cancel} (seed 000 {@code RecurringCancelReqDto}).
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param recurringAgreementId {@code recurring_agreement_id}: Recurring agreement ID; [0..32] characters; required.
 * @param shopperReference {@code shopper_reference}: Customer number; [0..64] characters; required.
 */
public record RecurringCancelReqDto(
    @Nullable String merchantId,
    @Nullable Long timestamp,
    @Nullable String recurringAgreementId,
    @Nullable String shopperReference) {
}

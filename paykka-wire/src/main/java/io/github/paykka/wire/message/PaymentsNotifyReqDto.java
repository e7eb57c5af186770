package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of a payment notification sent by PayKKa ({@code PaymentsNotifyReqDto}).
 *
 * <p>Fields from PAYKKA-FACTS.md (public docs and later versions); {@code balances} assumed from the schema name {@code BalanceRespInNotify}.
 *
 * @param timestamp {@code timestamp}: When PayKKa sent it (epoch milliseconds, or seconds in the v1.2 page's example);
 *     int64; part of the signed string.
 * @param notifyType {@code notify_type}: Notification type.
 * @param errorCode {@code error_code}: Transaction error code (see {@link io.github.paykka.wire.error.ErrorCatalog}); present on failure.
 * @param errorDescription {@code error_description}: Transaction error description.
 * @param merchantId {@code merchant_id}: Merchant ID.
 * @param transId {@code trans_id}: Merchant order number.
 * @param orderId {@code order_id}: PayKKa order number.
 * @param sessionId {@code session_id}: Checkout session ID.
 * @param status {@code status}: Order status, raw (the mapping's spelling table reads the known values).
 * @param amount {@code amount}: Amount in minor units.
 * @param currency {@code currency}: Currency.
 * @param payFinishTime {@code pay_finish_time}: Payment completion time.
 * @param expireTime {@code expire_time}: Expiry.
 * @param recurringAgreementId {@code recurring_agreement_id}: Recurring agreement ID.
 * @param token {@code token}: Card token.
 * @param shopperReference {@code shopper_reference}: Customer reference.
 * @param authenticationResult {@code authentication_result}: 3DS state.
 * @param payment {@code payment}: Payment method.
 * @param cardInfo {@code card_info}: Card data.
 * @param balances {@code balances}: Balances (assumed).
 */
public record PaymentsNotifyReqDto(
    @Nullable Long timestamp,
    @Nullable String notifyType,
    @Nullable String errorCode,
    @Nullable String errorDescription,
    @Nullable String merchantId,
    @Nullable String transId,
    @Nullable String orderId,
    @Nullable String sessionId,
    @Nullable String status,
    @Nullable Long amount,
    @Nullable String currency,
    @Nullable String payFinishTime,
    @Nullable String expireTime,
    @Nullable String recurringAgreementId,
    @Nullable String token,
    @Nullable String shopperReference,
    @Nullable AuthenticationRecordDto authenticationResult,
    @Nullable PaymentInfoRespDto payment,
    @Nullable CardInfoRespDto cardInfo,
    @Nullable BalanceResp balances) implements SentByPaykka {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of the {@code /payments/query} response (seed 000 {@code PaymentsQueryRespDto}).
 *
 * <p>Enum-like fields are kept as PayKKa's raw text, so that a value this version does not know stays visible; the
 * mapper interprets them.
 *
 * @param errorCode {@code error_code}: Transaction error code (see {@link io.github.paykka.wire.error.ErrorCatalog}); present on failure.
 * @param errorDescription {@code error_description}: Transaction error description.
 * @param merchantId {@code merchant_id}: Merchant ID.
 * @param transId {@code trans_id}: Merchant order number.
 * @param orderId {@code order_id}: PayKKa order number (GW...).
 * @param status {@code status}: Order status, raw (the mapping's spelling table reads the known values).
 * @param authorisationType {@code authorisation_type}: Authorisation type, raw (the mapping's spelling table reads the known values).
 * @param captureMethod {@code capture_method}: Capture method, raw (the mapping's spelling table reads the known values).
 * @param amount {@code amount}: Amount in minor units.
 * @param currency {@code currency}: Currency.
 * @param payFinishTime {@code pay_finish_time}: Payment completion time.
 * @param recurringAgreementId {@code recurring_agreement_id}: Recurring agreement ID, for recurring payments.
 * @param token {@code token}: Card token.
 * @param shopperReference {@code shopper_reference}: Customer reference.
 * @param authenticationResult {@code authentication_result}: 3DS state; {@code authentication_url} set means a challenge is waiting.
 * @param expireTime {@code expire_time}: Expiration time.
 * @param sessionId {@code session_id}: Checkout session ID (CS...).
 * @param payment {@code payment}: Payment method.
 * @param cardInfo {@code card_info}: Card data.
 * @param balances {@code balances}: Balances.
 */
public record PaymentsQueryRespDto(
    @Nullable String errorCode,
    @Nullable String errorDescription,
    @Nullable String merchantId,
    @Nullable String transId,
    @Nullable String orderId,
    @Nullable String status,
    @Nullable String authorisationType,
    @Nullable String captureMethod,
    @Nullable Long amount,
    @Nullable String currency,
    @Nullable String payFinishTime,
    @Nullable String recurringAgreementId,
    @Nullable String token,
    @Nullable String shopperReference,
    @Nullable AuthenticationRecordDto authenticationResult,
    @Nullable String expireTime,
    @Nullable String sessionId,
    @Nullable PaymentInfoRespDto payment,
    @Nullable CardInfoRespDto cardInfo,
    @Nullable BalanceResp balances) implements SentByPaykka {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The response of {@code /payments/session/query} ({@code SessionQueryRespDto}).
 *
 * <p><b>Assumption</b>: not in the seeds; assumed to be the session response plus the {@code order_id} of the payment made in it.
 *
 * @param errorCode {@code error_code}: Transaction error code (see {@link io.github.paykka.wire.error.ErrorCatalog}); present on failure.
 * @param errorDescription {@code error_description}: Transaction error description.
 * @param merchantId {@code merchant_id}: Merchant ID.
 * @param transId {@code trans_id}: Merchant order number.
 * @param sessionId {@code session_id}: Checkout session ID (CS...).
 * @param sessionMode {@code session_mode}: Session mode, raw (the mapping's spelling table reads the known values).
 * @param status {@code status}: Session status; only {@code PROCESSING} is public ({@code SessionStatusEnum}), so kept a string.
 * @param amount {@code amount}: Amount in minor units.
 * @param currency {@code currency}: Currency.
 * @param expireTime {@code expire_time}: Expiry.
 * @param authorisationType {@code authorisation_type}: Authorisation type, raw (the mapping's spelling table reads the known values).
 * @param captureMethod {@code capture_method}: Capture method, raw (the mapping's spelling table reads the known values).
 * @param sessionUrl {@code session_url}: URL to send the shopper to.
 * @param orderId {@code order_id}: PayKKa order number of the payment, once made (assumed).
 */
public record SessionQueryRespDto(
    @Nullable String errorCode,
    @Nullable String errorDescription,
    @Nullable String merchantId,
    @Nullable String transId,
    @Nullable String sessionId,
    @Nullable String sessionMode,
    @Nullable String status,
    @Nullable Long amount,
    @Nullable String currency,
    @Nullable String expireTime,
    @Nullable String authorisationType,
    @Nullable String captureMethod,
    @Nullable String sessionUrl,
    @Nullable String orderId) implements SentByPaykka {
}

package io.github.paykka.wire.message;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /payments/session}: create a checkout session (seed 003 {@code SessionCreateReqDto}).
 *
 * <p>One {@code trans_id} creates at most one session. The {@code payment} part carries only {@code store_payment_method}, {@code token_usage}
 * and {@code shopper_reference} here (PayKKa's {@code SessionPaymentInfoReqDto}); we reuse {@link PaymentInfoReqDto} for it.
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param paymentType {@code payment_type}: Payment type.
 * @param authorisationType {@code authorisation_type}: Authorisation type.
 * @param captureMethod {@code capture_method}: Capture method.
 * @param transId {@code trans_id}: Merchant order number; [0..32] characters.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param currency {@code currency}: Currency.
 * @param amount {@code amount}: Amount in minor units; read from a number or numeric string.
 * @param notifyUrl {@code notify_url}: Notification URL; [0..200] characters.
 * @param returnUrl {@code return_url}: Return URL; [0..200] characters.
 * @param expireTime {@code expire_time}: Session expiry, e.g. {@code "2023-11-24T11:34:37+0800"}.
 * @param sessionMode {@code session_mode}: Session mode.
 * @param displayMerchantName {@code display_merchant_name}: Merchant name shown.
 * @param displayLocale {@code display_locale}: Locale shown, e.g. {@code "zh-CN"}.
 * @param themeId {@code theme_id}: Checkout theme.
 * @param goods {@code goods}: Products.
 * @param bill {@code bill}: Billing information.
 * @param shipping {@code shipping}: Shipping information.
 * @param customer {@code customer}: Customer.
 * @param payment {@code payment}: Storage preferences.
 * @param authentication {@code authentication}: 3DS preferences.
 * @param allowedPaymentMethods {@code allowed_payment_methods}: Methods offered (if set, only these); written in seed
 *     000's enum spelling, as seed 003's example does ({@code ["BankCard"]}).
 * @param blockedPaymentMethods {@code blocked_payment_methods}: Methods not offered; written as the allowed ones.
 */
public record SessionCreateReqDto(
    @Nullable String merchantId,
    @Nullable String paymentType,
    @Nullable String authorisationType,
    @Nullable String captureMethod,
    @Nullable String transId,
    @Nullable Long timestamp,
    @Nullable String currency,
    @Nullable Long amount,
    @Nullable String notifyUrl,
    @Nullable String returnUrl,
    @Nullable String expireTime,
    @Nullable String sessionMode,
    @Nullable String displayMerchantName,
    @Nullable String displayLocale,
    @Nullable String themeId,
    @Nullable List<GoodsReqDto> goods,
    @Nullable BillReqDto bill,
    @Nullable ShippingReqDto shipping,
    @Nullable CustomerReqDto customer,
    @Nullable PaymentInfoReqDto payment,
    @Nullable AuthenticationReqDto authentication,
    @Nullable List<String> allowedPaymentMethods,
    @Nullable List<String> blockedPaymentMethods) {
  /** Copies lists so that the record stays immutable. */
  public SessionCreateReqDto {
    goods = goods == null ? null : List.copyOf(goods);
    allowedPaymentMethods = allowedPaymentMethods == null ? null : List.copyOf(allowedPaymentMethods);
    blockedPaymentMethods = blockedPaymentMethods == null ? null : List.copyOf(blockedPaymentMethods);
  }
}

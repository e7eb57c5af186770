package io.github.paykka.wire.message;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /payments}: initiate a transaction (seed 000 {@code PaymentsReqDto}).
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param paymentType {@code payment_type}: Payment type; required.
 * @param authorisationType {@code authorisation_type}: Authorisation type; default {@code FINAL_AUTH}.
 * @param captureMethod {@code capture_method}: Capture method.
 * @param transId {@code trans_id}: Merchant order number; [0..32] characters; required.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param currency {@code currency}: ISO 4217 code; required. Seed enum: CNY USD JPY RUB EUR GBP HKD AUD CAD INR; kept a string as PayKKa may add currencies.
 * @param amount {@code amount}: Amount in minor units of {@code currency}; int64 &gt;= 1; required. Read from a number or a numeric string, written as a number.
 * @param notifyUrl {@code notify_url}: Notification URL; [0..200] characters; required.
 * @param returnUrl {@code return_url}: Redirect URL after 3DS or checkout; [0..200] characters; required except for subsequent recurring payments.
 * @param payment {@code payment}: Payment data; required.
 * @param browser {@code browser}: Browser; required except for subsequent recurring payments.
 * @param goods {@code goods}: Products; required except for subsequent recurring payments (seed 001's example has none).
 * @param bill {@code bill}: Billing information.
 * @param shipping {@code shipping}: Shipping information.
 * @param customer {@code customer}: Customer; required except for subsequent recurring payments.
 * @param authentication {@code authentication}: 3DS preferences.
 * @param amountBreakdown {@code amount_breakdown}: Amount breakdown.
 * @param recurringAgreementId {@code recurring_agreement_id}: Recurring agreement ID; [0..32] characters; required for subsequent recurring payments.
 * @param mit {@code mit}: Merchant-initiated; required in RECURRING payments (PayKKa's code 2010): false on the first, true on the subsequent ones.
 */
public record PaymentsReqDto(
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
    @Nullable PaymentInfoReqDto payment,
    @Nullable BrowserReqDto browser,
    @Nullable List<GoodsReqDto> goods,
    @Nullable BillReqDto bill,
    @Nullable ShippingReqDto shipping,
    @Nullable CustomerReqDto customer,
    @Nullable AuthenticationReqDto authentication,
    @Nullable AmountBreakdownReqDto amountBreakdown,
    @Nullable String recurringAgreementId,
    @Nullable Boolean mit) {
  /** Copies lists so that the record stays immutable. */
  public PaymentsReqDto {
    goods = goods == null ? null : List.copyOf(goods);
  }
}

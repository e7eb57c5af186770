package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code /payments/refund} ({@code RefundReqDto}).
 *
 * <p><b>Assumption</b>: the fields come from PayKKa's later API version and a public integration (PAYKKA-FACTS.md), not from v1.2 seeds.
 *
 * @param merchantId {@code merchant_id}: Merchant ID; [0..32] characters; required. Example {@code "18356675194960"}.
 * @param timestamp {@code timestamp}: Epoch milliseconds of the request; int64; required; part of the signed string.
 * @param refundTransId {@code refund_trans_id}: Merchant refund number; [0..32] characters (assumed).
 * @param oriOrderId {@code ori_order_id}: Original PayKKa order number (GW...).
 * @param reason {@code reason}: Reason.
 * @param refundAmount {@code refund_amount}: Amount to refund, minor units; read from a number or numeric string.
 * @param currency {@code currency}: Currency.
 * @param notifyUrl {@code notify_url}: Refund notification URL; [0..200] characters (assumed).
 */
public record RefundReqDto(
    @Nullable String merchantId,
    @Nullable Long timestamp,
    @Nullable String refundTransId,
    @Nullable String oriOrderId,
    @Nullable String reason,
    @Nullable Long refundAmount,
    @Nullable String currency,
    @Nullable String notifyUrl) {
}

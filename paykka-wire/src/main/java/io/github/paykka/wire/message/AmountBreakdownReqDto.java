package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * How the amount breaks down ({@code amount_breakdown}).
 *
 * <p><b>Assumption</b>: PayKKa names {@code AmountBreakdownReqDto} but does not publish its fields; we assume these four, all in minor
 * units of the payment currency.
 *
 * @param goodsAmount {@code goods_amount}: Goods amount, minor units (assumed).
 * @param shippingAmount {@code shipping_amount}: Shipping amount, minor units (assumed).
 * @param taxAmount {@code tax_amount}: Tax amount, minor units (assumed).
 * @param discountAmount {@code discount_amount}: Discount amount, minor units (assumed).
 */
public record AmountBreakdownReqDto(
    @Nullable Long goodsAmount,
    @Nullable Long shippingAmount,
    @Nullable Long taxAmount,
    @Nullable Long discountAmount) {
}

package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * One product of an order ({@code goods[]}, seed 000 {@code GoodsReqDto}).
 *
 * @param id {@code id}: Product ID; [0..100] characters.
 * @param name {@code name}: Product name; [0..200] characters; required.
 * @param description {@code description}: Product description; [0..500] characters.
 * @param category {@code category}: Product category; [0..64] characters.
 * @param brand {@code brand}: Product brand; [0..64] characters.
 * @param link {@code link}: Product link; [0..200] characters; required.
 * @param price {@code price}: Product price in minor units; int64 &gt;= 1; required. Read from a number or a numeric string.
 * @param quantity {@code quantity}: Product quantity; int32 &gt;= 1; required.
 * @param deliveryDate {@code delivery_date}: Delivery time, e.g. {@code "2023-11-24T11:34:37+0800"}.
 * @param pictureUrl {@code picture_url}: Product image URL; [0..200] characters.
 */
public record GoodsReqDto(
    @Nullable String id,
    @Nullable String name,
    @Nullable String description,
    @Nullable String category,
    @Nullable String brand,
    @Nullable String link,
    @Nullable Long price,
    @Nullable Integer quantity,
    @Nullable String deliveryDate,
    @Nullable String pictureUrl) {
}

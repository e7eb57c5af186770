package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The customer ({@code customer}, seed 000 {@code CustomerReqDto}).
 *
 * @param id {@code id}: User ID; [0..100] characters.
 * @param registrationTime {@code registration_time}: Registration time, e.g. {@code "2023-11-24T11:34:37+0800"}.
 * @param pastTransactions {@code past_transactions}: Transaction count; int32 &gt;= 0.
 * @param areaCode {@code area_code}: Area code; [0..10] characters, e.g. {@code "+852"}.
 * @param phoneNumber {@code phone_number}: Phone; [0..30] characters.
 * @param dateOfBirth {@code date_of_birth}: Birthday; [0..10] characters.
 * @param gender {@code gender}: Gender; [0..10] characters.
 * @param firstShoppingTime {@code first_shopping_time}: First shopping time.
 * @param lastShoppingTime {@code last_shopping_time}: Last shopping time.
 * @param level {@code level}: Member level; [0..10] characters.
 * @param email {@code email}: Email; [0..200] characters.
 * @param payIp {@code pay_ip}: IP address at payment; [0..64] characters; not required for MIT.
 * @param orderIp {@code order_ip}: IP address at order creation; [0..64] characters; not required for MIT.
 */
public record CustomerReqDto(
    @Nullable String id,
    @Nullable String registrationTime,
    @Nullable Integer pastTransactions,
    @Nullable String areaCode,
    @Nullable String phoneNumber,
    @Nullable String dateOfBirth,
    @Nullable String gender,
    @Nullable String firstShoppingTime,
    @Nullable String lastShoppingTime,
    @Nullable String level,
    @Nullable String email,
    @Nullable String payIp,
    @Nullable String orderIp) {
}

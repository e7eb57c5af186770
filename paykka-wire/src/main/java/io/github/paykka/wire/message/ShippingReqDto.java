package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Shipping information ({@code shipping}, seed 000 {@code ShippingReqDto}); required for physical goods.
 *
 * <p>Field lengths are not published; fields are those of the seed 000 and 003 examples.
 *
 * @param firstName {@code first_name}: First name.
 * @param middleName {@code middle_name}: Middle name.
 * @param lastName {@code last_name}: Last name.
 * @param addressLine1 {@code address_line1}: Address line 1.
 * @param addressLine2 {@code address_line2}: Address line 2.
 * @param country {@code country}: Country, ISO 3166-1 alpha-2.
 * @param state {@code state}: State or province.
 * @param city {@code city}: City.
 * @param postalCode {@code postal_code}: Postal code.
 * @param email {@code email}: Email.
 * @param areaCode {@code area_code}: Phone area code, e.g. {@code "+852"}.
 * @param phoneNumber {@code phone_number}: Phone number.
 */
public record ShippingReqDto(
    @Nullable String firstName,
    @Nullable String middleName,
    @Nullable String lastName,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String country,
    @Nullable String state,
    @Nullable String city,
    @Nullable String postalCode,
    @Nullable String email,
    @Nullable String areaCode,
    @Nullable String phoneNumber) {
}

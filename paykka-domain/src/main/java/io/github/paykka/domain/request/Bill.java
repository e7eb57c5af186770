package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;
import io.github.paykka.domain.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Billing information ({@code bill}); recommended for card payments when the site collects it.
 *
 * <p>Construction checks only presence of required parts; the PayKKa rules (lengths, minimums) are checked by
 * {@link PaymentRequest.Builder#validate()}, which reports every broken rule at once.
 *
 * @param billingAddressCollection {@code billing_address_collection}
 * @param firstName {@code first_name}
 * @param middleName {@code middle_name}
 * @param lastName {@code last_name}
 * @param addressLine1 {@code address_line1}
 * @param addressLine2 {@code address_line2}
 * @param country {@code country}, ISO 3166-1 alpha-2
 * @param state {@code state}
 * @param city {@code city}
 * @param postalCode {@code postal_code}
 * @param email {@code email}
 * @param areaCode {@code area_code}
 * @param phoneNumber {@code phone_number}
 * @param descriptor {@code descriptor}
 */
public record Bill(
    @Nullable String billingAddressCollection,
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
    @Nullable String phoneNumber,
    @Nullable String descriptor) {

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every broken rule of this part, each naming its field under {@code path}. */
  List<FieldError> errors(String path) {
    List<FieldError> errors = new ArrayList<>();
    Rules.country(errors, path + ".country", country);
    return errors;
  }

  /** Builds a {@link Bill}; setters accept {@code null} to leave a field out. */
  public static final class Builder {
    private @Nullable String billingAddressCollection;
    private @Nullable String firstName;
    private @Nullable String middleName;
    private @Nullable String lastName;
    private @Nullable String addressLine1;
    private @Nullable String addressLine2;
    private @Nullable String country;
    private @Nullable String state;
    private @Nullable String city;
    private @Nullable String postalCode;
    private @Nullable String email;
    private @Nullable String areaCode;
    private @Nullable String phoneNumber;
    private @Nullable String descriptor;

    private Builder() {}

    /** {@code billing_address_collection}. */
    public Builder billingAddressCollection(@Nullable String billingAddressCollection) {
      this.billingAddressCollection = billingAddressCollection;
      return this;
    }

    /** {@code first_name}. */
    public Builder firstName(@Nullable String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** {@code middle_name}. */
    public Builder middleName(@Nullable String middleName) {
      this.middleName = middleName;
      return this;
    }

    /** {@code last_name}. */
    public Builder lastName(@Nullable String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** {@code address_line1}. */
    public Builder addressLine1(@Nullable String addressLine1) {
      this.addressLine1 = addressLine1;
      return this;
    }

    /** {@code address_line2}. */
    public Builder addressLine2(@Nullable String addressLine2) {
      this.addressLine2 = addressLine2;
      return this;
    }

    /** {@code country}. */
    public Builder country(@Nullable String country) {
      this.country = country;
      return this;
    }

    /** {@code state}. */
    public Builder state(@Nullable String state) {
      this.state = state;
      return this;
    }

    /** {@code city}. */
    public Builder city(@Nullable String city) {
      this.city = city;
      return this;
    }

    /** {@code postal_code}. */
    public Builder postalCode(@Nullable String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /** {@code email}. */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /** {@code area_code}. */
    public Builder areaCode(@Nullable String areaCode) {
      this.areaCode = areaCode;
      return this;
    }

    /** {@code phone_number}. */
    public Builder phoneNumber(@Nullable String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /** {@code descriptor}. */
    public Builder descriptor(@Nullable String descriptor) {
      this.descriptor = descriptor;
      return this;
    }

    /** @throws NullPointerException if a required field is missing */
    public Bill build() {

      return new Bill(billingAddressCollection, firstName, middleName, lastName, addressLine1, addressLine2, country, state, city, postalCode, email, areaCode, phoneNumber, descriptor);
    }
  }
}

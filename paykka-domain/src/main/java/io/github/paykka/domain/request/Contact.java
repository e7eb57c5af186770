package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person at a postal address, with an email and a phone: the fields {@code bill} and {@code shipping} share (seed
 * 000's {@code BillReqDto} and {@code ShippingReqDto}). It is the shipping information of a request ({@code
 * shipping}, required for physical goods) and the contact of its {@link Bill}.
 *
 * <p>Every field is optional. The PayKKa rule on them ({@code country} is an ISO 3166-1 alpha-2 code) is checked by
 * the request builders' {@code validate()}, which reports every broken rule at once, each under its wire path
 * ({@code shipping.country}, {@code bill.country}).
 *
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
 */
public record Contact(
    Option<String> firstName,
    Option<String> middleName,
    Option<String> lastName,
    Option<String> addressLine1,
    Option<String> addressLine2,
    Option<String> country,
    Option<String> state,
    Option<String> city,
    Option<String> postalCode,
    Option<String> email,
    Option<String> areaCode,
    Option<String> phoneNumber) {

  public Contact {
    requireNonNull(firstName, "firstName == null");
    requireNonNull(middleName, "middleName == null");
    requireNonNull(lastName, "lastName == null");
    requireNonNull(addressLine1, "addressLine1 == null");
    requireNonNull(addressLine2, "addressLine2 == null");
    requireNonNull(country, "country == null");
    requireNonNull(state, "state == null");
    requireNonNull(city, "city == null");
    requireNonNull(postalCode, "postalCode == null");
    requireNonNull(email, "email == null");
    requireNonNull(areaCode, "areaCode == null");
    requireNonNull(phoneNumber, "phoneNumber == null");
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every broken rule of this part, each naming its field under {@code path}. */
  List<FieldError> errors(String path) {
    List<FieldError> errors = new ArrayList<>();
    Rules.country(errors, path + ".country", country.getOrNull());
    return errors;
  }

  /** Builds a {@link Contact}; setters accept {@code null} to leave a field out. */
  public static final class Builder {
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

    private Builder() {}

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

    /** {@code country}, ISO 3166-1 alpha-2, e.g. {@code FR}. */
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

    public Contact build() {
      return new Contact(Option.of(firstName), Option.of(middleName), Option.of(lastName), Option.of(addressLine1),
          Option.of(addressLine2), Option.of(country), Option.of(state), Option.of(city), Option.of(postalCode),
          Option.of(email), Option.of(areaCode), Option.of(phoneNumber));
    }
  }
}

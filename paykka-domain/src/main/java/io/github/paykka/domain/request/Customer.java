package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shopper ({@code customer}).
 *
 * <p>Construction checks only presence of required parts; the PayKKa rules (lengths, minimums) are checked by
 * {@link PaymentRequest.Builder#validate()}, which reports every broken rule at once.
 *
 * @param id {@code id}, at most 100 characters
 * @param registrationTime {@code registration_time}
 * @param pastTransactions {@code past_transactions}, at least 0
 * @param areaCode {@code area_code}, at most 10 characters
 * @param phoneNumber {@code phone_number}, at most 30 characters
 * @param dateOfBirth {@code date_of_birth}, at most 10 characters
 * @param gender {@code gender}, at most 10 characters
 * @param firstShoppingTime {@code first_shopping_time}
 * @param lastShoppingTime {@code last_shopping_time}
 * @param level {@code level}, at most 10 characters
 * @param email {@code email}, at most 200 characters
 * @param payIp {@code pay_ip}, at most 64 characters
 * @param orderIp {@code order_ip}, at most 64 characters
 */
public record Customer(
    Option<String> id,
    Option<OffsetDateTime> registrationTime,
    Option<Integer> pastTransactions,
    Option<String> areaCode,
    Option<String> phoneNumber,
    Option<String> dateOfBirth,
    Option<String> gender,
    Option<OffsetDateTime> firstShoppingTime,
    Option<OffsetDateTime> lastShoppingTime,
    Option<String> level,
    Option<String> email,
    Option<String> payIp,
    Option<String> orderIp) {

  public Customer {
    requireNonNull(id, "id == null");
    requireNonNull(registrationTime, "registrationTime == null");
    requireNonNull(pastTransactions, "pastTransactions == null");
    requireNonNull(areaCode, "areaCode == null");
    requireNonNull(phoneNumber, "phoneNumber == null");
    requireNonNull(dateOfBirth, "dateOfBirth == null");
    requireNonNull(gender, "gender == null");
    requireNonNull(firstShoppingTime, "firstShoppingTime == null");
    requireNonNull(lastShoppingTime, "lastShoppingTime == null");
    requireNonNull(level, "level == null");
    requireNonNull(email, "email == null");
    requireNonNull(payIp, "payIp == null");
    requireNonNull(orderIp, "orderIp == null");
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every broken rule of this part, each naming its field under {@code path}. */
  List<FieldError> errors(String path) {
    List<FieldError> errors = new ArrayList<>();
    Rules.maxLength(errors, path + ".id", id.getOrNull(), 100);
    Rules.atLeast(errors, path + ".past_transactions", pastTransactions.getOrNull(), 0);
    Rules.maxLength(errors, path + ".area_code", areaCode.getOrNull(), 10);
    Rules.maxLength(errors, path + ".phone_number", phoneNumber.getOrNull(), 30);
    Rules.maxLength(errors, path + ".date_of_birth", dateOfBirth.getOrNull(), 10);
    Rules.maxLength(errors, path + ".gender", gender.getOrNull(), 10);
    Rules.maxLength(errors, path + ".level", level.getOrNull(), 10);
    Rules.maxLength(errors, path + ".email", email.getOrNull(), 200);
    Rules.maxLength(errors, path + ".pay_ip", payIp.getOrNull(), 64);
    Rules.maxLength(errors, path + ".order_ip", orderIp.getOrNull(), 64);
    return errors;
  }

  /** Builds a {@link Customer}; setters accept {@code null} to leave a field out. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable OffsetDateTime registrationTime;
    private @Nullable Integer pastTransactions;
    private @Nullable String areaCode;
    private @Nullable String phoneNumber;
    private @Nullable String dateOfBirth;
    private @Nullable String gender;
    private @Nullable OffsetDateTime firstShoppingTime;
    private @Nullable OffsetDateTime lastShoppingTime;
    private @Nullable String level;
    private @Nullable String email;
    private @Nullable String payIp;
    private @Nullable String orderIp;

    private Builder() {}

    /** {@code id}. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** {@code registration_time}. */
    public Builder registrationTime(@Nullable OffsetDateTime registrationTime) {
      this.registrationTime = registrationTime;
      return this;
    }

    /** {@code past_transactions}. */
    public Builder pastTransactions(@Nullable Integer pastTransactions) {
      this.pastTransactions = pastTransactions;
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

    /** {@code date_of_birth}. */
    public Builder dateOfBirth(@Nullable String dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    /** {@code gender}. */
    public Builder gender(@Nullable String gender) {
      this.gender = gender;
      return this;
    }

    /** {@code first_shopping_time}. */
    public Builder firstShoppingTime(@Nullable OffsetDateTime firstShoppingTime) {
      this.firstShoppingTime = firstShoppingTime;
      return this;
    }

    /** {@code last_shopping_time}. */
    public Builder lastShoppingTime(@Nullable OffsetDateTime lastShoppingTime) {
      this.lastShoppingTime = lastShoppingTime;
      return this;
    }

    /** {@code level}. */
    public Builder level(@Nullable String level) {
      this.level = level;
      return this;
    }

    /** {@code email}. */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /** {@code pay_ip}. */
    public Builder payIp(@Nullable String payIp) {
      this.payIp = payIp;
      return this;
    }

    /** {@code order_ip}. */
    public Builder orderIp(@Nullable String orderIp) {
      this.orderIp = orderIp;
      return this;
    }

    public Customer build() {
      return new Customer(Option.of(id), Option.of(registrationTime), Option.of(pastTransactions),
          Option.of(areaCode), Option.of(phoneNumber), Option.of(dateOfBirth), Option.of(gender),
          Option.of(firstShoppingTime), Option.of(lastShoppingTime), Option.of(level), Option.of(email),
          Option.of(payIp), Option.of(orderIp));
    }
  }
}

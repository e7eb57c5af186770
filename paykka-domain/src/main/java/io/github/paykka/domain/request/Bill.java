package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.control.Option;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Billing information ({@code bill}); recommended for card payments when the site collects it: the {@link Contact}
 * billed, and what only a bill has.
 *
 * <p>The PayKKa rules on its contact are checked by the request builders' {@code validate()}, which reports every
 * broken rule at once.
 *
 * @param billingAddressCollection {@code billing_address_collection}
 * @param contact the person billed and their address: {@code first_name} to {@code phone_number}, flat in
 *     {@code bill} on the wire
 * @param descriptor {@code descriptor}
 */
public record Bill(Option<String> billingAddressCollection, Contact contact, Option<String> descriptor) {

  public Bill {
    requireNonNull(billingAddressCollection, "billingAddressCollection == null");
    requireNonNull(contact, "contact == null");
    requireNonNull(descriptor, "descriptor == null");
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every broken rule of this part, each naming its field under {@code path}. */
  List<FieldError> errors(String path) {
    return contact.errors(path);
  }

  /** Builds a {@link Bill}; setters accept {@code null} to leave a field out. */
  public static final class Builder {
    private @Nullable String billingAddressCollection;
    private Contact contact = Contact.builder().build();
    private @Nullable String descriptor;

    private Builder() {}

    /** {@code billing_address_collection}. */
    public Builder billingAddressCollection(@Nullable String billingAddressCollection) {
      this.billingAddressCollection = billingAddressCollection;
      return this;
    }

    /** The person billed and their address; every field empty by default. */
    public Builder contact(Contact contact) {
      this.contact = requireNonNull(contact, "contact == null");
      return this;
    }

    /** {@code descriptor}. */
    public Builder descriptor(@Nullable String descriptor) {
      this.descriptor = descriptor;
      return this;
    }

    public Bill build() {
      return new Bill(Option.of(billingAddressCollection), contact, Option.of(descriptor));
    }
  }
}

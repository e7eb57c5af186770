package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request for an Apple Pay merchant session ({@code POST /payments/apple-pay/create-session}); its constructor
 * checks the rules {@link #of} reports, so every instance is valid.
 *
 * @param domainName the domain the Apple Pay button is on, without protocol and port
 * @param displayName the merchant name shown to the shopper, at most 75 characters; PayKKa's default if absent
 */
public record ApplePaySessionRequest(String domainName, Option<String> displayName) {

  /** @throws InvalidValueException listing every rule the values break, as {@link #of} returns them */
  public ApplePaySessionRequest {
    requireNonNull(domainName, "domainName == null");
    requireNonNull(displayName, "displayName == null");
    List<FieldError> errors = errors(domainName, displayName.getOrNull());
    if (!errors.isEmpty()) throw new InvalidValueException(errors);
  }

  /**
   * The request for a page on {@code domainName}; as {@link #of}, but throwing.
   *
   * @param displayName at most 75 characters; {@code null} for PayKKa's default
   * @throws InvalidValueException listing every rule the values break, each naming its PayKKa field
   */
  public static ApplePaySessionRequest forDomain(String domainName, @Nullable String displayName) {
    return new ApplePaySessionRequest(domainName, Option.of(displayName));
  }

  /** The request, or every rule it breaks. */
  public static Validation<Seq<FieldError>, ApplePaySessionRequest> of(String domainName, @Nullable String displayName) {
    requireNonNull(domainName, "domainName == null");
    List<FieldError> errors = errors(domainName, displayName);
    if (!errors.isEmpty()) return Validation.invalid(io.vavr.collection.List.ofAll(errors));
    return Validation.valid(new ApplePaySessionRequest(domainName, Option.of(displayName)));
  }

  private static List<FieldError> errors(String domainName, @Nullable String displayName) {
    List<FieldError> errors = new ArrayList<>();
    Rules.required(errors, "domain_name", domainName);
    if (domainName.contains("/") || domainName.contains(":")) {
      errors.add(new FieldError("domain_name", "must be a domain name without protocol and port"));
    }
    Rules.maxLength(errors, "display_name", displayName, 75);
    return errors;
  }
}

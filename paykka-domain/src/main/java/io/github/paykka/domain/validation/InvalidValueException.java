package io.github.paykka.domain.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The domain's one refusal of a value: thrown by a constructor or factory given a value it cannot hold (a blank
 * {@code TransId}, negative {@code Money}, a card number of letters), and by a request builder's {@code build()}
 * listing every broken rule at once.
 *
 * <p>It is the only exception the domain throws for a value it refuses, so that an adapter can catch exactly this
 * and let anything else (a {@code NullPointerException}) surface as the bug it is. Like {@link FieldError}, the
 * message names fields and rules, never a value.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Not serialised with the exception: an immutable list of records the JDK cannot always read back. */
  private final transient List<FieldError> errors;

  /**
   * An exception listing {@code errors}.
   *
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public InvalidValueException(List<FieldError> errors) {
    super(message(errors));
    this.errors = List.copyOf(errors);
  }

  /** An exception for one broken rule of {@code field}. */
  public static InvalidValueException of(String field, String message) {
    return new InvalidValueException(List.of(new FieldError(field, message)));
  }

  /** Every broken rule, in the order found; never empty. */
  public List<FieldError> errors() {
    return errors;
  }

  private static String message(List<FieldError> errors) {
    requireNonNull(errors, "errors == null");
    if (errors.isEmpty()) throw new IllegalArgumentException("errors is empty");
    String listed = errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    return errors.size() == 1 ? listed : errors.size() + " errors: " + listed;
  }
}

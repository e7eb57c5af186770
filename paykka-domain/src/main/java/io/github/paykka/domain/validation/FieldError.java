package io.github.paykka.domain.validation;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule of a request, naming the field by its PayKKa wire path (e.g. {@code payment.card_no},
 * {@code goods[0].price}).
 *
 * <p>The message describes the rule, never the value: a card number must not reach a log through an error.
 *
 * @param field the wire path of the field
 * @param message what is wrong, without the value
 */
public record FieldError(String field, String message) {

  public FieldError {
    requireNonNull(field, "field == null");
    requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}

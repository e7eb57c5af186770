package io.github.paykka.wire.mapping;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.collection.Seq;

/**
 * Why a wire message could not become a domain value. Names the field (as a JSON path), never its value.
 */
public sealed interface MappingError {
  /** The JSON path of the field, e.g. {@code $.balances.captured_amount}. */
  String field();

  /** A one-line description, safe to log. */
  String describe();

  /** The domain needs a field the message does not carry. */
  record Missing(String field) implements MappingError {
    @Override
    public String describe() {
      return "missing " + field;
    }
  }

  /** The field is present but the domain cannot represent its value; {@code reason} is ours, never the value. */
  record Unrepresentable(String field, String reason) implements MappingError {
    @Override
    public String describe() {
      return "cannot represent " + field + ": " + reason;
    }
  }

  /**
   * The message is readable but its {@code status} is a value this version does not know: neither success nor failure.
   *
   * @param field the JSON path of the status, e.g. {@code $.status}
   * @param status the value as sent, reduced to printable characters and at most 64 of them (a status is PayKKa's
   *     enum text, never card data)
   */
  record UnknownStatus(String field, String status) implements MappingError {
    /** Checks the arguments. */
    public UnknownStatus {
      requireNonNull(field, "field == null");
      requireNonNull(status, "status == null");
    }

    @Override
    public String describe() {
      return "unknown status at " + field + ": '" + status + "'";
    }
  }

  /**
   * The message maps, but the domain's validation rejects the result: every broken rule, each naming its field by its
   * wire path (e.g. {@code payment.card_no}); the messages describe rules, never values.
   *
   * @param errors at least one broken rule
   */
  record Invalid(Seq<FieldError> errors) implements MappingError {
    /** @throws IllegalArgumentException if {@code errors} is empty */
    public Invalid {
      requireNonNull(errors, "errors == null");
      if (errors.isEmpty()) throw new IllegalArgumentException("errors is empty");
    }

    /** The JSON path of the first broken rule's field. */
    @Override
    public String field() {
      return "$." + errors.head().field();
    }

    @Override
    public String describe() {
      return "invalid " + errors.map(e -> "$." + e.field() + " " + e.message()).mkString("; ");
    }
  }
}

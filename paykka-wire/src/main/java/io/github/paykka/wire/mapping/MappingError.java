package io.github.paykka.wire.mapping;

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
}

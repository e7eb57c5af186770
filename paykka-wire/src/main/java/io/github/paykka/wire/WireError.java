package io.github.paykka.wire;

/**
 * Why bytes could not be decoded into a message: a value, never an exception.
 *
 * <p>Contract: a {@code WireError} names <em>where</em> and <em>what kind</em> of problem, never the offending value, so it
 * cannot carry card data. Paths are JSON paths of known fields ({@code $.payment.card_no}, {@code $.goods[0].price}).
 */
public sealed interface WireError {
  /** A one-line description, safe to log. */
  String describe();

  /** The bytes are not a single well-formed JSON document (or not UTF-8). */
  record Malformed(String reason, long line, long column) implements WireError {
    @Override
    public String describe() {
      return "malformed JSON (" + reason + ") at line " + line + ", column " + column;
    }
  }

  /** A field holds a value of the wrong JSON type or format (an object for a string, {@code "12x"} for an amount). */
  record WrongType(String path, String expected) implements WireError {
    @Override
    public String describe() {
      return "wrong type at " + path + ": expected " + expected;
    }
  }

  /** A required field is absent. */
  record MissingField(String path) implements WireError {
    @Override
    public String describe() {
      return "missing required field " + path;
    }
  }

  /** A value was well typed but not acceptable (for example a {@code null} inside a list). */
  record InvalidValue(String path) implements WireError {
    @Override
    public String describe() {
      return "invalid value at " + path;
    }
  }

  /** The document exceeds a safety limit (nesting depth, string, number or document length). */
  record TooLarge(String limit) implements WireError {
    @Override
    public String describe() {
      return "input too large: " + limit;
    }
  }

  /** Anything else that went wrong while reading; names only the kind of failure. */
  record Unreadable(String kind) implements WireError {
    @Override
    public String describe() {
      return "unreadable input (" + kind + ")";
    }
  }
}

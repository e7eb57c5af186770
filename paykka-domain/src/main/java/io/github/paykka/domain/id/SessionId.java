package io.github.paykka.domain.id;

/**
 * A hosted checkout session (e.g. {@code CS200395192979024625}).
 *
 * <p>Wire field {@code session_id}: 1 to 32 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record SessionId(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 32;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public SessionId {
    Ids.check(value, MAX_LENGTH, "SessionId");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static SessionId of(String value) {
    return new SessionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

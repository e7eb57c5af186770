package io.github.paykka.domain.id;

/**
 * The merchant's own order number; PayKKa creates at most one order per {@code trans_id}.
 *
 * <p>Wire field {@code trans_id}: 1 to 32 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record TransId(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 32;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public TransId {
    Ids.check(value, MAX_LENGTH, "TransId");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static TransId of(String value) {
    return new TransId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

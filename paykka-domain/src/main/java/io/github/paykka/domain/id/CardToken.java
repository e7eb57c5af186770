package io.github.paykka.domain.id;

/**
 * A stored payment method (e.g. {@code TK32896597324223532}).
 *
 * <p>Wire field {@code token}: 1 to 64 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record CardToken(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 64;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public CardToken {
    Ids.check(value, MAX_LENGTH, "CardToken");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static CardToken of(String value) {
    return new CardToken(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

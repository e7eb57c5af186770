package io.github.paykka.domain.id;

/**
 * The merchant's reference for a customer; stored tokens and agreements belong to it.
 *
 * <p>Wire field {@code shopper_reference}: 1 to 64 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record ShopperReference(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 64;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public ShopperReference {
    Ids.check(value, MAX_LENGTH, "ShopperReference");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static ShopperReference of(String value) {
    return new ShopperReference(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

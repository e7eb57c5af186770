package io.github.paykka.domain.id;

/**
 * The merchant's account at PayKKa.
 *
 * <p>Wire field {@code merchant_id}: 1 to 32 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record MerchantId(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 32;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public MerchantId {
    Ids.check(value, MAX_LENGTH, "MerchantId");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static MerchantId of(String value) {
    return new MerchantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

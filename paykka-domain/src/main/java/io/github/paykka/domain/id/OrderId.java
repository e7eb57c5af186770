package io.github.paykka.domain.id;

/**
 * PayKKa's order number (e.g. {@code GW200395192979024625}).
 *
 * <p>Wire field {@code order_id}: 1 to 32 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record OrderId(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 32;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public OrderId {
    Ids.check(value, MAX_LENGTH, "OrderId");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

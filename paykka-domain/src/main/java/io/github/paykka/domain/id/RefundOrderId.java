package io.github.paykka.domain.id;

/**
 * PayKKa's refund number (e.g. {@code RG...}; length assumed like {@code order_id}).
 *
 * <p>Wire field {@code refund_order_id}: 1 to 32 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record RefundOrderId(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 32;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public RefundOrderId {
    Ids.check(value, MAX_LENGTH, "RefundOrderId");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static RefundOrderId of(String value) {
    return new RefundOrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

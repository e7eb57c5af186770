package io.github.paykka.domain.id;

/**
 * The merchant's own refund number; one refund per {@code refund_trans_id} (length assumed like {@code trans_id}).
 *
 * <p>Wire field {@code refund_trans_id}: 1 to 32 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record RefundTransId(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 32;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public RefundTransId {
    Ids.check(value, MAX_LENGTH, "RefundTransId");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static RefundTransId of(String value) {
    return new RefundTransId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.github.paykka.domain.id;

/**
 * A recurring agreement made by a first RECURRING payment (e.g. {@code RA37285619238472}).
 *
 * <p>Wire field {@code recurring_agreement_id}: 1 to 32 characters, no control characters.
 *
 * @param value the identifier as PayKKa spells it
 */
public record RecurringAgreementId(String value) {
  /** The longest value PayKKa accepts. */
  public static final int MAX_LENGTH = 32;

  /** @throws IllegalArgumentException if {@code value} is blank, too long or holds control characters */
  public RecurringAgreementId {
    Ids.check(value, MAX_LENGTH, "RecurringAgreementId");
  }

  /** The identifier {@code value}; see the constructor for the rules. */
  public static RecurringAgreementId of(String value) {
    return new RecurringAgreementId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

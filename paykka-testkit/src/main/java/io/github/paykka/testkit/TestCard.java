package io.github.paykka.testkit;

import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.wire.error.ErrorCode;
import io.vavr.control.Option;

/**
 * The test cards of the fakes and the sandbox, and what each one does. PayKKa publishes no test cards beyond
 * {@code 4242424242424242}; these behaviours are the testkit's own convention (documented in
 * {@code docs/testing.md}), the same in the in-memory fakes and in the sandbox.
 *
 * <p>Any other number that passes the Luhn check is approved; one that fails it is declined with error code
 * {@value #INVALID_CARD_CODE}.
 */
public enum TestCard {
  /** Approved. */
  VISA_SUCCESS("4242424242424242", "VISA", Behaviour.APPROVE),
  /** Approved. */
  MASTERCARD_SUCCESS("5555555555554444", "MASTERCARD", Behaviour.APPROVE),
  /** Declined: error code {@value #DECLINED_CODE}. */
  DECLINED("4000000000000002", "VISA", Behaviour.DECLINE),
  /** Declined for insufficient funds: error code {@value #INSUFFICIENT_FUNDS_CODE}. */
  INSUFFICIENT_FUNDS("4000000000009995", "VISA", Behaviour.INSUFFICIENT_FUNDS),
  /**
   * Needs a 3DS challenge: the order stays PROCESSING with an {@code authentication_url}; completing the challenge
   * there approves it.
   */
  THREE_DS_CHALLENGE("4000000000003220", "VISA", Behaviour.CHALLENGE),
  /** Stays PROCESSING; the result (approved) comes later, asynchronously, by notification and query. */
  PROCESSING_THEN_APPROVED("4000000000000259", "VISA", Behaviour.ASYNC_APPROVE),
  /**
   * Approved, but every refund of the payment fails: REVIEWING, PROCESSING, then FAILURE with error code
   * {@code 1006} ("refund not allowed") and a {@code REFUND.FAILURE} notification; a testkit convention (the number
   * Stripe's test cards use for a refund that fails).
   */
  REFUND_FAILS("4000000000005126", "VISA", Behaviour.APPROVE);

  /** The error code of {@link #DECLINED} (PayKKa's documented example "Invalid Card" is {@code 2099}). */
  public static final String DECLINED_CODE = ErrorCode.INVALID_CARD;
  /** The error code of {@link #INSUFFICIENT_FUNDS}: a testkit convention, not a PayKKa code. */
  public static final String INSUFFICIENT_FUNDS_CODE = "9051";
  /** The error code for a number that fails the Luhn check. */
  public static final String INVALID_CARD_CODE = ErrorCode.INVALID_CARD;
  /**
   * The error code of a failed 3DS challenge of {@link #THREE_DS_CHALLENGE}: a testkit convention, not a PayKKa
   * code.
   */
  public static final String AUTHENTICATION_FAILED_CODE = "9052";

  /** What a test card makes happen. */
  public enum Behaviour {
    APPROVE,
    DECLINE,
    INSUFFICIENT_FUNDS,
    CHALLENGE,
    ASYNC_APPROVE
  }

  private final String number;
  private final String brand;
  private final Behaviour behaviour;

  TestCard(String number, String brand, Behaviour behaviour) {
    this.number = number;
    this.brand = brand;
    this.behaviour = behaviour;
  }

  /** The card number, e.g. {@code 4242424242424242}. */
  public String number() {
    return number;
  }

  /** The brand PayKKa would report in {@code card_info.card_brand}. */
  public String brand() {
    return brand;
  }

  /** What this card makes happen. */
  public Behaviour behaviour() {
    return behaviour;
  }

  /** This card as a plain card instrument, expiring 03/2030 with CVV 123. */
  public PaymentInstrument.PlainCard instrument() {
    return new PaymentInstrument.PlainCard(CardNumber.of(number), CardExpiry.of(3, 2030), Cvv.of("123"));
  }

  /** What a card number does: a test card's behaviour, APPROVE for other Luhn-valid numbers, DECLINE otherwise. */
  public static Behaviour behaviourOf(CardNumber number) {
    return find(number.digits()).map(TestCard::behaviour)
        .getOrElse(() -> number.passesLuhn() ? Behaviour.APPROVE : Behaviour.DECLINE);
  }

  /** The test card with this number, if it is one. */
  public static Option<TestCard> find(String number) {
    for (TestCard card : values()) {
      if (card.number.equals(number)) return Option.some(card);
    }
    return Option.none();
  }
}

package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to initiate a payment ({@code POST /payments}), PURCHASE or RECURRING. Every instance keeps every rule:
 * the seeds' lengths (in characters, i.e. Unicode code points) and minimums, and the rules of stored methods and
 * recurring payments that PayKKa's transaction error codes 2010 to 2014 describe. The constructor checks them all
 * (the builder's {@link Builder#validate()} reports them as a value instead): there is no way to make one that breaks
 * a rule.
 *
 * <p>The authorisation type is always {@code FINAL_AUTH}, the only value PayKKa v1.2 knows.
 *
 * @param paymentType PURCHASE or RECURRING
 * @param captureMethod automatic or manual capture
 * @param transId the merchant's order number; PayKKa makes at most one order per number
 * @param amount at least one minor unit, in a currency PayKKa lists
 * @param notifyUrl where PayKKa sends notifications
 * @param returnUrl where the shopper returns after 3DS; required except for merchant-initiated payments
 * @param payment the instrument and what to do with it
 * @param browser the shopper's browser; required except for merchant-initiated payments
 * @param goods the products, at least one except for merchant-initiated payments (empty: not sent)
 * @param bill billing information
 * @param shipping shipping information
 * @param customer the shopper; required except for merchant-initiated payments
 * @param authentication 3DS preferences
 * @param amountBreakdown how the amount is made up
 * @param recurringAgreementId the agreement of a merchant-initiated recurring payment
 * @param mit whether the merchant initiated this (subsequent recurring) payment; always sent for RECURRING
 */
public record PaymentRequest(
    PaymentType paymentType,
    CaptureMethod captureMethod,
    TransId transId,
    Money amount,
    String notifyUrl,
    Option<String> returnUrl,
    PaymentDetails payment,
    Option<Browser> browser,
    List<Goods> goods,
    Option<Bill> bill,
    Option<Contact> shipping,
    Option<Customer> customer,
    Option<Authentication> authentication,
    Option<AmountBreakdown> amountBreakdown,
    Option<RecurringAgreementId> recurringAgreementId,
    boolean mit) {

  /**
   * Checks every rule at once, as {@link Builder#validate()} does.
   *
   * @throws InvalidValueException listing every rule the request breaks, each naming its field by its wire path
   * @throws NullPointerException if a component is null
   */
  public PaymentRequest {
    goods = List.copyOf(goods);
    List<FieldError> errors = builder().paymentType(paymentType).captureMethod(captureMethod).transId(transId)
        .amount(amount).notifyUrl(notifyUrl).returnUrl(returnUrl.getOrNull()).instrument(payment.instrument())
        .storePaymentMethod(payment.storePaymentMethod()).tokenUsage(payment.tokenUsage().getOrNull())
        .shopperReference(payment.shopperReference().getOrNull()).holderName(payment.holderName().getOrNull())
        .holderEmail(payment.holderEmail().getOrNull()).browser(browser.getOrNull()).goods(goods)
        .bill(bill.getOrNull()).shipping(shipping.getOrNull()).customer(customer.getOrNull())
        .authentication(authentication.getOrNull()).amountBreakdown(amountBreakdown.getOrNull())
        .recurringAgreementId(recurringAgreementId.getOrNull()).mit(mit).errors();
    if (!errors.isEmpty()) throw new InvalidValueException(errors);
  }

  /** A builder for a PURCHASE with automatic capture; set what differs. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this is the first payment of a recurring agreement (it stores the card). */
  public boolean isFirstRecurring() {
    return paymentType == PaymentType.RECURRING && !mit;
  }

  /** Whether this is a merchant-initiated payment of an existing agreement. */
  public boolean isMerchantInitiated() {
    return paymentType == PaymentType.RECURRING && mit;
  }

  /**
   * Collects a payment request; {@link #validate()} checks every rule at once. Identifiers may be given as text:
   * a malformed one is reported with the other errors instead of throwing.
   */
  public static final class Builder extends OrderRequestBuilder<Builder, PaymentRequest> {
    private @Nullable PaymentInstrument instrument;
    private @Nullable String holderName;
    private @Nullable String holderEmail;
    private @Nullable Browser browser;
    private @Nullable AmountBreakdown amountBreakdown;
    private @Nullable String recurringAgreementId;
    private @Nullable Boolean mit;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** How the shopper pays ({@code payment}); required. */
    public Builder instrument(PaymentInstrument instrument) {
      this.instrument = requireNonNull(instrument, "instrument == null");
      return this;
    }

    /** The cardholder's name ({@code holder_name}, at most 100 characters). */
    public Builder holderName(@Nullable String holderName) {
      this.holderName = holderName;
      return this;
    }

    /** The cardholder's email ({@code holder_email}). */
    public Builder holderEmail(@Nullable String holderEmail) {
      this.holderEmail = holderEmail;
      return this;
    }

    /** The shopper's browser ({@code browser}); required except for merchant-initiated payments. */
    public Builder browser(@Nullable Browser browser) {
      this.browser = browser;
      return this;
    }

    /** How the amount is made up ({@code amount_breakdown}). */
    public Builder amountBreakdown(@Nullable AmountBreakdown amountBreakdown) {
      this.amountBreakdown = amountBreakdown;
      return this;
    }

    /** The agreement of a merchant-initiated recurring payment ({@code recurring_agreement_id}). */
    public Builder recurringAgreementId(@Nullable RecurringAgreementId id) {
      return recurringAgreementId(id == null ? null : id.value());
    }

    /** The agreement as text; checked by {@link #validate()}. */
    public Builder recurringAgreementId(@Nullable String id) {
      this.recurringAgreementId = id;
      return this;
    }

    /**
     * Whether the merchant initiates this payment ({@code mit}): required for RECURRING, {@code false} on the first
     * payment (the one that stores the card), {@code true} on the subsequent ones; not set, or {@code false}, for a
     * PURCHASE.
     */
    public Builder mit(boolean mit) {
      this.mit = mit;
      return this;
    }

    @Override
    PaymentRequest create() {
      PaymentDetails details = new PaymentDetails(instrument, storePaymentMethod, Option.of(tokenUsage),
          Option.of(shopperReference).map(ShopperReference::of), Option.of(holderName), Option.of(holderEmail));
      return new PaymentRequest(paymentType, captureMethod, TransId.of(transId), amount, notifyUrl,
          Option.of(returnUrl), details, Option.of(browser), goods, Option.of(bill), Option.of(shipping),
          Option.of(customer), Option.of(authentication), Option.of(amountBreakdown),
          Option.of(recurringAgreementId).map(RecurringAgreementId::of), Boolean.TRUE.equals(mit));
    }

    @Override
    List<FieldError> errors() {
      List<FieldError> errors = new ArrayList<>();
      Rules.required(errors, "trans_id", transId);
      OrderRules.parse(errors, "trans_id", transId, TransId::of);
      OrderRules.amount(errors, amount);
      boolean subsequent = RecurringRules.subsequent(paymentType, mit, recurringAgreementId);
      OrderRules.urls(errors, notifyUrl, returnUrl, !subsequent);
      if (!subsequent) {
        Rules.required(errors, "browser", browser);
        Rules.required(errors, "customer", customer);
      }
      Rules.required(errors, "payment.payment_method", instrument);
      if (instrument != null) InstrumentRules.check(errors, instrument);
      OrderRules.parse(errors, "payment.shopper_reference", shopperReference, ShopperReference::of);
      Rules.maxLength(errors, "payment.holder_name", holderName, 100);
      OrderRules.storing(errors, storePaymentMethod, tokenUsage, shopperReference);
      if (instrument instanceof PaymentInstrument.SavedCard && shopperReference == null) {
        errors.add(new FieldError("payment.shopper_reference", "is required to pay with a token"));
      }
      OrderRules.parse(errors, "recurring_agreement_id", recurringAgreementId, RecurringAgreementId::of);
      RecurringRules.payment(errors, paymentType, mit, storePaymentMethod, instrument, recurringAgreementId);
      OrderRules.parts(errors, !subsequent, goods, customer, bill, shipping, authentication);
      if (browser != null) errors.addAll(browser.errors("browser"));
      if (amountBreakdown != null) errors.addAll(amountBreakdown.errors("amount_breakdown"));
      return errors;
    }
  }
}

package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to initiate a payment ({@code POST /payments}), PURCHASE or RECURRING. Every instance has passed
 * {@link Builder#validate()} (there is no other way to make one: {@link #builder()}, then {@code validate()} or
 * {@code build()}): the seeds' lengths (in characters, i.e. Unicode code points) and minimums, and the rules
 * of stored methods and recurring payments that PayKKa's transaction error codes 2010 to 2014 describe.
 *
 * <p>The authorisation type is always {@code FINAL_AUTH}, the only value PayKKa v1.2 knows.
 */
public final class PaymentRequest {
  private final PaymentType paymentType;
  private final CaptureMethod captureMethod;
  private final TransId transId;
  private final Money amount;
  private final String notifyUrl;
  private final Option<String> returnUrl;
  private final PaymentDetails payment;
  private final Option<Browser> browser;
  private final List<Goods> goods;
  private final Option<Bill> bill;
  private final Option<Contact> shipping;
  private final Option<Customer> customer;
  private final Option<Authentication> authentication;
  private final Option<AmountBreakdown> amountBreakdown;
  private final Option<RecurringAgreementId> recurringAgreementId;
  private final boolean mit;

  /** Only the builder calls this, after {@code validate()} found no error. */
  private PaymentRequest(PaymentType paymentType, CaptureMethod captureMethod, TransId transId, Money amount,
      String notifyUrl, Option<String> returnUrl, PaymentDetails payment, Option<Browser> browser, List<Goods> goods,
      Option<Bill> bill, Option<Contact> shipping, Option<Customer> customer, Option<Authentication> authentication,
      Option<AmountBreakdown> amountBreakdown, Option<RecurringAgreementId> recurringAgreementId, boolean mit) {
    this.paymentType = paymentType;
    this.captureMethod = captureMethod;
    this.transId = transId;
    this.amount = amount;
    this.notifyUrl = notifyUrl;
    this.returnUrl = returnUrl;
    this.payment = payment;
    this.browser = browser;
    this.goods = List.copyOf(goods);
    this.bill = bill;
    this.shipping = shipping;
    this.customer = customer;
    this.authentication = authentication;
    this.amountBreakdown = amountBreakdown;
    this.recurringAgreementId = recurringAgreementId;
    this.mit = mit;
  }

  /** PURCHASE or RECURRING. */
  public PaymentType paymentType() {
    return paymentType;
  }

  /** Automatic or manual capture. */
  public CaptureMethod captureMethod() {
    return captureMethod;
  }

  /** The merchant's order number; PayKKa makes at most one order per number. */
  public TransId transId() {
    return transId;
  }

  /** At least one minor unit, in a currency PayKKa lists. */
  public Money amount() {
    return amount;
  }

  /** Where PayKKa sends notifications. */
  public String notifyUrl() {
    return notifyUrl;
  }

  /** Where the shopper returns after 3DS; required except for merchant-initiated payments. */
  public Option<String> returnUrl() {
    return returnUrl;
  }

  /** The instrument and what to do with it. */
  public PaymentDetails payment() {
    return payment;
  }

  /** The shopper's browser; required except for merchant-initiated payments. */
  public Option<Browser> browser() {
    return browser;
  }

  /** The products, at least one except for merchant-initiated payments (empty: not sent). */
  public List<Goods> goods() {
    return goods;
  }

  /** Billing information. */
  public Option<Bill> bill() {
    return bill;
  }

  /** Shipping information. */
  public Option<Contact> shipping() {
    return shipping;
  }

  /** The shopper; required except for merchant-initiated payments. */
  public Option<Customer> customer() {
    return customer;
  }

  /** 3DS preferences. */
  public Option<Authentication> authentication() {
    return authentication;
  }

  /** How the amount is made up. */
  public Option<AmountBreakdown> amountBreakdown() {
    return amountBreakdown;
  }

  /** The agreement of a merchant-initiated recurring payment. */
  public Option<RecurringAgreementId> recurringAgreementId() {
    return recurringAgreementId;
  }

  /** Whether the merchant initiated this (subsequent recurring) payment; always sent for RECURRING. */
  public boolean mit() {
    return mit;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) return true;
    if (!(o instanceof PaymentRequest other)) return false;
    return paymentType.equals(other.paymentType) && captureMethod.equals(other.captureMethod)
        && transId.equals(other.transId) && amount.equals(other.amount) && notifyUrl.equals(other.notifyUrl)
        && returnUrl.equals(other.returnUrl) && payment.equals(other.payment) && browser.equals(other.browser)
        && goods.equals(other.goods) && bill.equals(other.bill) && shipping.equals(other.shipping)
        && customer.equals(other.customer) && authentication.equals(other.authentication)
        && amountBreakdown.equals(other.amountBreakdown) && recurringAgreementId.equals(other.recurringAgreementId)
        && mit == other.mit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(paymentType, captureMethod, transId, amount, notifyUrl, returnUrl, payment, browser, goods,
        bill, shipping, customer, authentication, amountBreakdown, recurringAgreementId, mit);
  }

  /** Every field, as a record would show them; the instrument masks its card data. */
  @Override
  public String toString() {
    return "PaymentRequest[paymentType=" + paymentType
        + ", captureMethod=" + captureMethod
        + ", transId=" + transId
        + ", amount=" + amount
        + ", notifyUrl=" + notifyUrl
        + ", returnUrl=" + returnUrl
        + ", payment=" + payment
        + ", browser=" + browser
        + ", goods=" + goods
        + ", bill=" + bill
        + ", shipping=" + shipping
        + ", customer=" + customer
        + ", authentication=" + authentication
        + ", amountBreakdown=" + amountBreakdown
        + ", recurringAgreementId=" + recurringAgreementId
        + ", mit=" + mit + "]";
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
  public static final class Builder {
    private PaymentType paymentType = PaymentType.PURCHASE;
    private CaptureMethod captureMethod = CaptureMethod.AUTOMATIC;
    private @Nullable String transId;
    private @Nullable Money amount;
    private @Nullable String notifyUrl;
    private @Nullable String returnUrl;
    private @Nullable PaymentInstrument instrument;
    private boolean storePaymentMethod;
    private @Nullable TokenUsage tokenUsage;
    private @Nullable String shopperReference;
    private @Nullable String holderName;
    private @Nullable String holderEmail;
    private @Nullable Browser browser;
    private final List<Goods> goods = new ArrayList<>();
    private @Nullable Bill bill;
    private @Nullable Contact shipping;
    private @Nullable Customer customer;
    private @Nullable Authentication authentication;
    private @Nullable AmountBreakdown amountBreakdown;
    private @Nullable String recurringAgreementId;
    private @Nullable Boolean mit;

    private Builder() {}

    /** PURCHASE (default) or RECURRING. */
    public Builder paymentType(PaymentType paymentType) {
      this.paymentType = requireNonNull(paymentType, "paymentType == null");
      return this;
    }

    /** AUTOMATIC (default) or MANUAL. */
    public Builder captureMethod(CaptureMethod captureMethod) {
      this.captureMethod = requireNonNull(captureMethod, "captureMethod == null");
      return this;
    }

    public Builder transId(TransId transId) {
      return transId(requireNonNull(transId, "transId == null").value());
    }

    /** The merchant's order number as text; checked by {@link #validate()}. */
    public Builder transId(String transId) {
      this.transId = requireNonNull(transId, "transId == null");
      return this;
    }

    public Builder amount(Money amount) {
      this.amount = requireNonNull(amount, "amount == null");
      return this;
    }

    public Builder notifyUrl(String notifyUrl) {
      this.notifyUrl = requireNonNull(notifyUrl, "notifyUrl == null");
      return this;
    }

    public Builder returnUrl(@Nullable String returnUrl) {
      this.returnUrl = returnUrl;
      return this;
    }

    public Builder instrument(PaymentInstrument instrument) {
      this.instrument = requireNonNull(instrument, "instrument == null");
      return this;
    }

    /** Ask PayKKa to store the payment method for later payments (a token). */
    public Builder storePaymentMethod(boolean storePaymentMethod) {
      this.storePaymentMethod = storePaymentMethod;
      return this;
    }

    public Builder tokenUsage(@Nullable TokenUsage tokenUsage) {
      this.tokenUsage = tokenUsage;
      return this;
    }

    public Builder shopperReference(@Nullable ShopperReference shopperReference) {
      this.shopperReference = shopperReference == null ? null : shopperReference.value();
      return this;
    }

    /** The shopper reference as text; checked by {@link #validate()}. */
    public Builder shopperReference(@Nullable String shopperReference) {
      this.shopperReference = shopperReference;
      return this;
    }

    public Builder holderName(@Nullable String holderName) {
      this.holderName = holderName;
      return this;
    }

    public Builder holderEmail(@Nullable String holderEmail) {
      this.holderEmail = holderEmail;
      return this;
    }

    public Builder browser(@Nullable Browser browser) {
      this.browser = browser;
      return this;
    }

    /** Adds one product. */
    public Builder addGoods(Goods item) {
      goods.add(requireNonNull(item, "item == null"));
      return this;
    }

    /** Replaces the products. */
    public Builder goods(List<Goods> items) {
      goods.clear();
      items.forEach(this::addGoods);
      return this;
    }

    public Builder bill(@Nullable Bill bill) {
      this.bill = bill;
      return this;
    }

    public Builder shipping(@Nullable Contact shipping) {
      this.shipping = shipping;
      return this;
    }

    public Builder customer(@Nullable Customer customer) {
      this.customer = customer;
      return this;
    }

    public Builder authentication(@Nullable Authentication authentication) {
      this.authentication = authentication;
      return this;
    }

    public Builder amountBreakdown(@Nullable AmountBreakdown amountBreakdown) {
      this.amountBreakdown = amountBreakdown;
      return this;
    }

    public Builder recurringAgreementId(@Nullable RecurringAgreementId id) {
      this.recurringAgreementId = id == null ? null : id.value();
      return this;
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

    /**
     * The request, when it breaks no rule; as {@link #validate()}, but throwing.
     *
     * @throws InvalidValueException listing in {@link InvalidValueException#errors()} every rule the request breaks,
     *     each naming its field by its PayKKa wire path
     */
    public PaymentRequest build() {
      Validation<Seq<FieldError>, PaymentRequest> validated = validate();
      if (validated.isInvalid()) throw new InvalidValueException(validated.getError().asJava());
      return validated.get();
    }

    /**
     * The request, or every rule it breaks, each naming its field by its PayKKa wire path. Never throws for a
     * broken rule.
     */
    public Validation<Seq<FieldError>, PaymentRequest> validate() {
      List<FieldError> errors = new ArrayList<>();
      Rules.required(errors, "trans_id", transId);
      TransId trans = OrderRules.parse(errors, "trans_id", transId, TransId::of);
      OrderRules.amount(errors, amount);
      boolean subsequent = RecurringRules.subsequent(paymentType, mit, recurringAgreementId);
      OrderRules.urls(errors, notifyUrl, returnUrl, !subsequent);
      if (!subsequent) {
        Rules.required(errors, "browser", browser);
        Rules.required(errors, "customer", customer);
      }
      Rules.required(errors, "payment.payment_method", instrument);
      if (instrument != null) InstrumentRules.check(errors, instrument);
      ShopperReference shopper =
          OrderRules.parse(errors, "payment.shopper_reference", shopperReference, ShopperReference::of);
      Rules.maxLength(errors, "payment.holder_name", holderName, 100);
      OrderRules.storing(errors, storePaymentMethod, tokenUsage, shopperReference);
      if (instrument instanceof PaymentInstrument.SavedCard && shopperReference == null) {
        errors.add(new FieldError("payment.shopper_reference", "is required to pay with a token"));
      }
      RecurringAgreementId agreement =
          OrderRules.parse(errors, "recurring_agreement_id", recurringAgreementId, RecurringAgreementId::of);
      RecurringRules.payment(errors, paymentType, mit, storePaymentMethod, instrument, recurringAgreementId);
      OrderRules.parts(errors, !subsequent, goods, customer, bill, shipping, authentication);
      if (browser != null) errors.addAll(browser.errors("browser"));
      if (amountBreakdown != null) errors.addAll(amountBreakdown.errors("amount_breakdown"));

      if (!errors.isEmpty()) return Validation.invalid(io.vavr.collection.List.ofAll(errors));
      PaymentDetails details = new PaymentDetails(instrument, storePaymentMethod, Option.of(tokenUsage),
          Option.of(shopper), Option.of(holderName), Option.of(holderEmail));
      return Validation.valid(new PaymentRequest(paymentType, captureMethod, trans, amount, notifyUrl,
          Option.of(returnUrl), details, Option.of(browser), goods, Option.of(bill), Option.of(shipping),
          Option.of(customer), Option.of(authentication), Option.of(amountBreakdown), Option.of(agreement),
          Boolean.TRUE.equals(mit)));
    }
  }
}

package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.checkout.SessionMode;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to create a hosted checkout session ({@code POST /payments/session}, seed 003). Every instance has
 * passed {@link Builder#validate()}: there is no other way to make one ({@link #builder()}, then {@code validate()}
 * or {@code build()}). One {@code trans_id} makes at most one session.
 */
public final class CheckoutSessionRequest {
  private final PaymentType paymentType;
  private final CaptureMethod captureMethod;
  private final TransId transId;
  private final Money amount;
  private final String notifyUrl;
  private final String returnUrl;
  private final Option<OffsetDateTime> expireTime;
  private final SessionMode sessionMode;
  private final Option<String> displayMerchantName;
  private final Option<String> displayLocale;
  private final Option<String> themeId;
  private final List<Goods> goods;
  private final Option<Bill> bill;
  private final Option<Contact> shipping;
  private final Option<Customer> customer;
  private final boolean storePaymentMethod;
  private final Option<TokenUsage> tokenUsage;
  private final Option<ShopperReference> shopperReference;
  private final Option<Authentication> authentication;
  private final Set<PaymentMethod> allowedPaymentMethods;
  private final Set<PaymentMethod> blockedPaymentMethods;

  /** Only the builder calls this, after {@code validate()} found no error. */
  private CheckoutSessionRequest(PaymentType paymentType, CaptureMethod captureMethod, TransId transId, Money amount,
      String notifyUrl, String returnUrl, Option<OffsetDateTime> expireTime, SessionMode sessionMode,
      Option<String> displayMerchantName, Option<String> displayLocale, Option<String> themeId, List<Goods> goods,
      Option<Bill> bill, Option<Contact> shipping, Option<Customer> customer, boolean storePaymentMethod,
      Option<TokenUsage> tokenUsage, Option<ShopperReference> shopperReference,
      Option<Authentication> authentication, Set<PaymentMethod> allowedPaymentMethods,
      Set<PaymentMethod> blockedPaymentMethods) {
    this.paymentType = paymentType;
    this.captureMethod = captureMethod;
    this.transId = transId;
    this.amount = amount;
    this.notifyUrl = notifyUrl;
    this.returnUrl = returnUrl;
    this.expireTime = expireTime;
    this.sessionMode = sessionMode;
    this.displayMerchantName = displayMerchantName;
    this.displayLocale = displayLocale;
    this.themeId = themeId;
    this.goods = List.copyOf(goods);
    this.bill = bill;
    this.shipping = shipping;
    this.customer = customer;
    this.storePaymentMethod = storePaymentMethod;
    this.tokenUsage = tokenUsage;
    this.shopperReference = shopperReference;
    this.authentication = authentication;
    this.allowedPaymentMethods = Set.copyOf(allowedPaymentMethods);
    this.blockedPaymentMethods = Set.copyOf(blockedPaymentMethods);
  }

  /** PURCHASE or RECURRING (a RECURRING session stores the payment method: PayKKa's code 2014). */
  public PaymentType paymentType() {
    return paymentType;
  }

  /** Automatic or manual capture. */
  public CaptureMethod captureMethod() {
    return captureMethod;
  }

  /** The merchant's order number. */
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

  /** Where the shopper returns. */
  public String returnUrl() {
    return returnUrl;
  }

  /** When the session expires. */
  public Option<OffsetDateTime> expireTime() {
    return expireTime;
  }

  /** Hosted, drop-in or component. */
  public SessionMode sessionMode() {
    return sessionMode;
  }

  /** The name shown to the shopper. */
  public Option<String> displayMerchantName() {
    return displayMerchantName;
  }

  /** E.g. {@code zh-CN}. */
  public Option<String> displayLocale() {
    return displayLocale;
  }

  /** A theme configured at PayKKa. */
  public Option<String> themeId() {
    return themeId;
  }

  /** The products, at least one. */
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

  /** The shopper. */
  public Option<Customer> customer() {
    return customer;
  }

  /** Whether to store the payment method. */
  public boolean storePaymentMethod() {
    return storePaymentMethod;
  }

  /** What a stored token is for. */
  public Option<TokenUsage> tokenUsage() {
    return tokenUsage;
  }

  /** The shopper's reference. */
  public Option<ShopperReference> shopperReference() {
    return shopperReference;
  }

  /** 3DS preferences. */
  public Option<Authentication> authentication() {
    return authentication;
  }

  /** The methods offered (empty: all). */
  public Set<PaymentMethod> allowedPaymentMethods() {
    return allowedPaymentMethods;
  }

  /** The methods not offered. */
  public Set<PaymentMethod> blockedPaymentMethods() {
    return blockedPaymentMethods;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) return true;
    if (!(o instanceof CheckoutSessionRequest other)) return false;
    return paymentType.equals(other.paymentType) && captureMethod.equals(other.captureMethod)
        && transId.equals(other.transId) && amount.equals(other.amount) && notifyUrl.equals(other.notifyUrl)
        && returnUrl.equals(other.returnUrl) && expireTime.equals(other.expireTime)
        && sessionMode.equals(other.sessionMode) && displayMerchantName.equals(other.displayMerchantName)
        && displayLocale.equals(other.displayLocale) && themeId.equals(other.themeId) && goods.equals(other.goods)
        && bill.equals(other.bill) && shipping.equals(other.shipping) && customer.equals(other.customer)
        && storePaymentMethod == other.storePaymentMethod && tokenUsage.equals(other.tokenUsage)
        && shopperReference.equals(other.shopperReference) && authentication.equals(other.authentication)
        && allowedPaymentMethods.equals(other.allowedPaymentMethods)
        && blockedPaymentMethods.equals(other.blockedPaymentMethods);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paymentType, captureMethod, transId, amount, notifyUrl, returnUrl, expireTime, sessionMode,
        displayMerchantName, displayLocale, themeId, goods, bill, shipping, customer, storePaymentMethod, tokenUsage,
        shopperReference, authentication, allowedPaymentMethods, blockedPaymentMethods);
  }

  /** Every field, as a record would show them; the instrument masks its card data. */
  @Override
  public String toString() {
    return "CheckoutSessionRequest[paymentType=" + paymentType
        + ", captureMethod=" + captureMethod
        + ", transId=" + transId
        + ", amount=" + amount
        + ", notifyUrl=" + notifyUrl
        + ", returnUrl=" + returnUrl
        + ", expireTime=" + expireTime
        + ", sessionMode=" + sessionMode
        + ", displayMerchantName=" + displayMerchantName
        + ", displayLocale=" + displayLocale
        + ", themeId=" + themeId
        + ", goods=" + goods
        + ", bill=" + bill
        + ", shipping=" + shipping
        + ", customer=" + customer
        + ", storePaymentMethod=" + storePaymentMethod
        + ", tokenUsage=" + tokenUsage
        + ", shopperReference=" + shopperReference
        + ", authentication=" + authentication
        + ", allowedPaymentMethods=" + allowedPaymentMethods
        + ", blockedPaymentMethods=" + blockedPaymentMethods + "]";
  }

  /** A builder for a HOSTED PURCHASE session with automatic capture. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects a checkout session request; {@link #validate()} checks every rule at once. */
  public static final class Builder {
    private PaymentType paymentType = PaymentType.PURCHASE;
    private CaptureMethod captureMethod = CaptureMethod.AUTOMATIC;
    private @Nullable String transId;
    private @Nullable Money amount;
    private @Nullable String notifyUrl;
    private @Nullable String returnUrl;
    private @Nullable OffsetDateTime expireTime;
    private SessionMode sessionMode = SessionMode.HOSTED;
    private @Nullable String displayMerchantName;
    private @Nullable String displayLocale;
    private @Nullable String themeId;
    private final List<Goods> goods = new ArrayList<>();
    private @Nullable Bill bill;
    private @Nullable Contact shipping;
    private @Nullable Customer customer;
    private boolean storePaymentMethod;
    private @Nullable TokenUsage tokenUsage;
    private @Nullable String shopperReference;
    private @Nullable Authentication authentication;
    private Set<PaymentMethod> allowed = Set.of();
    private Set<PaymentMethod> blocked = Set.of();

    private Builder() {}

    public Builder paymentType(PaymentType value) {
      this.paymentType = requireNonNull(value, "paymentType == null");
      return this;
    }

    public Builder captureMethod(CaptureMethod value) {
      this.captureMethod = requireNonNull(value, "captureMethod == null");
      return this;
    }

    public Builder transId(String value) {
      this.transId = requireNonNull(value, "transId == null");
      return this;
    }

    public Builder transId(TransId value) {
      return transId(requireNonNull(value, "transId == null").value());
    }

    public Builder amount(Money value) {
      this.amount = requireNonNull(value, "amount == null");
      return this;
    }

    public Builder notifyUrl(String value) {
      this.notifyUrl = requireNonNull(value, "notifyUrl == null");
      return this;
    }

    public Builder returnUrl(String value) {
      this.returnUrl = requireNonNull(value, "returnUrl == null");
      return this;
    }

    public Builder expireTime(@Nullable OffsetDateTime value) {
      this.expireTime = value;
      return this;
    }

    public Builder sessionMode(SessionMode value) {
      this.sessionMode = requireNonNull(value, "sessionMode == null");
      return this;
    }

    public Builder displayMerchantName(@Nullable String value) {
      this.displayMerchantName = value;
      return this;
    }

    public Builder displayLocale(@Nullable String value) {
      this.displayLocale = value;
      return this;
    }

    public Builder themeId(@Nullable String value) {
      this.themeId = value;
      return this;
    }

    public Builder addGoods(Goods item) {
      goods.add(requireNonNull(item, "item == null"));
      return this;
    }

    public Builder bill(@Nullable Bill value) {
      this.bill = value;
      return this;
    }

    public Builder shipping(@Nullable Contact value) {
      this.shipping = value;
      return this;
    }

    public Builder customer(@Nullable Customer value) {
      this.customer = value;
      return this;
    }

    public Builder storePaymentMethod(boolean value) {
      this.storePaymentMethod = value;
      return this;
    }

    public Builder tokenUsage(@Nullable TokenUsage value) {
      this.tokenUsage = value;
      return this;
    }

    public Builder shopperReference(@Nullable String value) {
      this.shopperReference = value;
      return this;
    }

    public Builder authentication(@Nullable Authentication value) {
      this.authentication = value;
      return this;
    }

    public Builder allowedPaymentMethods(Set<PaymentMethod> value) {
      this.allowed = Set.copyOf(value);
      return this;
    }

    public Builder blockedPaymentMethods(Set<PaymentMethod> value) {
      this.blocked = Set.copyOf(value);
      return this;
    }

    /**
     * The request, when it breaks no rule; as {@link #validate()}, but throwing.
     *
     * @throws InvalidValueException listing in {@link InvalidValueException#errors()} every rule the request breaks,
     *     each naming its field by its PayKKa wire path
     */
    public CheckoutSessionRequest build() {
      Validation<Seq<FieldError>, CheckoutSessionRequest> validated = validate();
      if (validated.isInvalid()) throw new InvalidValueException(validated.getError().asJava());
      return validated.get();
    }

    /** The request, or every rule it breaks, each naming its field by its PayKKa wire path. */
    public Validation<Seq<FieldError>, CheckoutSessionRequest> validate() {
      List<FieldError> errors = new ArrayList<>();
      Rules.required(errors, "trans_id", transId);
      TransId trans = OrderRules.parse(errors, "trans_id", transId, TransId::of);
      ShopperReference shopper =
          OrderRules.parse(errors, "payment.shopper_reference", shopperReference, ShopperReference::of);
      OrderRules.amount(errors, amount);
      OrderRules.urls(errors, notifyUrl, returnUrl, true);
      OrderRules.storing(errors, storePaymentMethod, tokenUsage, shopperReference);
      RecurringRules.session(errors, paymentType, storePaymentMethod);
      OrderRules.parts(errors, true, goods, customer, bill, shipping, authentication);
      for (PaymentMethod method : allowed) {
        if (blocked.contains(method)) {
          errors.add(new FieldError("blocked_payment_methods", method + " is both allowed and blocked"));
        }
      }
      if (!errors.isEmpty()) return Validation.invalid(io.vavr.collection.List.ofAll(errors));
      return Validation.valid(new CheckoutSessionRequest(paymentType, captureMethod, trans, amount, notifyUrl,
          returnUrl, Option.of(expireTime), sessionMode, Option.of(displayMerchantName), Option.of(displayLocale),
          Option.of(themeId), goods, Option.of(bill), Option.of(shipping), Option.of(customer), storePaymentMethod,
          Option.of(tokenUsage), Option.of(shopper), Option.of(authentication), allowed, blocked));
    }
  }
}

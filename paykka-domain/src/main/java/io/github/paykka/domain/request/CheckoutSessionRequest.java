package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.FieldError;
import io.github.paykka.domain.checkout.SessionMode;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.token.TokenUsage;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to create a hosted checkout session ({@code POST /payments/session}, seed 003). Every instance has
 * passed {@link Builder#validate()}. One {@code trans_id} makes at most one session.
 *
 * @param paymentType PURCHASE or RECURRING (a RECURRING session stores the payment method: PayKKa's code 2014)
 * @param captureMethod automatic or manual capture
 * @param transId the merchant's order number
 * @param amount at least one minor unit, in a currency PayKKa lists
 * @param notifyUrl where PayKKa sends notifications
 * @param returnUrl where the shopper returns
 * @param expireTime when the session expires
 * @param sessionMode hosted, drop-in or component
 * @param displayMerchantName the name shown to the shopper
 * @param displayLocale e.g. {@code zh-CN}
 * @param themeId a theme configured at PayKKa
 * @param goods the products, at least one
 * @param bill billing information
 * @param shipping shipping information
 * @param customer the shopper
 * @param storePaymentMethod whether to store the payment method
 * @param tokenUsage what a stored token is for
 * @param shopperReference the shopper's reference
 * @param authentication 3DS preferences
 * @param allowedPaymentMethods the methods offered (empty: all)
 * @param blockedPaymentMethods the methods not offered
 */
public record CheckoutSessionRequest(
    PaymentType paymentType,
    CaptureMethod captureMethod,
    TransId transId,
    Money amount,
    String notifyUrl,
    String returnUrl,
    Option<OffsetDateTime> expireTime,
    SessionMode sessionMode,
    Option<String> displayMerchantName,
    Option<String> displayLocale,
    Option<String> themeId,
    List<Goods> goods,
    Option<Bill> bill,
    Option<Shipping> shipping,
    Option<Customer> customer,
    boolean storePaymentMethod,
    Option<TokenUsage> tokenUsage,
    Option<ShopperReference> shopperReference,
    Option<Authentication> authentication,
    Set<PaymentMethod> allowedPaymentMethods,
    Set<PaymentMethod> blockedPaymentMethods) {

  public CheckoutSessionRequest {
    requireNonNull(paymentType, "paymentType == null");
    requireNonNull(captureMethod, "captureMethod == null");
    requireNonNull(transId, "transId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(notifyUrl, "notifyUrl == null");
    requireNonNull(returnUrl, "returnUrl == null");
    requireNonNull(expireTime, "expireTime == null");
    requireNonNull(sessionMode, "sessionMode == null");
    requireNonNull(displayMerchantName, "displayMerchantName == null");
    requireNonNull(displayLocale, "displayLocale == null");
    requireNonNull(themeId, "themeId == null");
    goods = List.copyOf(goods);
    requireNonNull(bill, "bill == null");
    requireNonNull(shipping, "shipping == null");
    requireNonNull(customer, "customer == null");
    requireNonNull(tokenUsage, "tokenUsage == null");
    requireNonNull(shopperReference, "shopperReference == null");
    requireNonNull(authentication, "authentication == null");
    allowedPaymentMethods = Set.copyOf(allowedPaymentMethods);
    blockedPaymentMethods = Set.copyOf(blockedPaymentMethods);
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
    private @Nullable Shipping shipping;
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

    public Builder shipping(@Nullable Shipping value) {
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

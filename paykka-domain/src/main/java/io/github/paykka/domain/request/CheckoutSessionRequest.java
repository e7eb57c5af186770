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
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to create a hosted checkout session ({@code POST /payments/session}, seed 003). Every instance keeps every
 * rule: the constructor checks them all (the builder's {@link Builder#validate()} reports them as a value instead),
 * so there is no way to make one that breaks a rule. One {@code trans_id} makes at most one session.
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
    Option<Contact> shipping,
    Option<Customer> customer,
    boolean storePaymentMethod,
    Option<TokenUsage> tokenUsage,
    Option<ShopperReference> shopperReference,
    Option<Authentication> authentication,
    Set<PaymentMethod> allowedPaymentMethods,
    Set<PaymentMethod> blockedPaymentMethods) {

  /**
   * Checks every rule at once, as {@link Builder#validate()} does.
   *
   * @throws InvalidValueException listing every rule the request breaks, each naming its field by its wire path
   * @throws NullPointerException if a component is null
   */
  public CheckoutSessionRequest {
    goods = List.copyOf(goods);
    allowedPaymentMethods = Set.copyOf(allowedPaymentMethods);
    blockedPaymentMethods = Set.copyOf(blockedPaymentMethods);
    Builder rules = builder().paymentType(paymentType).captureMethod(captureMethod).transId(transId).amount(amount)
        .notifyUrl(notifyUrl).returnUrl(returnUrl).expireTime(expireTime.getOrNull()).sessionMode(sessionMode)
        .displayMerchantName(displayMerchantName.getOrNull()).displayLocale(displayLocale.getOrNull())
        .themeId(themeId.getOrNull()).bill(bill.getOrNull()).shipping(shipping.getOrNull())
        .customer(customer.getOrNull()).storePaymentMethod(storePaymentMethod).tokenUsage(tokenUsage.getOrNull())
        .shopperReference(shopperReference.map(ShopperReference::value).getOrNull())
        .authentication(authentication.getOrNull()).allowedPaymentMethods(allowedPaymentMethods)
        .blockedPaymentMethods(blockedPaymentMethods);
    goods.forEach(rules::addGoods);
    List<FieldError> errors = rules.errors();
    if (!errors.isEmpty()) throw new InvalidValueException(errors);
  }

  /** A builder for a HOSTED PURCHASE session with automatic capture. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects a checkout session request; {@link #validate()} checks every rule at once. Identifiers may be given as
   * text: a malformed one is reported with the other errors instead of throwing.
   */
  public static final class Builder extends OrderRequestBuilder<Builder, CheckoutSessionRequest> {
    private @Nullable OffsetDateTime expireTime;
    private SessionMode sessionMode = SessionMode.HOSTED;
    private @Nullable String displayMerchantName;
    private @Nullable String displayLocale;
    private @Nullable String themeId;
    private Set<PaymentMethod> allowed = Set.of();
    private Set<PaymentMethod> blocked = Set.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** When the session expires ({@code expire_time}). */
    public Builder expireTime(@Nullable OffsetDateTime value) {
      this.expireTime = value;
      return this;
    }

    /** Hosted (default), drop-in or component ({@code session_mode}). */
    public Builder sessionMode(SessionMode value) {
      this.sessionMode = requireNonNull(value, "sessionMode == null");
      return this;
    }

    /** The name shown to the shopper ({@code display_merchant_name}). */
    public Builder displayMerchantName(@Nullable String value) {
      this.displayMerchantName = value;
      return this;
    }

    /** The page's language ({@code display_locale}), e.g. {@code zh-CN}. */
    public Builder displayLocale(@Nullable String value) {
      this.displayLocale = value;
      return this;
    }

    /** A theme configured at PayKKa ({@code theme_id}). */
    public Builder themeId(@Nullable String value) {
      this.themeId = value;
      return this;
    }

    /** The methods offered ({@code allowed_payment_methods}; empty, the default: all). */
    public Builder allowedPaymentMethods(Set<PaymentMethod> value) {
      this.allowed = Set.copyOf(value);
      return this;
    }

    /** The methods not offered ({@code blocked_payment_methods}). */
    public Builder blockedPaymentMethods(Set<PaymentMethod> value) {
      this.blocked = Set.copyOf(value);
      return this;
    }

    @Override
    CheckoutSessionRequest create() {
      return new CheckoutSessionRequest(paymentType, captureMethod, TransId.of(transId), amount,
          notifyUrl, returnUrl, Option.of(expireTime), sessionMode, Option.of(displayMerchantName),
          Option.of(displayLocale), Option.of(themeId), goods, Option.of(bill), Option.of(shipping),
          Option.of(customer), storePaymentMethod, Option.of(tokenUsage),
          Option.of(shopperReference).map(ShopperReference::of), Option.of(authentication), allowed, blocked);
    }

    @Override
    List<FieldError> errors() {
      List<FieldError> errors = new ArrayList<>();
      Rules.required(errors, "trans_id", transId);
      OrderRules.parse(errors, "trans_id", transId, TransId::of);
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
      return errors;
    }
  }
}

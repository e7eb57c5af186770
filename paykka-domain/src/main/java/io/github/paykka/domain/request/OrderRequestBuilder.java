package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settings a payment request and a checkout session request share, and the rules on them: written once for
 * {@link PaymentRequest.Builder} and {@link CheckoutSessionRequest.Builder}, so that the two cannot drift apart. Its
 * setters are public members of both builders. Identifiers may be given as text: a malformed one is reported with the
 * other errors instead of throwing.
 *
 * @param <B> the builder itself, which every setter returns
 * @param <R> the request it builds
 */
abstract class OrderRequestBuilder<B extends OrderRequestBuilder<B, R>, R> {
  PaymentType paymentType = PaymentType.PURCHASE;
  CaptureMethod captureMethod = CaptureMethod.AUTOMATIC;
  @Nullable String transId;
  @Nullable Money amount;
  @Nullable String notifyUrl;
  @Nullable String returnUrl;
  boolean storePaymentMethod;
  @Nullable TokenUsage tokenUsage;
  @Nullable String shopperReference;
  final List<Goods> goods = new ArrayList<>();
  @Nullable Bill bill;
  @Nullable Contact shipping;
  @Nullable Customer customer;
  @Nullable Authentication authentication;

  OrderRequestBuilder() {}

  /** This builder, as its own type. */
  abstract B self();

  /** Every rule the collected request breaks, in a fixed order; the request's constructor checks the same. */
  abstract List<FieldError> errors();

  /** The request; called only when {@link #errors()} found none. */
  abstract R create();

  /**
   * The request, when it breaks no rule; as {@link #validate()}, but throwing.
   *
   * @throws InvalidValueException listing in {@link InvalidValueException#errors()} every rule the request breaks,
   *     each naming its field by its PayKKa wire path
   */
  public R build() {
    Validation<Seq<FieldError>, R> validated = validate();
    if (validated.isInvalid()) throw new InvalidValueException(validated.getError().asJava());
    return validated.get();
  }

  /**
   * The request, or every rule it breaks, each naming its field by its PayKKa wire path. Never throws for a broken
   * rule.
   */
  public Validation<Seq<FieldError>, R> validate() {
    List<FieldError> errors = errors();
    if (!errors.isEmpty()) return Validation.invalid(io.vavr.collection.List.ofAll(errors));
    return Validation.valid(create());
  }

  /** PURCHASE (default) or RECURRING. */
  public B paymentType(PaymentType paymentType) {
    this.paymentType = requireNonNull(paymentType, "paymentType == null");
    return self();
  }

  /** AUTOMATIC (default) or MANUAL. */
  public B captureMethod(CaptureMethod captureMethod) {
    this.captureMethod = requireNonNull(captureMethod, "captureMethod == null");
    return self();
  }

  /** The merchant's order number ({@code trans_id}). */
  public B transId(TransId transId) {
    return transId(requireNonNull(transId, "transId == null").value());
  }

  /** The merchant's order number as text; checked by {@code validate()}. */
  public B transId(String transId) {
    this.transId = requireNonNull(transId, "transId == null");
    return self();
  }

  /** The amount, at least one minor unit ({@code amount}, {@code currency}). */
  public B amount(Money amount) {
    this.amount = requireNonNull(amount, "amount == null");
    return self();
  }

  /** Where PayKKa sends notifications ({@code notify_url}): an absolute http(s) URL. */
  public B notifyUrl(String notifyUrl) {
    this.notifyUrl = requireNonNull(notifyUrl, "notifyUrl == null");
    return self();
  }

  /** Where the shopper returns ({@code return_url}): an absolute http(s) URL. */
  public B returnUrl(@Nullable String returnUrl) {
    this.returnUrl = returnUrl;
    return self();
  }

  /** Ask PayKKa to store the payment method for later payments (a token; {@code store_payment_method}). */
  public B storePaymentMethod(boolean storePaymentMethod) {
    this.storePaymentMethod = storePaymentMethod;
    return self();
  }

  /** What a stored token is for ({@code token_usage}). */
  public B tokenUsage(@Nullable TokenUsage tokenUsage) {
    this.tokenUsage = tokenUsage;
    return self();
  }

  /** The shopper, needed to store or use a token ({@code shopper_reference}). */
  public B shopperReference(@Nullable ShopperReference shopperReference) {
    return shopperReference(shopperReference == null ? null : shopperReference.value());
  }

  /** The shopper reference as text; checked by {@code validate()}. */
  public B shopperReference(@Nullable String shopperReference) {
    this.shopperReference = shopperReference;
    return self();
  }

  /** Adds one product ({@code goods[]}). */
  public B addGoods(Goods item) {
    goods.add(requireNonNull(item, "item == null"));
    return self();
  }

  /** Replaces the products. */
  public B goods(List<Goods> items) {
    goods.clear();
    items.forEach(this::addGoods);
    return self();
  }

  /** Billing information ({@code bill}). */
  public B bill(@Nullable Bill bill) {
    this.bill = bill;
    return self();
  }

  /** Shipping information ({@code shipping}). */
  public B shipping(@Nullable Contact shipping) {
    this.shipping = shipping;
    return self();
  }

  /** The shopper ({@code customer}). */
  public B customer(@Nullable Customer customer) {
    this.customer = customer;
    return self();
  }

  /** 3DS preferences ({@code authentication}). */
  public B authentication(@Nullable Authentication authentication) {
    this.authentication = authentication;
    return self();
  }
}

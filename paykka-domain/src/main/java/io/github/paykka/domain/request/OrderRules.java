package io.github.paykka.domain.request;

import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.domain.validation.InvalidValueException;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The rules a payment request and a checkout session request share: one place, so that they cannot drift apart. */
final class OrderRules {
  private OrderRules() {}

  /** A malformed identifier becomes one more error instead of an exception; null when absent or malformed. */
  static <T> @Nullable T parse(List<FieldError> errors, String field, @Nullable String raw, Function<String, T> of) {
    if (raw == null) return null;
    try {
      return of.apply(raw);
    } catch (InvalidValueException e) {
      for (FieldError error : e.errors()) errors.add(new FieldError(field, error.message()));
      return null;
    }
  }

  /** {@code amount}: present, at least one minor unit, in a currency PayKKa lists. */
  static void amount(List<FieldError> errors, @Nullable Money amount) {
    Rules.required(errors, "amount", amount);
    if (amount == null) return;
    if (!amount.isPositive()) errors.add(new FieldError("amount", "must be at least 1"));
    if (!amount.currency().isSupportedByPaykka()) {
      errors.add(new FieldError("currency", "is not one of the currencies PayKKa v1.2 lists"));
    }
  }

  /** {@code notify_url} (required) and {@code return_url}: absolute http(s) URLs of at most 200 characters. */
  static void urls(List<FieldError> errors, @Nullable String notifyUrl, @Nullable String returnUrl,
      boolean returnRequired) {
    Rules.required(errors, "notify_url", notifyUrl);
    Rules.maxLength(errors, "notify_url", notifyUrl, 200);
    Rules.absoluteHttpUrl(errors, "notify_url", notifyUrl);
    if (returnRequired) Rules.required(errors, "return_url", returnUrl);
    Rules.maxLength(errors, "return_url", returnUrl, 200);
    Rules.absoluteHttpUrl(errors, "return_url", returnUrl);
  }

  /** Storing a payment method needs what the token is for and whose it is. */
  static void storing(List<FieldError> errors, boolean store, @Nullable TokenUsage usage, @Nullable String shopper) {
    if (!store) return;
    if (usage == null) errors.add(new FieldError("payment.token_usage", "is required to store the payment method"));
    if (shopper == null) {
      errors.add(new FieldError("payment.shopper_reference", "is required to store the payment method"));
    }
  }

  /**
   * The goods (at least one when {@code goodsRequired}: seed 000 requires them, but seed 001's subsequent recurring
   * example has none) and the optional parts, each under its wire path.
   */
  static void parts(List<FieldError> errors, boolean goodsRequired, List<Goods> goods, @Nullable Customer customer,
      @Nullable Bill bill, @Nullable Contact shipping, @Nullable Authentication authentication) {
    if (goodsRequired && goods.isEmpty()) errors.add(new FieldError("goods", "must list at least one product"));
    for (int i = 0; i < goods.size(); i++) errors.addAll(goods.get(i).errors("goods[" + i + "]"));
    if (customer != null) errors.addAll(customer.errors("customer"));
    if (bill != null) errors.addAll(bill.errors("bill"));
    if (shipping != null) errors.addAll(shipping.errors("shipping"));
    if (authentication != null) errors.addAll(authentication.errors("authentication"));
  }
}

package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the amount is made up ({@code amount_breakdown}). PayKKa does not publish this object's fields: these names are an assumption (see {@code docs/assumptions.md}).
 *
 * <p>Construction checks only presence of required parts; the PayKKa rules (lengths, minimums) are checked by
 * {@link PaymentRequest.Builder#validate()}, which reports every broken rule at once.
 *
 * @param goodsAmount {@code goods_amount}, at least 0
 * @param shippingAmount {@code shipping_amount}, at least 0
 * @param taxAmount {@code tax_amount}, at least 0
 * @param discountAmount {@code discount_amount}, at least 0
 */
public record AmountBreakdown(
    Option<Long> goodsAmount,
    Option<Long> shippingAmount,
    Option<Long> taxAmount,
    Option<Long> discountAmount) {

  public AmountBreakdown {
    requireNonNull(goodsAmount, "goodsAmount == null");
    requireNonNull(shippingAmount, "shippingAmount == null");
    requireNonNull(taxAmount, "taxAmount == null");
    requireNonNull(discountAmount, "discountAmount == null");
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every broken rule of this part, each naming its field under {@code path}. */
  List<FieldError> errors(String path) {
    List<FieldError> errors = new ArrayList<>();
    Rules.atLeast(errors, path + ".goods_amount", goodsAmount.getOrNull(), 0);
    Rules.atLeast(errors, path + ".shipping_amount", shippingAmount.getOrNull(), 0);
    Rules.atLeast(errors, path + ".tax_amount", taxAmount.getOrNull(), 0);
    Rules.atLeast(errors, path + ".discount_amount", discountAmount.getOrNull(), 0);
    return errors;
  }

  /** Builds a {@link AmountBreakdown}; setters accept {@code null} to leave a field out. */
  public static final class Builder {
    private @Nullable Long goodsAmount;
    private @Nullable Long shippingAmount;
    private @Nullable Long taxAmount;
    private @Nullable Long discountAmount;

    private Builder() {}

    /** {@code goods_amount}. */
    public Builder goodsAmount(@Nullable Long goodsAmount) {
      this.goodsAmount = goodsAmount;
      return this;
    }

    /** {@code shipping_amount}. */
    public Builder shippingAmount(@Nullable Long shippingAmount) {
      this.shippingAmount = shippingAmount;
      return this;
    }

    /** {@code tax_amount}. */
    public Builder taxAmount(@Nullable Long taxAmount) {
      this.taxAmount = taxAmount;
      return this;
    }

    /** {@code discount_amount}. */
    public Builder discountAmount(@Nullable Long discountAmount) {
      this.discountAmount = discountAmount;
      return this;
    }

    public AmountBreakdown build() {
      return new AmountBreakdown(Option.of(goodsAmount), Option.of(shippingAmount), Option.of(taxAmount),
          Option.of(discountAmount));
    }
  }
}

package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One product of the order ({@code goods[]}).
 *
 * <p>Construction checks only presence of required parts; the PayKKa rules (lengths, minimums) are checked by
 * {@link PaymentRequest.Builder#validate()}, which reports every broken rule at once.
 *
 * @param id {@code id}, at most 100 characters
 * @param name {@code name} (required), at most 200 characters
 * @param description {@code description}, at most 500 characters
 * @param category {@code category}, at most 64 characters
 * @param brand {@code brand}, at most 64 characters
 * @param link {@code link} (required), at most 200 characters
 * @param price {@code price} (required), at least 1
 * @param quantity {@code quantity} (required), at least 1
 * @param deliveryDate {@code delivery_date}
 * @param pictureUrl {@code picture_url}, at most 200 characters
 */
public record Goods(
    Option<String> id,
    String name,
    Option<String> description,
    Option<String> category,
    Option<String> brand,
    String link,
    long price,
    int quantity,
    Option<OffsetDateTime> deliveryDate,
    Option<String> pictureUrl) {

  public Goods {
    requireNonNull(id, "id == null");
    requireNonNull(description, "description == null");
    requireNonNull(category, "category == null");
    requireNonNull(brand, "brand == null");
    requireNonNull(deliveryDate, "deliveryDate == null");
    requireNonNull(pictureUrl, "pictureUrl == null");
    requireNonNull(name, "name == null");
    requireNonNull(link, "link == null");
  }

  /** A product with only the required fields. */
  public static Goods of(String name, String link, long price, int quantity) {
    return new Goods(Option.none(), name, Option.none(), Option.none(), Option.none(), link, price, quantity,
        Option.none(), Option.none());
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every broken rule of this part, each naming its field under {@code path}. */
  List<FieldError> errors(String path) {
    List<FieldError> errors = new ArrayList<>();
    Rules.maxLength(errors, path + ".id", id.getOrNull(), 100);
    Rules.required(errors, path + ".name", name);
    Rules.maxLength(errors, path + ".name", name, 200);
    Rules.maxLength(errors, path + ".description", description.getOrNull(), 500);
    Rules.maxLength(errors, path + ".category", category.getOrNull(), 64);
    Rules.maxLength(errors, path + ".brand", brand.getOrNull(), 64);
    Rules.required(errors, path + ".link", link);
    Rules.maxLength(errors, path + ".link", link, 200);
    Rules.atLeast(errors, path + ".price", price, 1);
    Rules.atLeast(errors, path + ".quantity", quantity, 1);
    Rules.maxLength(errors, path + ".picture_url", pictureUrl.getOrNull(), 200);
    return errors;
  }

  /** Builds a {@link Goods}; setters accept {@code null} to leave a field out. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable String category;
    private @Nullable String brand;
    private @Nullable String link;
    private @Nullable Long price;
    private @Nullable Integer quantity;
    private @Nullable OffsetDateTime deliveryDate;
    private @Nullable String pictureUrl;

    private Builder() {}

    /** {@code id}. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** {@code name}. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** {@code description}. */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /** {@code category}. */
    public Builder category(@Nullable String category) {
      this.category = category;
      return this;
    }

    /** {@code brand}. */
    public Builder brand(@Nullable String brand) {
      this.brand = brand;
      return this;
    }

    /** {@code link}. */
    public Builder link(@Nullable String link) {
      this.link = link;
      return this;
    }

    /** {@code price}. */
    public Builder price(@Nullable Long price) {
      this.price = price;
      return this;
    }

    /** {@code quantity}. */
    public Builder quantity(@Nullable Integer quantity) {
      this.quantity = quantity;
      return this;
    }

    /** {@code delivery_date}. */
    public Builder deliveryDate(@Nullable OffsetDateTime deliveryDate) {
      this.deliveryDate = deliveryDate;
      return this;
    }

    /** {@code picture_url}. */
    public Builder pictureUrl(@Nullable String pictureUrl) {
      this.pictureUrl = pictureUrl;
      return this;
    }

    /**
     * @throws IllegalStateException naming every required field ({@code name}, {@code link}, {@code price},
     *     {@code quantity}) not set
     */
    public Goods build() {
      List<String> missing = new ArrayList<>(4);
      if (name == null) missing.add("name");
      if (link == null) missing.add("link");
      if (price == null) missing.add("price");
      if (quantity == null) missing.add("quantity");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " required");
      }
      return new Goods(Option.of(id), name, Option.of(description), Option.of(category), Option.of(brand), link,
          price, quantity, Option.of(deliveryDate), Option.of(pictureUrl));
    }
  }
}

package io.github.paykka.testkit.contract;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.testkit.TestCard;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.UUID;

/**
 * Valid requests prefilled with test data, for tests: change what the test is about, keep the rest. Every
 * {@code trans_id} made here is random, so tests never collide, even against one long-lived sandbox.
 */
public final class TestRequests {

  /** The {@code notify_url} used when none is given. */
  public static final String NOTIFY_URL = "https://merchant.example/paykka/notifications";
  /** The {@code return_url} used. */
  public static final String RETURN_URL = "https://merchant.example/checkout/return";

  private TestRequests() {}

  /** A new random {@code trans_id} of 32 characters: {@code prefix} (at most 8 characters) and a UUID's hex. */
  public static TransId uniqueTransId(String prefix) {
    requireNonNull(prefix, "prefix == null");
    if (prefix.length() > 8) throw new IllegalArgumentException("prefix is at most 8 characters, was " + prefix);
    String hex = UUID.randomUUID().toString().replace("-", "");
    return TransId.of(prefix + hex.substring(0, 32 - prefix.length()));
  }

  /** A new random {@code trans_id} of 32 hexadecimal characters. */
  public static TransId uniqueTransId() {
    return uniqueTransId("");
  }

  /** {@code minorUnits} of USD. */
  public static Money usd(long minorUnits) {
    return Money.of(minorUnits, Currency.USD);
  }

  /**
   * A PURCHASE with automatic capture of USD 10.00 with {@code card}, a random {@code trans_id}, {@link #NOTIFY_URL},
   * {@link #RETURN_URL}, a browser, a customer and one product: valid as it is.
   */
  public static PaymentRequest.Builder purchase(TestCard card) {
    requireNonNull(card, "card == null");
    return purchase(card.instrument());
  }

  /** As {@link #purchase(TestCard)}, with any instrument. */
  public static PaymentRequest.Builder purchase(PaymentInstrument instrument) {
    requireNonNull(instrument, "instrument == null");
    return PaymentRequest.builder()
        .transId(uniqueTransId())
        .amount(usd(1000))
        .notifyUrl(NOTIFY_URL)
        .returnUrl(RETURN_URL)
        .instrument(instrument)
        .browser(Browser.builder().userAgent("paykka-testkit").language("en-US").build())
        .customer(Customer.builder().email("shopper@merchant.example").build())
        .addGoods(Goods.of("Test product", "https://merchant.example/products/1", 1000, 1));
  }

  /** A HOSTED checkout session of USD 10.00 for a random {@code trans_id}, valid as it is. */
  public static CheckoutSessionRequest.Builder checkoutSession() {
    return CheckoutSessionRequest.builder()
        .transId(uniqueTransId())
        .amount(usd(1000))
        .notifyUrl(NOTIFY_URL)
        .returnUrl(RETURN_URL)
        .addGoods(Goods.of("Test product", "https://merchant.example/products/1", 1000, 1));
  }

  /** {@code builder.validate()}, or an {@link IllegalArgumentException} listing what is invalid. */
  public static PaymentRequest valid(PaymentRequest.Builder builder) {
    requireNonNull(builder, "builder == null");
    Validation<Seq<FieldError>, PaymentRequest> validated = builder.validate();
    if (validated.isInvalid()) throw new IllegalArgumentException("invalid request: " + validated.getError());
    return validated.get();
  }

  /** {@code builder.validate()}, or an {@link IllegalArgumentException} listing what is invalid. */
  public static CheckoutSessionRequest valid(CheckoutSessionRequest.Builder builder) {
    requireNonNull(builder, "builder == null");
    Validation<Seq<FieldError>, CheckoutSessionRequest> validated = builder.validate();
    if (validated.isInvalid()) throw new IllegalArgumentException("invalid request: " + validated.getError());
    return validated.get();
  }
}

package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.token.TokenUsage;
import io.vavr.control.Option;

/**
 * The {@code payment} part of a request: the instrument and what to do with it.
 *
 * @param instrument how the shopper pays
 * @param storePaymentMethod whether PayKKa should store it for later ({@code store_payment_method})
 * @param tokenUsage what a stored token is for ({@code token_usage})
 * @param shopperReference the shopper, needed to store or use a token ({@code shopper_reference})
 * @param holderName the cardholder's name ({@code holder_name}, at most 100 characters)
 * @param holderEmail the cardholder's email ({@code holder_email})
 */
public record PaymentDetails(
    PaymentInstrument instrument,
    boolean storePaymentMethod,
    Option<TokenUsage> tokenUsage,
    Option<ShopperReference> shopperReference,
    Option<String> holderName,
    Option<String> holderEmail) {

  public PaymentDetails {
    requireNonNull(instrument, "instrument == null");
    requireNonNull(tokenUsage, "tokenUsage == null");
    requireNonNull(shopperReference, "shopperReference == null");
    requireNonNull(holderName, "holderName == null");
    requireNonNull(holderEmail, "holderEmail == null");
  }
}

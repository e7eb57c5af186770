package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * How the shopper pays ({@code payment}, seed 000 {@code PaymentInfoReqDto}); also the {@code payment} of a checkout session.
 *
 * <p>For a bank card exactly one of {@code token}, {@code card_no}, {@code encrypted_card_no} is given. {@code toString()} shows the card number as
 * BIN and last four at most and never shows the CVV, the expiry, the encrypted fields or the wallet token.
 *
 * @param paymentMethod {@code payment_method}: Payment method; required for payments (absent in a checkout session).
 * @param storePaymentMethod {@code store_payment_method}: Store the method for later payments (first recurring payment).
 * @param tokenUsage {@code token_usage}: Token usage; required when {@code store_payment_method} is true or on token payment.
 * @param shopperReference {@code shopper_reference}: Customer number; [0..64] characters; required when storing or paying by token.
 * @param tokenData {@code token_data}: Apple Pay / Google Pay payment token as produced by the wallet (opaque JSON string); secret.
 * @param token {@code token}: Card token; [0..64] characters.
 * @param cardNo {@code card_no}: Card number; [12..32] characters; secret.
 * @param expYear {@code exp_year}: Expiry year; exactly 4 characters; required with {@code card_no}.
 * @param expMonth {@code exp_month}: Expiry month; exactly 2 characters; required with {@code card_no}.
 * @param cvv {@code cvv}: CVV; [3..4] characters; secret.
 * @param encryptedCardNo {@code encrypted_card_no}: Encrypted card number; [4..800] characters.
 * @param encryptedExpYear {@code encrypted_exp_year}: Encrypted expiry year; [4..400] characters.
 * @param encryptedExpMonth {@code encrypted_exp_month}: Encrypted expiry month; [2..200] characters.
 * @param encryptedCvv {@code encrypted_cvv}: Encrypted CVV; [3..400] characters.
 * @param holderName {@code holder_name}: Cardholder name; [0..100] characters.
 * @param holderEmail {@code holder_email}: Cardholder email.
 * @param tokenAuthentication {@code token_authentication}: Decrypted wallet authentication data.
 */
public record PaymentInfoReqDto(
    @Nullable String paymentMethod,
    @Nullable Boolean storePaymentMethod,
    @Nullable String tokenUsage,
    @Nullable String shopperReference,
    @Nullable String tokenData,
    @Nullable String token,
    @Nullable String cardNo,
    @Nullable String expYear,
    @Nullable String expMonth,
    @Nullable String cvv,
    @Nullable String encryptedCardNo,
    @Nullable String encryptedExpYear,
    @Nullable String encryptedExpMonth,
    @Nullable String encryptedCvv,
    @Nullable String holderName,
    @Nullable String holderEmail,
    @Nullable TokenAuthenticationDto tokenAuthentication) {

  /** Shows no secret: the card number as BIN and last four at most, {@code ***} for the other secrets. */
  @Override
  public String toString() {
    return "PaymentInfoReqDto[" + "paymentMethod=" + paymentMethod
        + ", " + "storePaymentMethod=" + storePaymentMethod
        + ", " + "tokenUsage=" + tokenUsage
        + ", " + "shopperReference=" + shopperReference
        + ", " + "tokenData=" + Masking.secret(tokenData)
        + ", " + "token=" + token
        + ", " + "cardNo=" + Masking.card(cardNo)
        + ", " + "expYear=" + Masking.secret(expYear)
        + ", " + "expMonth=" + Masking.secret(expMonth)
        + ", " + "cvv=" + Masking.secret(cvv)
        + ", " + "encryptedCardNo=" + Masking.secret(encryptedCardNo)
        + ", " + "encryptedExpYear=" + Masking.secret(encryptedExpYear)
        + ", " + "encryptedExpMonth=" + Masking.secret(encryptedExpMonth)
        + ", " + "encryptedCvv=" + Masking.secret(encryptedCvv)
        + ", " + "holderName=" + holderName
        + ", " + "holderEmail=" + holderEmail
        + ", " + "tokenAuthentication=" + tokenAuthentication + "]";
  }
}

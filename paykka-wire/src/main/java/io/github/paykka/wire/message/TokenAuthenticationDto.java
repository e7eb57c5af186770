package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * Decrypted Apple Pay / Google Pay authentication data ({@code payment.token_authentication}, seed 001).
 *
 * <p>{@code toString()} never shows the cryptogram.
 *
 * @param cryptogram {@code cryptogram}: Network cryptogram; secret.
 * @param tokenFormat {@code token_format}: Token format; the seeds send {@code cryptogram_3ds} and {@code CRYPTOGRAM_3DS}, kept verbatim.
 * @param eci {@code eci}: Electronic commerce indicator, e.g. {@code "07"}.
 * @param accountVerified {@code account_verified}: Google Pay: account verified.
 * @param cardHolderAuthenticated {@code card_holder_authenticated}: Google Pay: cardholder authenticated.
 */
public record TokenAuthenticationDto(
    @Nullable String cryptogram,
    @Nullable String tokenFormat,
    @Nullable String eci,
    @Nullable Boolean accountVerified,
    @Nullable Boolean cardHolderAuthenticated) {

  /** Shows no secret: the card number as BIN and last four at most, {@code ***} for the other secrets. */
  @Override
  public String toString() {
    return "TokenAuthenticationDto[" + "cryptogram=" + Masking.secret(cryptogram)
        + ", " + "tokenFormat=" + tokenFormat
        + ", " + "eci=" + eci
        + ", " + "accountVerified=" + accountVerified
        + ", " + "cardHolderAuthenticated=" + cardHolderAuthenticated + "]";
  }
}

package io.github.paykka.domain.instrument;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The authentication data of a wallet payment the merchant decrypted ({@code payment.token_authentication}).
 *
 * <p>The cryptogram is a secret: {@link #toString()} never shows it.
 *
 * @param cryptogram the online payment cryptogram
 * @param tokenFormat e.g. {@code CRYPTOGRAM_3DS}
 * @param eci the electronic commerce indicator, if the wallet gave one
 * @param accountVerified Google Pay's assurance detail, if given
 * @param cardHolderAuthenticated Google Pay's assurance detail, if given
 */
public record TokenAuthentication(
    String cryptogram,
    String tokenFormat,
    @Nullable String eci,
    @Nullable Boolean accountVerified,
    @Nullable Boolean cardHolderAuthenticated) {

  public TokenAuthentication {
    requireNonNull(cryptogram, "cryptogram == null");
    requireNonNull(tokenFormat, "tokenFormat == null");
  }

  /** A cryptogram in {@code tokenFormat}, without Google Pay's assurance details. */
  public static TokenAuthentication of(String cryptogram, String tokenFormat, @Nullable String eci) {
    return new TokenAuthentication(cryptogram, tokenFormat, eci, null, null);
  }

  @Override
  public String toString() {
    return "TokenAuthentication[cryptogram=***, tokenFormat=" + tokenFormat + ", eci=" + eci
        + ", accountVerified=" + accountVerified + ", cardHolderAuthenticated=" + cardHolderAuthenticated + "]";
  }
}

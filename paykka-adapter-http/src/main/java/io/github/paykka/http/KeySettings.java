package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.paykka.wire.signature.KeyFormatException;
import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.Signer;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key settings of {@link PaykkaHttpAdapter.Builder}, read once at {@code build()}: a missing key is an
 * {@link IllegalStateException}, one that does not parse or is not RSA an {@link IllegalArgumentException}, each naming
 * the setting and never quoting the key.
 */
final class KeySettings {
  private KeySettings() {}

  /**
   * The merchant's signer, from exactly one of a PEM (or bare Base64) text, a private key, or a signer; a key signs
   * with {@code provider}'s SHA256withRSA when one is given (a signer of the user's own is taken as it is).
   */
  static Signer signer(@Nullable String pemOrBase64, @Nullable PrivateKey key, @Nullable Signer signer,
      @Nullable Provider provider) {
    int given = (pemOrBase64 != null ? 1 : 0) + (key != null ? 1 : 0) + (signer != null ? 1 : 0);
    if (given == 0) {
      throw new IllegalStateException("merchantPrivateKey is required (a PEM string, a PrivateKey, or a signer)");
    }
    if (given > 1) {
      throw new IllegalStateException("merchantPrivateKey: give exactly one of a PEM string, a PrivateKey or a signer");
    }
    try {
      if (signer != null) return signer;
      PrivateKey k = key != null ? key : PemKeys.privateKey(requireNonNull(pemOrBase64));
      return provider == null ? Signer.rsa(k) : Signer.rsa(k, provider);
    } catch (KeyFormatException e) {
      throw new IllegalArgumentException("merchantPrivateKey: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("merchantPrivateKey: must be an RSA private key");
    }
  }

  /** The platform keys: those given as keys, then those given as text (numbered from 1 in messages); at least one. */
  static List<PublicKey> platformKeys(List<String> pems, List<PublicKey> keys) {
    List<PublicKey> platform = new ArrayList<>(keys);
    for (int i = 0; i < pems.size(); i++) {
      try {
        platform.add(PemKeys.publicKey(pems.get(i)));
      } catch (KeyFormatException e) {
        throw new IllegalArgumentException("platformPublicKey #" + (i + 1) + ": " + e.getMessage());
      }
    }
    if (platform.isEmpty()) {
      throw new IllegalStateException("platformPublicKey is required: PayKKa's answers are verified with it");
    }
    for (PublicKey k : platform) {
      if (!"RSA".equalsIgnoreCase(k.getAlgorithm())) {
        throw new IllegalArgumentException("platformPublicKey: must be an RSA public key, was " + k.getAlgorithm());
      }
    }
    return List.copyOf(platform);
  }
}

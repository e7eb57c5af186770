package io.github.paykka.wire.signature;

import java.security.PrivateKey;
import java.security.Provider;

/**
 * Signs bytes with SHA256withRSA (PKCS#1 v1.5); implement it to keep the private key in an HSM or a KMS.
 *
 * <p>Contract: {@link #sign} returns the raw signature bytes (not Base64), is thread-safe, and throws an unchecked
 * exception whose message carries no key material if signing is impossible. {@code toString()} never shows the key.
 */
@FunctionalInterface
public interface Signer {
  /** Signs {@code data} (the exact bytes of the signed string) and returns the raw signature. */
  byte[] sign(byte[] data);

  /**
   * A signer over an RSA private key held in memory, for example from {@link PemKeys#privateKey(String)}.
   *
   * @throws IllegalArgumentException if {@code key} is not an RSA key, or one shorter than 2048 bits
   */
  static Signer rsa(PrivateKey key) {
    return new RsaSigner(key, null);
  }

  /**
   * A signer over an RSA private key held in memory whose SHA256withRSA comes from {@code provider}, e.g. Amazon
   * Corretto Crypto Provider's {@code AmazonCorrettoCryptoProvider.INSTANCE} or a Bouncy Castle
   * {@code BouncyCastleProvider}. The provider is used by reference: it is not installed JVM-wide. The key is
   * translated once into the provider's own form when the provider can (a native provider would convert it on every
   * signature otherwise); each signature uses a {@code Signature} object of its own.
   *
   * @throws IllegalArgumentException if {@code key} is not an RSA key or is shorter than 2048 bits, or {@code provider}
   *     offers no SHA256withRSA
   */
  static Signer rsa(PrivateKey key, Provider provider) {
    return new RsaSigner(key, ProviderKeys.requireProvider(provider));
  }
}

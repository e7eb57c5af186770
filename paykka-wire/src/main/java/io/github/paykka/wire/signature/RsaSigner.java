package io.github.paykka.wire.signature;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import org.jspecify.annotations.Nullable;

/**
 * SHA256withRSA over an in-memory key; package-private: made by {@link Signer#rsa(PrivateKey)} and
 * {@link Signer#rsa(PrivateKey, Provider)}.
 */
final class RsaSigner implements Signer {
  /** The shortest RSA modulus signed with, in bits. */
  static final int MIN_BITS = 2048;

  private final PrivateKey key;
  /** Null: the JDK's provider list decides, as {@code Signature.getInstance(algorithm)} does. */
  private final @Nullable Provider provider;

  /** Wraps {@code key}; it must be an RSA key. {@code provider} null is the JDK's choice. */
  RsaSigner(PrivateKey key, @Nullable Provider provider) {
    requireNonNull(key, "key == null");
    if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("key is not an RSA key: " + key.getAlgorithm());
    }
    // a key in memory says its size (a key in an HSM may not): below 2048 bits RSA is breakable, and no bank takes it
    if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < MIN_BITS) {
      throw new IllegalArgumentException("key is an RSA key of " + rsa.getModulus().bitLength()
          + " bits; a merchant key has at least " + MIN_BITS + " bits");
    }
    this.provider = provider;
    // a provider's own key form, made once: a native provider converts a foreign key on every initSign otherwise
    this.key = provider == null ? key : ProviderKeys.translate(key, provider);
  }

  @Override
  public byte[] sign(byte[] data) {
    requireNonNull(data, "data == null");
    try {
      // one Signature per call: they are not thread-safe, and getInstance + initSign is cheap next to RSA
      Signature s = ProviderKeys.signature(provider);
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException("SHA256withRSA signing failed: " + e.getClass().getSimpleName());
    }
  }

  @Override
  public String toString() {
    return provider == null
        ? "Signer[SHA256withRSA, key=***]"
        : "Signer[SHA256withRSA, provider=" + provider.getName() + ", key=***]";
  }
}

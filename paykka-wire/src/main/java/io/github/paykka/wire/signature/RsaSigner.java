package io.github.paykka.wire.signature;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** SHA256withRSA over an in-memory key; package-private: made by {@link Signer#rsa(PrivateKey)}. */
final class RsaSigner implements Signer {
  private final PrivateKey key;

  /** Wraps {@code key}; it must be an RSA key. */
  RsaSigner(PrivateKey key) {
    requireNonNull(key, "key == null");
    if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("key is not an RSA key: " + key.getAlgorithm());
    }
    this.key = key;
  }

  @Override
  public byte[] sign(byte[] data) {
    requireNonNull(data, "data == null");
    try {
      // Signature objects are not thread-safe; getInstance is cheap next to the RSA operation
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA256withRSA signing failed: " + e.getClass().getSimpleName());
    }
  }

  @Override
  public String toString() {
    return "Signer[SHA256withRSA, key=***]";
  }
}

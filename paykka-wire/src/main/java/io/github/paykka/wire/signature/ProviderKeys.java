package io.github.paykka.wire.signature;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * SHA256withRSA from a named {@link Provider} (or the JDK's choice), and keys in that provider's own form. Nothing
 * here registers a provider JVM-wide: the provider is used by reference, for this library's signatures only.
 */
final class ProviderKeys {
  static final String ALGORITHM = "SHA256withRSA";
  /** More platform keys than anyone rotates through; past it the cache starts over rather than grow. */
  private static final int MAX_CACHED = 64;

  private final Provider provider;
  /** Public keys in the provider's form, by the key given (keys compare by their encoding). */
  private final Map<PublicKey, PublicKey> translated = new ConcurrentHashMap<>();

  ProviderKeys(Provider provider) {
    this.provider = requireProvider(provider);
  }

  /**
   * {@code provider}, if it offers SHA256withRSA.
   *
   * @throws IllegalArgumentException if it does not
   */
  static Provider requireProvider(Provider provider) {
    requireNonNull(provider, "provider == null");
    if (provider.getService("Signature", ALGORITHM) == null) {
      throw new IllegalArgumentException("provider " + provider.getName() + " has no " + ALGORITHM);
    }
    return provider;
  }

  /** A new SHA256withRSA signature object of {@code provider}, or of the JDK's choice when null. */
  static Signature signature(@Nullable Provider provider) throws NoSuchAlgorithmException {
    return provider == null ? Signature.getInstance(ALGORITHM) : Signature.getInstance(ALGORITHM, provider);
  }

  /** A new SHA256withRSA signature object of this provider. */
  Signature signature() throws NoSuchAlgorithmException {
    return Signature.getInstance(ALGORITHM, provider);
  }

  /** {@code key} in this provider's form, translated once per key. */
  PublicKey publicKey(PublicKey key) {
    PublicKey known = translated.get(key);
    if (known != null) return known;
    if (translated.size() >= MAX_CACHED) translated.clear();
    PublicKey made = translate(key, provider);
    translated.put(key, made);
    return made;
  }

  /**
   * {@code key} translated by the provider's RSA key factory, so that a native provider does not convert it on every
   * use; the key itself if the provider has no RSA key factory or cannot translate it (its signature then decides).
   */
  @SuppressWarnings("unchecked")
  static <K extends Key> K translate(K key, Provider provider) {
    if (provider.getService("KeyFactory", "RSA") == null) return key;
    try {
      Key out = KeyFactory.getInstance("RSA", provider).translateKey(key);
      return key instanceof PublicKey == out instanceof PublicKey ? (K) out : key;
    } catch (GeneralSecurityException | RuntimeException e) {
      return key;
    }
  }

  Provider provider() {
    return provider;
  }
}

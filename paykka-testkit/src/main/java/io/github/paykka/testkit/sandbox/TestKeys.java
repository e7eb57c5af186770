package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.github.paykka.wire.signature.Signer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * RSA key pairs for tests: generated (2048 bits, the JDK's generator), PEM-encoded as PayKKa's merchant portal and
 * {@link io.github.paykka.wire.signature.PemKeys} expect them. Never use these keys outside tests.
 */
public final class TestKeys {
  private TestKeys() {}

  /** Generates a fresh RSA 2048 key pair. */
  public static TestKeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      KeyPair kp = g.generateKeyPair();
      return new TestKeyPair(kp.getPrivate(), kp.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate RSA keys", e);
    }
  }

  /** PKCS#8 PEM ({@code BEGIN PRIVATE KEY}) of {@code key}. */
  public static String privateKeyPem(PrivateKey key) {
    requireNonNull(key, "key == null");
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /** SPKI PEM ({@code BEGIN PUBLIC KEY}) of {@code key}. */
  public static String publicKeyPem(PublicKey key) {
    requireNonNull(key, "key == null");
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /**
   * The public key of an RSA private key that carries its CRT parameters (every key the JDK generates or PKCS#8 holds).
   *
   * @throws IllegalArgumentException if {@code key} carries no public exponent
   */
  public static PublicKey publicKeyOf(PrivateKey key) {
    requireNonNull(key, "key == null");
    if (!(key instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalArgumentException("not an RSA private key with CRT parameters: give the public key too");
    }
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot derive the RSA public key", e);
    }
  }

  private static String pem(String label, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
  }

  /**
   * A test key pair.
   *
   * <p>{@code toString()} never shows the private key.
   */
  public static final class TestKeyPair {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    TestKeyPair(PrivateKey privateKey, PublicKey publicKey) {
      this.privateKey = privateKey;
      this.publicKey = publicKey;
    }

    /** The private key. */
    public PrivateKey privateKey() {
      return privateKey;
    }

    /** The public key. */
    public PublicKey publicKey() {
      return publicKey;
    }

    /** The private key as PKCS#8 PEM. */
    public String privateKeyPem() {
      return TestKeys.privateKeyPem(privateKey);
    }

    /** The public key as SPKI PEM. */
    public String publicKeyPem() {
      return TestKeys.publicKeyPem(publicKey);
    }

    /** A {@link Signer} over the private key. */
    public Signer signer() {
      return Signer.rsa(privateKey);
    }

    @Override
    public String toString() {
      return "TestKeyPair[RSA " + publicKey.getAlgorithm() + ", private key hidden]";
    }
  }
}

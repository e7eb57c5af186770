package io.github.paykka.wire.signature;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads RSA keys as merchants hold them, through Bouncy Castle's PEM parser (no JVM-wide provider is registered).
 *
 * <p>Private keys: PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}), or bare Base64 of
 * the PKCS#8 (or PKCS#1) DER, as PayKKa's merchant portal hands them out. Public keys: SPKI PEM ({@code BEGIN PUBLIC KEY}),
 * PKCS#1 PEM ({@code BEGIN RSA PUBLIC KEY}), an X.509 certificate PEM, or bare Base64 of the SPKI DER.
 *
 * <p>A text starting with a byte-order mark (U+FEFF) is read without it. Parse keys once, at start-up, never per
 * request. Encrypted private keys are not supported. Every failure is a
 * {@link KeyFormatException} whose message never contains the input.
 */
public final class PemKeys {
  private static final String EXPECTED_PRIVATE =
      "expected an RSA private key as PKCS#8 PEM (BEGIN PRIVATE KEY), PKCS#1 PEM (BEGIN RSA PRIVATE KEY)"
          + " or bare Base64 of the PKCS#8 DER";
  private static final String EXPECTED_PUBLIC =
      "expected an RSA public key as SPKI PEM (BEGIN PUBLIC KEY), PKCS#1 PEM (BEGIN RSA PUBLIC KEY),"
          + " an X.509 certificate PEM or bare Base64 of the SPKI DER";

  private PemKeys() {}

  /**
   * Reads an RSA private key.
   *
   * @throws KeyFormatException if {@code pem} is not one of the accepted forms of an RSA private key
   */
  public static PrivateKey privateKey(String pem) {
    requireNonNull(pem, "pem == null");
    pem = normalised(pem);
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    try {
      PrivateKeyInfo info;
      if (isArmoured(pem)) {
        Object o = parsePem(pem, EXPECTED_PRIVATE);
        if (o instanceof PEMKeyPair pair) info = pair.getPrivateKeyInfo();
        else if (o instanceof PrivateKeyInfo p) info = p;
        else if (o != null && o.getClass().getSimpleName().contains("Encrypted")) {
          throw new KeyFormatException("encrypted private keys are not supported; " + EXPECTED_PRIVATE);
        } else throw new KeyFormatException("the PEM block is not a private key; " + EXPECTED_PRIVATE);
      } else {
        byte[] der = bareBase64(pem, EXPECTED_PRIVATE);
        info = privateKeyInfo(der);
      }
      if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
        throw new KeyFormatException("the private key is not an RSA key; " + EXPECTED_PRIVATE);
      }
      return converter.getPrivateKey(info);
    } catch (PEMException | RuntimeException e) {
      if (e instanceof KeyFormatException k) throw k;
      throw new KeyFormatException("unreadable private key; " + EXPECTED_PRIVATE);
    }
  }

  /**
   * Reads an RSA public key.
   *
   * @throws KeyFormatException if {@code pem} is not one of the accepted forms of an RSA public key
   */
  public static PublicKey publicKey(String pem) {
    requireNonNull(pem, "pem == null");
    pem = normalised(pem);
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    try {
      SubjectPublicKeyInfo info;
      if (isArmoured(pem)) {
        Object o = parsePem(pem, EXPECTED_PUBLIC);
        if (o instanceof SubjectPublicKeyInfo s) info = s;
        else if (o instanceof X509CertificateHolder c) info = c.getSubjectPublicKeyInfo();
        else if (o instanceof RSAPublicKey r) info = rsaSpki(r);
        else throw new KeyFormatException("the PEM block is not a public key; " + EXPECTED_PUBLIC);
      } else {
        info = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(bareBase64(pem, EXPECTED_PUBLIC)));
      }
      if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getAlgorithm().getAlgorithm())) {
        throw new KeyFormatException("the public key is not an RSA key; " + EXPECTED_PUBLIC);
      }
      return converter.getPublicKey(info);
    } catch (IOException | RuntimeException e) {
      if (e instanceof KeyFormatException k) throw k;
      throw new KeyFormatException("unreadable public key; " + EXPECTED_PUBLIC);
    }
  }

  /**
   * The key text as a PEM parser expects it. Editors on Windows save keys with a UTF-8 byte-order mark (U+FEFF before
   * the armour); keys passed through environment variables and YAML often arrive with their line breaks written as
   * the two characters {@code \n}, or on one line with spaces: each is read as the key it plainly is.
   */
  private static String normalised(String pem) {
    String text = pem.startsWith("\uFEFF") ? pem.substring(1) : pem;
    text = text.replace("\\r\\n", "\n").replace("\\n", "\n");
    Matcher block = ONE_BLOCK.matcher(text.strip());
    if (!block.matches()) return text;
    // re-wrapped only when the body is plain Base64 (a block with headers, e.g. an encrypted key, is left as it is)
    return "-----BEGIN " + block.group(1) + "-----\n" + block.group(2).replaceAll("\\s+", "\n") + "\n-----END "
        + block.group(1) + "-----\n";
  }

  /** One PEM block whose body is Base64 and whitespace only: its label and its body. */
  private static final Pattern ONE_BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

  private static boolean isArmoured(String pem) {
    return pem.contains("-----BEGIN ");
  }

  private static Object parsePem(String pem, String expected) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object o = parser.readObject();
      if (o == null) throw new KeyFormatException("no complete PEM block found; " + expected);
      // BC returns RSA PUBLIC KEY blocks as SubjectPublicKeyInfo already; RSAPublicKey is handled for older forms
      return o;
    } catch (IOException | RuntimeException e) {
      if (e instanceof KeyFormatException k) throw k;
      throw new KeyFormatException("malformed PEM block; " + expected);
    }
  }

  private static byte[] bareBase64(String text, String expected) {
    String compact = text.replaceAll("\\s+", "");
    if (compact.isEmpty()) throw new KeyFormatException("empty key; " + expected);
    try {
      return Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException("not PEM and not Base64; " + expected);
    }
  }

  private static PrivateKeyInfo privateKeyInfo(byte[] der) {
    ASN1Primitive asn1;
    try {
      asn1 = ASN1Primitive.fromByteArray(der);
    } catch (IOException | RuntimeException e) {
      throw new KeyFormatException("Base64 content is not DER; " + EXPECTED_PRIVATE);
    }
    try {
      return PrivateKeyInfo.getInstance(asn1);
    } catch (RuntimeException pkcs8) {
      // not PKCS#8: perhaps a bare PKCS#1 RSAPrivateKey
      try {
        RSAPrivateKey rsa = RSAPrivateKey.getInstance(asn1);
        return new PrivateKeyInfo(
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), rsa);
      } catch (IOException | RuntimeException pkcs1) {
        throw new KeyFormatException("DER content is neither PKCS#8 nor PKCS#1; " + EXPECTED_PRIVATE);
      }
    }
  }

  private static SubjectPublicKeyInfo rsaSpki(RSAPublicKey key) throws IOException {
    return new SubjectPublicKeyInfo(
        new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), key);
  }
}

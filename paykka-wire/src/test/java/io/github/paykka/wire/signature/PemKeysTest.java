package io.github.paykka.wire.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PemKeysTest {
  @Test
  void pkcs8Pkcs1AndBareBase64GiveTheSameKey() {
    PrivateKey pkcs8 = PemKeys.privateKey(TestKeyFiles.text("pkcs8.pem"));
    PrivateKey pkcs1 = PemKeys.privateKey(TestKeyFiles.text("pkcs1.pem"));
    PrivateKey bare = PemKeys.privateKey(TestKeyFiles.withoutComment("pkcs8.b64"));
    assertThat(pkcs1.getEncoded()).isEqualTo(pkcs8.getEncoded());
    assertThat(bare.getEncoded()).isEqualTo(pkcs8.getEncoded());
  }

  @Test
  void barePkcs1DerAlsoLoads() {
    String pem = TestKeyFiles.withoutComment("pkcs1.pem");
    String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    assertThat(PemKeys.privateKey(b64).getEncoded()).isEqualTo(TestKeyFiles.privateKey().getEncoded());
  }

  @Test
  void publicKeyFromPemAndBareBase64() {
    PublicKey pem = TestKeyFiles.publicKey();
    PublicKey bare = PemKeys.publicKey(Base64.getEncoder().encodeToString(pem.getEncoded()));
    assertThat(bare).isEqualTo(pem);
    assertThat(pem.getAlgorithm()).isEqualTo("RSA");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage-4242424242424242",
        "-----BEGIN PRIVATE KEY-----\nTUlJRXZRSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NCS2N3Z2dTakFnRUFBb0lCQVFEZVJBYVhWZ3grNDI0MjQyNDI0MjQyNDI0Mg==\n-----END PRIVATE KEY-----\n",
        "-----BEGIN PRIVATE KEY-----\nnot base64 !!! 4242424242424242\n-----END PRIVATE KEY-----\n",
        "QUJDREVGRzQyNDI0MjQyNDI0MjQyNDI=",
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
      })
  void garbageGivesAClearMessageWithoutTheInput(String input) {
    assertThatThrownBy(() -> PemKeys.privateKey(input))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("expected an RSA private key")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("4242").doesNotContainIgnoringCase("bouncy"));
    assertThatThrownBy(() -> PemKeys.publicKey(input))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("expected an RSA public key")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("4242"));
  }

  /** Breaker: a 512-bit merchant key was accepted; a signer refuses an RSA key shorter than 2048 bits. */
  @Test
  void aSignerRefusesAShortRsaKey() throws Exception {
    java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
    g.initialize(1024);
    PrivateKey shortKey = g.generateKeyPair().getPrivate();
    assertThatThrownBy(() -> Signer.rsa(shortKey)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024 bits").hasMessageContaining("at least 2048");
    assertThat(Signer.rsa(TestKeyFiles.privateKey()).sign(new byte[] {1})).hasSize(256);
  }

  /** Breaker: keys from environment variables, with "\\n" written out or on one line, load as the key they are. */
  @Test
  void keysWithEscapedLineBreaksOrOnOneLineLoad() {
    String pem = TestKeyFiles.withoutComment("pkcs8.pem").strip();
    byte[] expected = TestKeyFiles.privateKey().getEncoded();
    assertThat(PemKeys.privateKey(pem.replace("\n", "\\n")).getEncoded()).isEqualTo(expected);
    assertThat(PemKeys.privateKey(pem.replace("\n", "\\r\\n")).getEncoded()).isEqualTo(expected);
    assertThat(PemKeys.privateKey(pem.replace("\n", " ")).getEncoded()).isEqualTo(expected);
    String pub = TestKeyFiles.withoutComment("public.pem").strip();
    assertThat(PemKeys.publicKey(pub.replace("\n", "\\n"))).isEqualTo(TestKeyFiles.publicKey());
    assertThat(PemKeys.publicKey(pub.replace("\n", " "))).isEqualTo(TestKeyFiles.publicKey());
  }

  /** Issue 10, item 26: a key saved with a UTF-8 byte-order mark loads (it was "no complete PEM block found"). */
  @Test
  void keysSavedWithAByteOrderMarkLoad() {
    String bom = "\uFEFF";
    PrivateKey expected = TestKeyFiles.privateKey();
    assertThat(PemKeys.privateKey(bom + TestKeyFiles.text("pkcs8.pem")).getEncoded()).isEqualTo(expected.getEncoded());
    assertThat(PemKeys.privateKey(bom + TestKeyFiles.text("pkcs1.pem")).getEncoded()).isEqualTo(expected.getEncoded());
    assertThat(PemKeys.privateKey(bom + TestKeyFiles.withoutComment("pkcs8.b64")).getEncoded())
        .isEqualTo(expected.getEncoded());
    assertThat(PemKeys.publicKey(bom + TestKeyFiles.text("public.pem"))).isEqualTo(TestKeyFiles.publicKey());
    // the same bytes as a file saved by such an editor: EF BB BF, then the armour
    byte[] file = (bom + TestKeyFiles.text("pkcs8.pem")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(file[0]).isEqualTo((byte) 0xEF);
    assertThat(PemKeys.privateKey(new String(file, java.nio.charset.StandardCharsets.UTF_8)).getEncoded())
        .isEqualTo(expected.getEncoded());
  }

  @Test
  void aPublicKeyIsNotAPrivateKey() {
    assertThatThrownBy(() -> PemKeys.privateKey(TestKeyFiles.text("public.pem")))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("not a private key");
  }

  @Test
  void signerToStringShowsNoKey() {
    PrivateKey key = TestKeyFiles.privateKey();
    String s = Signer.rsa(key).toString();
    assertThat(s).doesNotContain(Base64.getEncoder().encodeToString(key.getEncoded()).substring(0, 40));
    assertThat(s).isEqualTo("Signer[SHA256withRSA, key=***]");
  }
}

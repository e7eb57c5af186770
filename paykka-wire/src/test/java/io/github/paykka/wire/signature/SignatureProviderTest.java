package io.github.paykka.wire.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A provider named for SHA256withRSA signs and verifies exactly as the JDK's default does (PKCS#1 v1.5 is
 * deterministic: the published vector, byte for byte), is the one doing the work, and is never installed JVM-wide.
 */
class SignatureProviderTest {
  private static final long TIMESTAMP = SignatureVectorTest.TIMESTAMP;
  private static final byte[] BODY = SignatureVectorTest.BODY.getBytes(UTF_8);
  private static final List<PublicKey> KEYS = List.of(TestKeyFiles.publicKey());
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(TIMESTAMP + 1000), ZoneOffset.UTC);

  static Stream<Provider> providers() {
    return Stream.of(AmazonCorrettoCryptoProvider.INSTANCE, new BouncyCastleProvider(),
        Security.getProvider("SunRsaSign"), new CountingProvider());
  }

  private static SignatureScheme scheme(Provider provider) {
    return SignatureScheme.builder().clock(CLOCK).provider(provider).build();
  }

  @ParameterizedTest
  @MethodSource("providers")
  void signsTheVectorByteForByte(Provider provider) {
    Signer signer = Signer.rsa(TestKeyFiles.privateKey(), provider);
    String header = scheme(provider).signRequest(signer, SignatureVectorTest.MERCHANT, TIMESTAMP, BODY);
    assertThat(header).isEqualTo(SignatureVectorTest.urlEncoded(SignatureVectorTest.SIGNATURE));
    assertThat(signer.toString()).contains(provider.getName()).doesNotContain("MII");
  }

  @ParameterizedTest
  @MethodSource("providers")
  void verifiesTheVectorAndRefusesAnAlteredBody(Provider provider) {
    SignatureScheme scheme = scheme(provider);
    assertThat(scheme.verifyRequest(KEYS, SignatureVectorTest.SIGNATURE, BODY).isRight()).isTrue();
    byte[] altered = BODY.clone();
    altered[altered.length - 3] = (byte) 'X';  // "capture_final":trXe
    assertThat(scheme.verifyRequest(KEYS, SignatureVectorTest.SIGNATURE, altered).isLeft()).isTrue();
    // the answer's signature (over the raw body alone) too
    assertThat(scheme.verifyResponse(KEYS, SignatureVectorTest.RESPONSE_SIGNATURE,
        SignatureVectorTest.RESPONSE_BODY.getBytes(UTF_8)).isRight()).isTrue();
  }

  @Test
  void theNamedProviderDoesTheWork() {
    CountingProvider counting = new CountingProvider();
    SignatureScheme scheme = scheme(counting);
    String header = scheme.signRequest(Signer.rsa(TestKeyFiles.privateKey(), counting), SignatureVectorTest.MERCHANT,
        TIMESTAMP, BODY);
    assertThat(counting.signatures).hasValue(1);
    assertThat(scheme.verifyRequest(KEYS, header, BODY).isRight()).isTrue();
    assertThat(counting.verifications).hasValue(1);
    // the default scheme and signer do not touch it
    SignatureScheme.builder().clock(CLOCK).build().verifyRequest(KEYS, header, BODY);
    Signer.rsa(TestKeyFiles.privateKey()).sign(BODY);
    assertThat(counting.signatures).hasValue(1);
    assertThat(counting.verifications).hasValue(1);
  }

  @Test
  void nothingIsInstalledJvmWide() {
    List<String> before = Arrays.stream(Security.getProviders()).map(Provider::getName).toList();
    providers().forEach(p -> {
      Signer.rsa(TestKeyFiles.privateKey(), p).sign(BODY);
      scheme(p).verifyRequest(KEYS, SignatureVectorTest.SIGNATURE, BODY);
    });
    assertThat(Arrays.stream(Security.getProviders()).map(Provider::getName).toList()).isEqualTo(before);
    assertThat(before).doesNotContain("AmazonCorrettoCryptoProvider", "BC", "PaykkaCounting");
  }

  @Test
  void aProviderWithoutSha256WithRsaIsRefusedByName() {
    Provider none = new Provider("Empty", "1", "nothing") {
      private static final long serialVersionUID = 1L;
    };
    assertThatThrownBy(() -> SignatureScheme.builder().provider(none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider").hasMessageContaining("Empty");
    assertThatThrownBy(() -> Signer.rsa(TestKeyFiles.privateKey(), none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA256withRSA");
  }

  @Test
  void theSchemeNamesItsProvider() {
    assertThat(scheme(new CountingProvider()).provider().map(Provider::getName).getOrNull())
        .isEqualTo("PaykkaCounting");
    assertThat(SignatureScheme.standard().provider().isEmpty()).isTrue();
    assertThat(scheme(new CountingProvider()).toString()).contains("provider=PaykkaCounting");
  }
}

package io.github.paykka.wire.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Laws of the signature scheme. RSA signing costs about a millisecond, so tries stay in the hundreds. */
class SignatureSchemeProperties {
  static final long NOW = 1_745_922_570_644L;
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final Signer signer = Signer.rsa(TestKeyFiles.privateKey());
  private final List<PublicKey> keys = List.of(TestKeyFiles.publicKey());
  private final SignatureScheme scheme =
      SignatureScheme.builder().clock(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC)).freshness(WINDOW).build();

  static byte[] body(String merchantId, long timestamp, String extra) {
    return ("{\"merchant_id\":\"" + merchantId + "\",\"timestamp\":" + timestamp + ",\"note\":\"" + extra + "\"}")
        .getBytes(UTF_8);
  }

  @Provide
  Arbitrary<Long> freshTimestamps() {
    return Arbitraries.longs().between(NOW - WINDOW.toMillis(), NOW + WINDOW.toMillis());
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.FIRST)
  void changingAnyOneByteOfTheBodyBreaksVerification(
      @ForAll @NumericChars @StringLength(min = 1, max = 32) String merchantId,
      @ForAll @AlphaChars @StringLength(max = 40) String extra,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll @IntRange(min = 1, max = 255) int delta) {
    byte[] body = body(merchantId, NOW, extra);
    String header = scheme.signRequest(signer, merchantId, NOW, body);
    assertThat(scheme.verifyRequest(keys, header, body).isRight()).isTrue();
    byte[] tampered = body.clone();
    int i = position % tampered.length;
    tampered[i] = (byte) (tampered[i] + delta);
    assertThat(scheme.verifyRequest(keys, header, tampered).isLeft()).isTrue();
    assertThat(scheme.verifyResponse(keys, scheme.signResponse(signer, body), tampered).isLeft()).isTrue();
  }

  @Property(tries = 100)
  void aSignatureForOneMerchantOrTimestampNeverVerifiesForAnother(
      @ForAll @NumericChars @StringLength(min = 1, max = 32) String merchantA,
      @ForAll @NumericChars @StringLength(min = 1, max = 32) String merchantB,
      @ForAll("freshTimestamps") long tsA,
      @ForAll("freshTimestamps") long tsB) {
    Assume.that(!merchantA.equals(merchantB) || tsA != tsB);
    // the header was made for (A, tsA) over a body that names (B, tsB)
    byte[] body = body(merchantB, tsB, "x");
    String header = scheme.signRequest(signer, merchantA, tsA, body);
    Either<SignatureFailure, SignedFields> result = scheme.verifyRequest(keys, header, body);
    assertThat(result.getLeft()).isEqualTo(new SignatureFailure.Mismatch(1));
  }

  @Property(tries = 100)
  void freshTimestampsAreAccepted(@ForAll("freshTimestamps") long ts) {
    byte[] body = body("18356675194960", ts, "fresh");
    String header = scheme.signNotification(signer, "18356675194960", ts, body);
    assertThat(scheme.verifyNotification(keys, header, body).get().epochMillis()).isEqualTo(Option.some(ts));
  }

  @Property(tries = 100)
  void staleTimestampsAreRejectedInBothDirections(
      @ForAll @LongRange(min = 1, max = 10L * 365 * 24 * 3600 * 1000) long beyond, @ForAll boolean future) {
    long ts = future ? NOW + WINDOW.toMillis() + beyond : NOW - WINDOW.toMillis() - beyond;
    byte[] body = body("1", ts, "stale");
    String header = scheme.signRequest(signer, "1", ts, body);
    assertThat(scheme.verifyRequest(keys, header, body).getLeft()).isEqualTo(new SignatureFailure.Stale(ts, NOW));
  }

  @Property(tries = 300)
  void anyHeaderAndBodyGiveAResultNeverAnException(@ForAll String header, @ForAll byte[] body) {
    assertThat(scheme.verifyRequest(keys, header, body)).isNotNull();
    assertThat(scheme.verifyResponse(keys, header, body)).isNotNull();
  }

  @Example
  void missingMalformedAndUnreadableAreTold() {
    byte[] body = body("1", NOW, "x");
    assertThat(scheme.verifyRequest(keys, null, body).getLeft()).isEqualTo(new SignatureFailure.Missing());
    assertThat(scheme.verifyRequest(keys, " ", body).getLeft()).isEqualTo(new SignatureFailure.Missing());
    assertThat(scheme.verifyRequest(keys, "%%%", body).getLeft()).isEqualTo(new SignatureFailure.Malformed());
    assertThat(scheme.verifyRequest(keys, "not*base64", body).getLeft()).isEqualTo(new SignatureFailure.Malformed());
    String header = scheme.signRequest(signer, "1", NOW, body);
    assertThat(scheme.verifyRequest(keys, header, "{\"timestamp\":1}".getBytes(UTF_8)).getLeft())
        .isEqualTo(new SignatureFailure.UnreadableBody("no merchant_id"));
    assertThat(scheme.verifyRequest(keys, header, "{\"merchant_id\":\"1\"}".getBytes(UTF_8)).getLeft())
        .isEqualTo(new SignatureFailure.UnreadableBody("no timestamp"));
    assertThat(scheme.verifyRequest(keys, header, "[1]".getBytes(UTF_8)).getLeft())
        .isInstanceOf(SignatureFailure.UnreadableBody.class);
  }

  @Example
  void anyOfSeveralKeysVerifiesForRotation() throws NoSuchAlgorithmException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(1024);
    PublicKey other = g.generateKeyPair().getPublic();
    byte[] body = body("7", NOW, "rotate");
    String header = scheme.signRequest(signer, "7", NOW, body);
    assertThat(scheme.verifyRequest(List.of(other, keys.get(0)), header, body).get().keyIndex()).isEqualTo(1);
    assertThat(scheme.verifyRequest(List.of(other), header, body).getLeft())
        .isEqualTo(new SignatureFailure.Mismatch(1));
  }

  @Example
  void timestampAsNumericStringIsRead() {
    byte[] body = ("{\"merchant_id\":\"9\",\"timestamp\":\"" + NOW + "\"}").getBytes(UTF_8);
    String header = scheme.signRequest(signer, "9", NOW, body);
    assertThat(scheme.verifyRequest(keys, header, body).get().merchantId()).isEqualTo("9");
  }
}

package io.github.paykka.wire.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 10, items 8, 9 and 15 at the scheme: timestamps in seconds or absent, signed over their exact text; windows of
 * any length without overflow; malformed UTF-8 refused before anything is read.
 */
class NotificationTimestampTest {
  static final long NOW = 1_745_922_570_644L;
  static final String M = "18356675194960";
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);

  private final Signer signer = Signer.rsa(TestKeyFiles.privateKey());
  private final List<PublicKey> keys = List.of(TestKeyFiles.publicKey());
  private final SignatureScheme scheme = SignatureScheme.builder().clock(CLOCK).build();

  static byte[] body(String timestampMember) {
    return ("{\"merchant_id\":\"" + M + "\"" + timestampMember + ",\"notify_type\":\"PAYMENT.SUCCESS\"}")
        .getBytes(UTF_8);
  }

  // ---- item 8: seconds, absent, exact text ----

  @Example
  void aTenDigitNotificationTimestampIsInSeconds() {
    long seconds = NOW / 1000;
    byte[] body = body(",\"timestamp\":" + seconds);
    String header = scheme.signNotification(signer, M, seconds, body);

    SignedFields signed = scheme.verifyNotification(keys, header, body).get();

    assertThat(signed.timestampText()).isEqualTo(Long.toString(seconds));
    assertThat(signed.epochMillis()).isEqualTo(Option.some(seconds * 1000));
  }

  @Example
  void aSecondsTimestampIsJudgedAsSeconds() {
    long hourAgo = NOW / 1000 - 3600;
    byte[] body = body(",\"timestamp\":" + hourAgo);
    String header = scheme.signNotification(signer, M, hourAgo, body);

    assertThat(scheme.verifyNotification(keys, header, body).getLeft())
        .isEqualTo(new SignatureFailure.Stale(hourAgo * 1000, NOW));
  }

  @Example
  void requestsKeepMillisecondsAndARequiredTimestamp() {
    long seconds = NOW / 1000;
    byte[] inSeconds = body(",\"timestamp\":" + seconds);
    byte[] without = body("");

    assertThat(scheme.verifyRequest(keys, scheme.signRequest(signer, M, seconds, inSeconds), inSeconds).getLeft())
        .isEqualTo(new SignatureFailure.Stale(seconds, NOW));
    assertThat(scheme.verifyRequest(keys, scheme.signNotification(signer, M, "", without), without).getLeft())
        .isEqualTo(new SignatureFailure.UnreadableBody("no timestamp"));
  }

  @Example
  void aNotificationWithoutTimestampVerifiesOverAnEmptyOneWithoutFreshness() {
    byte[] body = body("");
    String header = scheme.signNotification(signer, M, "", body);

    SignedFields signed = scheme.verifyNotification(keys, header, body).get();

    assertThat(signed).isEqualTo(new SignedFields(M, "", Option.none(), 0));
    assertThat(new String(SignatureScheme.signedBytes(M, "", body), UTF_8))
        .startsWith("merchantId=" + M + "&timestamp=&requestBody={");
    // a null timestamp is no timestamp
    byte[] nulled = body(",\"timestamp\":null");
    assertThat(scheme.verifyNotification(keys, scheme.signNotification(signer, M, "", nulled), nulled).isRight())
        .isTrue();
  }

  @Example
  void theTimestampIsSignedAsItsExactText() {
    // a string with leading zeros: its value is NOW, its text is not Long.toString(NOW)
    String text = "000" + NOW;
    byte[] body = body(",\"timestamp\":\"" + text + "\"");

    Either<SignatureFailure, SignedFields> exact =
        scheme.verifyNotification(keys, scheme.signNotification(signer, M, text, body), body);
    Either<SignatureFailure, SignedFields> normalised =
        scheme.verifyNotification(keys, scheme.signNotification(signer, M, NOW, body), body);

    assertThat(exact.get().timestampText()).isEqualTo(text);
    assertThat(exact.get().epochMillis()).isEqualTo(Option.some(NOW));
    assertThat(normalised.getLeft()).isEqualTo(new SignatureFailure.Mismatch(1));
  }

  @Example
  void aNonIntegerNotificationTimestampIsVerifiedOverItsTextWithoutFreshness() {
    byte[] body = body(",\"timestamp\":\"2025-04-29T10:29:30Z\"");
    String header = scheme.signNotification(signer, M, "2025-04-29T10:29:30Z", body);

    SignedFields signed = scheme.verifyNotification(keys, header, body).get();

    assertThat(signed.timestampText()).isEqualTo("2025-04-29T10:29:30Z");
    assertThat(signed.epochMillis()).isEmpty();
    byte[] object = body(",\"timestamp\":{\"s\":1}");
    assertThat(scheme.verifyNotification(keys, header, object).getLeft())
        .isEqualTo(new SignatureFailure.UnreadableBody("timestamp is not a number or a string"));
  }

  /** Breaker: a repeated key is ambiguous only in the signed fields; anywhere else the body is verified. */
  @Example
  void onlyARepeatedSignedFieldMakesTheBodyUnreadable() {
    byte[] nested = body(",\"timestamp\":" + NOW + ",\"card_info\":{\"bin\":\"424242\",\"bin\":\"424242\"},"
        + "\"pay_finish_time\":\"x\",\"pay_finish_time\":\"y\",\"extra\":" + "9".repeat(9_000));
    assertThat(scheme.verifyNotification(keys, scheme.signNotification(signer, M, NOW, nested), nested).isRight())
        .isTrue();

    byte[] twoTimestamps = body(",\"timestamp\":" + NOW + ",\"timestamp\":" + (NOW + 1));
    byte[] twoMerchants = ("{\"merchant_id\":\"" + M + "\",\"merchant_id\":\"other\",\"timestamp\":" + NOW + "}")
        .getBytes(UTF_8);
    assertThat(scheme.verifyNotification(keys, scheme.signNotification(signer, M, NOW, twoTimestamps), twoTimestamps)
        .getLeft()).isEqualTo(new SignatureFailure.UnreadableBody("duplicate timestamp"));
    assertThat(scheme.verifyNotification(keys, scheme.signNotification(signer, M, NOW, twoMerchants), twoMerchants)
        .getLeft()).isEqualTo(new SignatureFailure.UnreadableBody("duplicate merchant_id"));
  }

  // ---- item 9: windows of any length, asymmetric ----

  @Example
  void theLongestWindowsNeitherOverflowNorThrow() {
    Duration longestMillis = Duration.ofMillis(Long.MAX_VALUE);
    Duration forever = ChronoUnit.FOREVER.getDuration();
    long thirtyYearsAgo = NOW - Duration.ofDays(30 * 365).toMillis();

    for (Duration window : List.of(longestMillis, forever)) {
      SignatureScheme wide = SignatureScheme.builder().clock(CLOCK).freshness(window).build();
      for (long ts : new long[] {NOW, thirtyYearsAgo, NOW + 1_000_000_000L, 0, -NOW, Long.MAX_VALUE / 2}) {
        byte[] body = body(",\"timestamp\":" + ts);
        assertThat(wide.verifyRequest(keys, wide.signRequest(signer, M, ts, body), body).isRight())
            .as("window %s, timestamp %d", window, ts).isTrue();
      }
      assertThat(wide.maxAge()).isEqualTo(window);
    }
  }

  @Example
  void ageAndSkewAreSeparateLimits() {
    SignatureScheme s = SignatureScheme.builder().clock(CLOCK).maxAge(Duration.ofHours(1))
        .maxAhead(Duration.ofMinutes(1)).build();
    long halfHourAgo = NOW - 1_800_000;
    long twoMinutesAhead = NOW + 120_000;
    byte[] old = body(",\"timestamp\":" + halfHourAgo);
    byte[] ahead = body(",\"timestamp\":" + twoMinutesAhead);

    assertThat(s.verifyNotification(keys, s.signNotification(signer, M, halfHourAgo, old), old).isRight()).isTrue();
    assertThat(s.verifyNotification(keys, s.signNotification(signer, M, twoMinutesAhead, ahead), ahead).getLeft())
        .isEqualTo(new SignatureFailure.Stale(twoMinutesAhead, NOW));
  }

  @Provide
  Arbitrary<Long> anyTime() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, NOW));
  }

  @Provide
  Arbitrary<Duration> anyWindow() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, Long.MAX_VALUE).map(Duration::ofMillis),
        Arbitraries.longs().between(1, Long.MAX_VALUE).map(Duration::ofSeconds),
        Arbitraries.of(ChronoUnit.FOREVER.getDuration(), Duration.ofNanos(1), Duration.ofMinutes(5)));
  }

  /** The window check agrees with exact arithmetic for any clock, timestamp and windows; nothing throws. */
  @Property(tries = 400)
  void freshnessIsExactArithmetic(@ForAll("anyTime") long now, @ForAll("anyTime") long ts,
      @ForAll("anyWindow") Duration maxAge, @ForAll("anyWindow") Duration maxAhead) {
    Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
    long n = clock.millis();
    SignatureScheme s = SignatureScheme.builder().clock(clock).maxAge(maxAge).maxAhead(maxAhead).build();
    byte[] body = body(",\"timestamp\":" + ts);
    // a wrong signature: the window is judged before RSA, so Stale or Mismatch tells which way it went
    Either<SignatureFailure, SignedFields> r = s.verifyRequest(keys, "AAAA", body);

    BigInteger age = BigInteger.valueOf(n).subtract(BigInteger.valueOf(ts));
    BigInteger ageLimit = BigInteger.valueOf(SignatureScheme.saturatedMillis(maxAge));
    BigInteger aheadLimit = BigInteger.valueOf(SignatureScheme.saturatedMillis(maxAhead));
    boolean fresh = age.compareTo(ageLimit) <= 0 && age.negate().compareTo(aheadLimit) <= 0;
    assertThat(r.getLeft()).isEqualTo(fresh ? new SignatureFailure.Mismatch(1) : new SignatureFailure.Stale(ts, n));
  }

  @Example
  void windowsMustBePositiveAndTheSettingIsNamed() {
    assertThatCode(() -> SignatureScheme.builder().maxAge(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAge");
    assertThatCode(() -> SignatureScheme.builder().maxAhead(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAhead");
    assertThatCode(() -> SignatureScheme.builder().freshness(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("freshness");
  }

  // ---- item 15: malformed UTF-8 ----

  @Example
  void anOverlongEncodingIsRefusedEvenWhenGenuinelySigned() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("{\"merchant_id\":\"" + M + "\",\"timestamp\":" + NOW + ",\"trans_id\":\"").getBytes(UTF_8));
    out.writeBytes(new byte[] {0x54, (byte) 0xC0, (byte) 0xAF}); // "T" + an overlong "/"
    out.writeBytes("\"}".getBytes(UTF_8));
    byte[] body = out.toByteArray();

    assertThat(scheme.verifyNotification(keys, scheme.signNotification(signer, M, NOW, body), body).getLeft())
        .isEqualTo(new SignatureFailure.UnreadableBody("malformed UTF-8"));
    assertThat(scheme.verifyRequest(keys, scheme.signRequest(signer, M, NOW, body), body).getLeft())
        .isEqualTo(new SignatureFailure.UnreadableBody("malformed UTF-8"));
  }

  @Example
  void strictUtf8RefusesEveryIllFormedKind() {
    assertThat(io.github.paykka.wire.WireCodec.isWellFormedUtf8("héllo € 𝄞 ok".getBytes(UTF_8))).isTrue();
    assertThat(io.github.paykka.wire.WireCodec.isWellFormedUtf8(new byte[0])).isTrue();
    for (int[] bad : new int[][] {
        {0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xF0, 0x80, 0x80, 0xAF}, // overlong
        {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, // surrogates
        {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, // above U+10FFFF, never used
        {0x80}, {0xBF}, {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC3, 0x41}}) { // stray, truncated, not continued
      byte[] b = new byte[bad.length + 2];
      b[0] = 'a';
      for (int i = 0; i < bad.length; i++) b[i + 1] = (byte) bad[i];
      b[b.length - 1] = 'z';
      assertThat(io.github.paykka.wire.WireCodec.isWellFormedUtf8(b)).as(java.util.Arrays.toString(bad)).isFalse();
      assertThat(io.github.paykka.wire.WireCodec.isWellFormedUtf8(java.util.Arrays.copyOfRange(b, 1, b.length - 1))).isFalse();
    }
  }

  /** The check agrees with the JDK's reporting decoder, which follows Unicode's well-formedness table. */
  @Property(tries = 2000)
  void strictUtf8AgreesWithTheJdkDecoder(@ForAll("utf8ish") byte[] bytes) {
    boolean jdk;
    try {
      UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      jdk = true;
    } catch (CharacterCodingException e) {
      jdk = false;
    }
    assertThat(io.github.paykka.wire.WireCodec.isWellFormedUtf8(bytes)).isEqualTo(jdk);
  }

  @Provide
  Arbitrary<byte[]> utf8ish() {
    // mostly valid text with a byte changed here and there, so that both answers are common
    Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(12).map(s -> s.getBytes(UTF_8));
    Arbitrary<byte[]> mutated = Arbitraries.strings().ofMinLength(1).ofMaxLength(12)
        .flatMap(s -> Arbitraries.integers().between(0, 255).list().ofSize(2).map(m -> {
          byte[] b = s.getBytes(UTF_8);
          b[m.get(0) % b.length] = (byte) (int) m.get(1);
          return b;
        }));
    return Arbitraries.oneOf(text, mutated, Arbitraries.bytes().array(byte[].class).ofMaxSize(8));
  }
}

package io.github.paykka.wire.signature;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.paykka.wire.WireCodec;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PayKKa v1.2 RSA256 signatures: the one place that knows what is signed, so that a correction is a one-line change.
 *
 * <p><b>Working assumption</b> (PAYKKA-FACTS.md; PayKKa's own page was not readable in full):
 *
 * <ul>
 *   <li>request and notification: the UTF-8 bytes of
 *       {@code merchantId=<merchant_id>&timestamp=<timestamp>&requestBody=<exact raw body>}, where
 *       {@code merchant_id} and {@code timestamp} are the body's own top-level fields, each exactly as its text
 *       appears in the body (the content of a JSON string, or the literal of a number);
 *   <li>response: the exact raw response body alone;
 *   <li>algorithm SHA256withRSA (PKCS#1 v1.5); the signature is Base64, sent URL-encoded in the {@code signature}
 *       header; verifiers accept the header URL-encoded or not;
 *   <li>freshness: a request or notification whose {@code timestamp} is older than {@link #maxAge()} or further ahead
 *       of the verifier's clock than {@link #maxAhead()} is rejected (both 5 minutes by default; the webhook adapter
 *       widens the age to what its inbox remembers). A window too long for milliseconds (e.g.
 *       {@code ChronoUnit.FOREVER}) is the longest there is, {@code Long.MAX_VALUE} ms: no arithmetic overflows.
 * </ul>
 *
 * <p>Notifications are read tolerantly (PayKKa's v1.2 notification page shows a 10-digit {@code timestamp} and does
 * not mark it required): a notification {@code timestamp} below 10^11 is epoch <em>seconds</em>, above it epoch
 * milliseconds; a notification without one (or with a non-integer one) is verified over an empty timestamp text
 * ({@code merchantId=..&timestamp=&requestBody=..}, or the text as it is) and has no freshness check, since there is
 * nothing to judge. Requests keep PayKKa's request rule: an integer {@code timestamp} in epoch milliseconds, required.
 *
 * <p>Verification works on the raw bytes received, before any data binding: the bytes must be well-formed UTF-8,
 * and {@code merchant_id} and {@code timestamp} are read with Jackson's streaming parser. Checks run cheapest first:
 * header present, Base64, body fields, freshness, then RSA against each key in order (several keys allow rotation);
 * comparison is {@link Signature#verify}. Keys are given already parsed ({@link PemKeys}), never parsed per call.
 * SHA256withRSA comes from the {@link Builder#provider provider} named, if one is (keys are then translated into its
 * form once and remembered), otherwise from the JDK's provider list; each verification uses a {@code Signature} object
 * of its own. Thread-safe; its settings are immutable.
 */
public final class SignatureScheme {
  private static final byte[] MERCHANT_ID = "merchantId=".getBytes(US_ASCII);
  private static final byte[] TIMESTAMP = "&timestamp=".getBytes(US_ASCII);
  private static final byte[] REQUEST_BODY = "&requestBody=".getBytes(US_ASCII);

  /** A notification timestamp below this is in epoch seconds (10^11 s is the year 5138; 10^11 ms is 1973). */
  private static final long SECONDS_BELOW = 100_000_000_000L;

  private final Clock clock;
  private final Duration maxAge;
  private final Duration maxAhead;
  private final long maxAgeMillis;
  private final long maxAheadMillis;
  private final JsonFactory json;
  /** Null: the JDK's provider list decides. */
  private final @Nullable ProviderKeys provider;

  private SignatureScheme(Builder b) {
    this.provider = b.provider == null ? null : new ProviderKeys(b.provider);
    this.clock = b.clock;
    this.maxAge = b.maxAge;
    this.maxAhead = b.maxAhead;
    this.maxAgeMillis = saturatedMillis(b.maxAge);
    this.maxAheadMillis = saturatedMillis(b.maxAhead);
    this.json =
        JsonFactory.builder()
            // no duplicate detection for the whole body: only a second top-level merchant_id or timestamp makes the
            // signed string ambiguous (checked below); a repeated informational key must not lose a notification
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(10_000).build())
            .build();
  }

  /** A builder with the defaults: the UTC system clock and a window of 5 minutes. */
  public static Builder builder() {
    return new Builder();
  }

  /** The scheme with the defaults. */
  public static SignatureScheme standard() {
    return builder().build();
  }

  /** Returns the exact bytes signed for a request or notification whose {@code timestamp} is a JSON integer. */
  public static byte[] signedBytes(String merchantId, long timestamp, byte[] body) {
    return signedBytes(merchantId, Long.toString(timestamp), body);
  }

  /**
   * Returns the exact bytes signed for a request or notification.
   *
   * @param timestampText the body's {@code timestamp} exactly as its text appears there; empty if it has none
   */
  public static byte[] signedBytes(String merchantId, String timestampText, byte[] body) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(timestampText, "timestampText == null");
    requireNonNull(body, "body == null");
    byte[] mid = merchantId.getBytes(UTF_8);
    byte[] ts = timestampText.getBytes(UTF_8);
    // one exact-size array, no intermediate strings of the body
    byte[] out =
        new byte[MERCHANT_ID.length + mid.length + TIMESTAMP.length + ts.length + REQUEST_BODY.length + body.length];
    int p = put(out, 0, MERCHANT_ID);
    p = put(out, p, mid);
    p = put(out, p, TIMESTAMP);
    p = put(out, p, ts);
    p = put(out, p, REQUEST_BODY);
    put(out, p, body);
    return out;
  }

  /**
   * Signs a request body; {@code merchantId} and {@code timestamp} must be the values inside {@code body}.
   *
   * @return the value of the {@code signature} header (URL-encoded Base64)
   */
  public String signRequest(Signer signer, String merchantId, long timestamp, byte[] body) {
    requireNonNull(signer, "signer == null");
    return header(Base64.getEncoder().encode(signer.sign(signedBytes(merchantId, timestamp, body))));
  }

  /** Signs a notification body (PayKKa's side, or a sandbox); same form as {@link #signRequest}. */
  public String signNotification(Signer signer, String merchantId, long timestamp, byte[] body) {
    return signRequest(signer, merchantId, timestamp, body);
  }

  /**
   * Signs a notification body whose {@code timestamp} is written otherwise than as a JSON integer (a string, or
   * absent: then {@code timestampText} is empty).
   *
   * @param timestampText the body's {@code timestamp} exactly as its text appears there
   * @return the value of the {@code signature} header (URL-encoded Base64)
   */
  public String signNotification(Signer signer, String merchantId, String timestampText, byte[] body) {
    requireNonNull(signer, "signer == null");
    return header(Base64.getEncoder().encode(signer.sign(signedBytes(merchantId, timestampText, body))));
  }

  /**
   * Signs a response body (PayKKa's side, or a sandbox): the signed bytes are the body alone.
   *
   * @return the value of the {@code signature} header (URL-encoded Base64)
   */
  public String signResponse(Signer signer, byte[] body) {
    requireNonNull(signer, "signer == null");
    requireNonNull(body, "body == null");
    return header(Base64.getEncoder().encode(signer.sign(body)));
  }

  /**
   * Verifies a request (the sandbox's side) against any of {@code keys}: its {@code timestamp} is required, an integer
   * in epoch milliseconds, within the window.
   *
   * @param signatureHeader the {@code signature} header, URL-encoded or not; null if absent
   * @param rawBody the body exactly as received
   * @return the signed merchant and timestamp, or why verification failed; never throws for any header or body
   * @throws IllegalArgumentException if {@code keys} is empty
   */
  public Either<SignatureFailure, SignedFields> verifyRequest(
      List<PublicKey> keys, @Nullable String signatureHeader, byte[] rawBody) {
    return verify(keys, signatureHeader, rawBody, false);
  }

  /**
   * Verifies a notification from PayKKa against its platform key(s): like {@link #verifyRequest}, except that a
   * {@code timestamp} below 10^11 is in seconds, and that a notification without an integer {@code timestamp} is
   * verified over the timestamp's text as it is (empty if absent) and not judged for freshness.
   *
   * @return the signed merchant and timestamp, or why verification failed; never throws for any header or body
   * @throws IllegalArgumentException if {@code keys} is empty
   */
  public Either<SignatureFailure, SignedFields> verifyNotification(
      List<PublicKey> keys, @Nullable String signatureHeader, byte[] rawBody) {
    return verify(keys, signatureHeader, rawBody, true);
  }

  private Either<SignatureFailure, SignedFields> verify(
      List<PublicKey> keys, @Nullable String signatureHeader, byte[] rawBody, boolean notification) {
    requireKeys(keys);
    requireNonNull(rawBody, "rawBody == null");
    if (signatureHeader == null || signatureHeader.isBlank()) return Either.left(new SignatureFailure.Missing());
    byte[] signature = decodeHeader(signatureHeader);
    if (signature == null) return Either.left(new SignatureFailure.Malformed());
    Either<SignatureFailure, Fields> read = readFields(rawBody, notification);
    if (read.isLeft()) return Either.left(read.getLeft());
    Fields fields = read.get();
    Option<Long> epochMillis = Option.none();
    if (fields.integer != null) {
      long value = fields.integer;
      // seconds: PayKKa's v1.2 notification example is 10 digits; far from any millisecond value in use
      long millis = notification && value > -SECONDS_BELOW && value < SECONDS_BELOW ? value * 1000 : value;
      long now = clock.millis();
      if (!fresh(now, millis)) return Either.left(new SignatureFailure.Stale(millis, now));
      epochMillis = Option.some(millis);
    }
    int index = verifyAny(keys, signedBytes(fields.merchantId, fields.timestampText, rawBody), signature);
    if (index < 0) return Either.left(new SignatureFailure.Mismatch(keys.size()));
    return Either.right(new SignedFields(fields.merchantId, fields.timestampText, epochMillis, index));
  }

  /**
   * Verifies a response from PayKKa against its platform key(s); the signed bytes are the raw body alone (no freshness
   * check: a response carries no timestamp of its own).
   *
   * @throws IllegalArgumentException if {@code keys} is empty
   */
  public Either<SignatureFailure, VerifiedResponse> verifyResponse(
      List<PublicKey> keys, @Nullable String signatureHeader, byte[] rawBody) {
    requireKeys(keys);
    requireNonNull(rawBody, "rawBody == null");
    if (signatureHeader == null || signatureHeader.isBlank()) return Either.left(new SignatureFailure.Missing());
    byte[] signature = decodeHeader(signatureHeader);
    if (signature == null) return Either.left(new SignatureFailure.Malformed());
    int index = verifyAny(keys, rawBody, signature);
    if (index < 0) return Either.left(new SignatureFailure.Mismatch(keys.size()));
    return Either.right(new VerifiedResponse(index));
  }

  /** How old a signed timestamp may be, by the clock. */
  public Duration maxAge() {
    return maxAge;
  }

  /** How far ahead of the clock a signed timestamp may be (the clock skew allowed). */
  public Duration maxAhead() {
    return maxAhead;
  }

  /** The provider SHA256withRSA is verified with, if one was named; empty: the JDK's choice. */
  public Option<Provider> provider() {
    return provider == null ? Option.none() : Option.some(provider.provider());
  }

  @Override
  public String toString() {
    return "SignatureScheme[RSA256, v1.2, maxAge=" + maxAge + ", maxAhead=" + maxAhead
        + (provider == null ? "" : ", provider=" + provider.provider().getName()) + "]";
  }

  /** {@code d} in milliseconds, {@code Long.MAX_VALUE} if longer (e.g. {@code ChronoUnit.FOREVER}). */
  static long saturatedMillis(Duration d) {
    try {
      return d.toMillis();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  /** Whether {@code millis} is within the window around {@code now}, by exact arithmetic. */
  private boolean fresh(long now, long millis) {
    long age;
    try {
      age = Math.subtractExact(now, millis);
    } catch (ArithmeticException beyondAnyWindow) {
      // further apart than Long.MAX_VALUE ms, which is the longest window there is
      return false;
    }
    return age <= maxAgeMillis && age >= -maxAheadMillis;
  }

  private static void requireKeys(List<PublicKey> keys) {
    requireNonNull(keys, "keys == null");
    if (keys.isEmpty()) throw new IllegalArgumentException("keys is empty: give at least one public key");
  }

  private int verifyAny(List<PublicKey> keys, byte[] signed, byte[] signature) {
    for (int i = 0; i < keys.size(); i++) {
      PublicKey key = requireNonNull(keys.get(i), "keys[" + i + "] == null");
      try {
        Signature s;
        if (provider == null) {
          s = ProviderKeys.signature(null);
        } else {
          s = provider.signature();
          key = provider.publicKey(key);
        }
        s.initVerify(key);
        s.update(signed);
        if (s.verify(signature)) return i;
      } catch (GeneralSecurityException | RuntimeException e) {
        // a key of the wrong type or a signature of the wrong length simply does not verify
      }
    }
    return -1;
  }

  /** The signed fields as read: the timestamp's text, and its value if it is an integer in range. */
  private record Fields(String merchantId, String timestampText, @Nullable Long integer) {}

  /**
   * Reads the top-level merchant_id and timestamp. A request needs an integer timestamp (a JSON integer, or a string
   * of digits); a notification takes the text of any string or number, or none.
   */
  private Either<SignatureFailure, Fields> readFields(byte[] body, boolean notification) {
    if (!WireCodec.isWellFormedUtf8(body)) return Either.left(new SignatureFailure.UnreadableBody("malformed UTF-8"));
    String merchantId = null;
    String timestamp = null;
    boolean timestampIsText = false;
    try (JsonParser p = json.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Either.left(new SignatureFailure.UnreadableBody("not a JSON object"));
      }
      JsonToken t;
      boolean seenMerchantId = false;
      boolean seenTimestamp = false;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        // two values for a signed field: which one was signed cannot be told
        if ("merchant_id".equals(name) && seenMerchantId || "timestamp".equals(name) && seenTimestamp) {
          return Either.left(new SignatureFailure.UnreadableBody("duplicate " + name));
        }
        seenMerchantId |= "merchant_id".equals(name);
        seenTimestamp |= "timestamp".equals(name);
        if ("merchant_id".equals(name) && (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT)) {
          merchantId = p.getText();
        } else if ("timestamp".equals(name) && (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_STRING
            || (notification && v == JsonToken.VALUE_NUMBER_FLOAT))) {
          timestamp = p.getText();
          timestampIsText = v == JsonToken.VALUE_STRING;
        } else if ("timestamp".equals(name) && notification && v != JsonToken.VALUE_NULL) {
          // true, an object, an array: there is no text that could have been signed
          return Either.left(new SignatureFailure.UnreadableBody("timestamp is not a number or a string"));
        } else {
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        return Either.left(new SignatureFailure.UnreadableBody("not a single JSON object"));
      }
    } catch (Exception e) {
      // malformed JSON, a limit: the reason is ours, never the parser's message (it quotes input)
      return Either.left(new SignatureFailure.UnreadableBody("malformed JSON"));
    }
    if (merchantId == null) return Either.left(new SignatureFailure.UnreadableBody("no merchant_id"));
    Long integer = timestamp == null ? null : integer(timestamp);
    if (!notification) {
      if (timestamp == null || (timestampIsText && integer == null && !timestamp.matches("-?\\d+"))) {
        return Either.left(new SignatureFailure.UnreadableBody("no timestamp"));
      }
      if (integer == null) return Either.left(new SignatureFailure.UnreadableBody("timestamp out of range"));
    }
    return Either.right(new Fields(merchantId, timestamp == null ? "" : timestamp, integer));
  }

  /** The value of an optionally signed run of decimal digits, or null if it is not one or out of range. */
  private static @Nullable Long integer(String text) {
    int n = text.length();
    int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    if (n == start || n - start > 19) return null;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') return null;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int put(byte[] out, int at, byte[] part) {
    System.arraycopy(part, 0, out, at, part.length);
    return at + part.length;
  }

  /** The header value of Base64 bytes: the three characters that are not URL-safe percent-encoded. */
  private static String header(byte[] base64) {
    int extra = 0;
    for (byte c : base64) {
      if (c == '+' || c == '/' || c == '=') extra += 2;
    }
    // one exact-size array of ASCII, made a String without decoding
    byte[] out = new byte[base64.length + extra];
    int p = 0;
    for (byte c : base64) {
      if (c == '+' || c == '/' || c == '=') {
        out[p++] = '%';
        out[p++] = c == '=' ? (byte) '3' : (byte) '2';
        out[p++] = c == '+' ? (byte) 'B' : c == '/' ? (byte) 'F' : (byte) 'D';
      } else {
        out[p++] = c;
      }
    }
    return new String(out, US_ASCII);
  }

  /** URL-decodes if needed (keeping a literal '+'), then Base64-decodes; null if malformed. */
  static byte @Nullable [] decodeHeader(String header) {
    String h = header.strip();
    StringBuilder sb = new StringBuilder(h.length());
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == '%') {
        if (i + 2 >= h.length()) return null;
        int hi = Character.digit(h.charAt(i + 1), 16);
        int lo = Character.digit(h.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return null;
        sb.append((char) (hi * 16 + lo));
        i += 2;
      } else if (c == ' ') {
        // a '+' that some layer form-decoded into a space
        sb.append('+');
      } else {
        sb.append(c);
      }
    }
    if (sb.length() == 0) return null;
    try {
      return Base64.getDecoder().decode(sb.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Builds a {@link SignatureScheme}; every setting has a default. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private Duration maxAge = Duration.ofMinutes(5);
    private Duration maxAhead = Duration.ofMinutes(5);
    private @Nullable Provider provider;

    private Builder() {}

    /**
     * The provider whose SHA256withRSA verifies (default: none, the JDK's provider list decides), e.g. Amazon Corretto
     * Crypto Provider's {@code AmazonCorrettoCryptoProvider.INSTANCE} or a {@code BouncyCastleProvider}. It is used by
     * reference and never installed JVM-wide.
     *
     * @throws IllegalArgumentException if it offers no SHA256withRSA
     */
    public Builder provider(Provider provider) {
      this.provider = ProviderKeys.requireProvider(provider);
      return this;
    }

    /** The clock freshness is judged against (default: the UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How far a signed timestamp may be from the clock, in either direction: sets both {@link #maxAge} and
     * {@link #maxAhead} (default 5 minutes each). A duration too long for milliseconds is {@code Long.MAX_VALUE} ms.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder freshness(Duration freshness) {
      positive(freshness, "freshness");
      this.maxAge = freshness;
      this.maxAhead = freshness;
      return this;
    }

    /**
     * How old a signed timestamp may be (default 5 minutes). A duration too long for milliseconds is
     * {@code Long.MAX_VALUE} ms.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = positive(maxAge, "maxAge");
      return this;
    }

    /**
     * How far ahead of the clock a signed timestamp may be, i.e. the clock skew tolerated (default 5 minutes).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxAhead(Duration maxAhead) {
      this.maxAhead = positive(maxAhead, "maxAhead");
      return this;
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive: " + d);
      return d;
    }

    /** Builds the scheme; never throws. */
    public SignatureScheme build() {
      return new SignatureScheme(this);
    }
  }
}

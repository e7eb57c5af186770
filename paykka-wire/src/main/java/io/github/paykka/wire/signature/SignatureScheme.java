package io.github.paykka.wire.signature;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.vavr.control.Either;
import java.security.GeneralSecurityException;
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
 *       {@code merchantId=<merchant_id>&timestamp=<timestamp>&requestBody=<exact raw body>}, where {@code merchant_id} and
 *       {@code timestamp} are the body's own top-level fields;
 *   <li>response: the exact raw response body alone;
 *   <li>algorithm SHA256withRSA (PKCS#1 v1.5); the signature is Base64, sent URL-encoded in the {@code signature}
 *       header; verifiers accept the header URL-encoded or not;
 *   <li>freshness: a request or notification whose {@code timestamp} is further than the window (default 5 minutes) from
 *       the verifier's clock, in either direction, is rejected.
 * </ul>
 *
 * <p>Verification works on the raw bytes received, before any data binding: {@code merchant_id} and {@code timestamp}
 * are read with Jackson's streaming parser. Checks run cheapest first: header present, Base64, body fields, freshness,
 * then RSA against each key in order (several keys allow rotation); comparison is {@link Signature#verify}. Keys are
 * given already parsed ({@link PemKeys}), never parsed per call. Immutable and thread-safe.
 */
public final class SignatureScheme {
  private static final byte[] MERCHANT_ID = "merchantId=".getBytes(US_ASCII);
  private static final byte[] TIMESTAMP = "&timestamp=".getBytes(US_ASCII);
  private static final byte[] REQUEST_BODY = "&requestBody=".getBytes(US_ASCII);
  private static final String ALGORITHM = "SHA256withRSA";

  private final Clock clock;
  private final long freshnessMillis;
  private final JsonFactory json;

  private SignatureScheme(Builder b) {
    this.clock = b.clock;
    this.freshnessMillis = b.freshness.toMillis();
    this.json =
        JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64).build())
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

  /** Returns the exact bytes signed for a request or notification. */
  public static byte[] signedBytes(String merchantId, long timestamp, byte[] body) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(body, "body == null");
    byte[] mid = merchantId.getBytes(UTF_8);
    byte[] ts = Long.toString(timestamp).getBytes(US_ASCII);
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
    return urlEncode(Base64.getEncoder().encodeToString(signer.sign(signedBytes(merchantId, timestamp, body))));
  }

  /** Signs a notification body (PayKKa's side, or a sandbox); same form as {@link #signRequest}. */
  public String signNotification(Signer signer, String merchantId, long timestamp, byte[] body) {
    return signRequest(signer, merchantId, timestamp, body);
  }

  /**
   * Signs a response body (PayKKa's side, or a sandbox): the signed bytes are the body alone.
   *
   * @return the value of the {@code signature} header (URL-encoded Base64)
   */
  public String signResponse(Signer signer, byte[] body) {
    requireNonNull(signer, "signer == null");
    requireNonNull(body, "body == null");
    return urlEncode(Base64.getEncoder().encodeToString(signer.sign(body)));
  }

  /**
   * Verifies a request (the sandbox's side) against any of {@code keys}.
   *
   * @param signatureHeader the {@code signature} header, URL-encoded or not; null if absent
   * @param rawBody the body exactly as received
   * @return the signed merchant and timestamp, or why verification failed
   * @throws IllegalArgumentException if {@code keys} is empty
   */
  public Either<SignatureFailure, SignedFields> verifyRequest(
      List<PublicKey> keys, @Nullable String signatureHeader, byte[] rawBody) {
    requireKeys(keys);
    requireNonNull(rawBody, "rawBody == null");
    if (signatureHeader == null || signatureHeader.isBlank()) return Either.left(new SignatureFailure.Missing());
    byte[] signature = decodeHeader(signatureHeader);
    if (signature == null) return Either.left(new SignatureFailure.Malformed());
    Either<SignatureFailure, String[]> fields = readFields(rawBody);
    if (fields.isLeft()) return Either.left(fields.getLeft());
    String merchantId = fields.get()[0];
    long timestamp = Long.parseLong(fields.get()[1]);
    long now = clock.millis();
    // written so that no subtraction can overflow
    if (timestamp < now - freshnessMillis || timestamp > now + freshnessMillis) {
      return Either.left(new SignatureFailure.Stale(timestamp, now));
    }
    int index = verifyAny(keys, signedBytes(merchantId, timestamp, rawBody), signature);
    if (index < 0) return Either.left(new SignatureFailure.Mismatch(keys.size()));
    return Either.right(new SignedFields(merchantId, timestamp, index));
  }

  /** Verifies a notification from PayKKa against its platform key(s); same rules as {@link #verifyRequest}. */
  public Either<SignatureFailure, SignedFields> verifyNotification(
      List<PublicKey> keys, @Nullable String signatureHeader, byte[] rawBody) {
    return verifyRequest(keys, signatureHeader, rawBody);
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

  /** The freshness window. */
  public Duration freshness() {
    return Duration.ofMillis(freshnessMillis);
  }

  @Override
  public String toString() {
    return "SignatureScheme[RSA256, v1.2, freshness=" + freshness() + "]";
  }

  private static void requireKeys(List<PublicKey> keys) {
    requireNonNull(keys, "keys == null");
    if (keys.isEmpty()) throw new IllegalArgumentException("keys is empty: give at least one public key");
  }

  private static int verifyAny(List<PublicKey> keys, byte[] signed, byte[] signature) {
    for (int i = 0; i < keys.size(); i++) {
      PublicKey key = requireNonNull(keys.get(i), "keys[" + i + "] == null");
      try {
        Signature s = Signature.getInstance(ALGORITHM);
        s.initVerify(key);
        s.update(signed);
        if (s.verify(signature)) return i;
      } catch (GeneralSecurityException | RuntimeException e) {
        // a key of the wrong type or a signature of the wrong length simply does not verify
      }
    }
    return -1;
  }

  /** Reads top-level merchant_id and timestamp; [merchantId, timestamp as decimal text]. */
  private Either<SignatureFailure, String[]> readFields(byte[] body) {
    String merchantId = null;
    String timestamp = null;
    try (JsonParser p = json.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Either.left(new SignatureFailure.UnreadableBody("not a JSON object"));
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("merchant_id".equals(name) && (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT)) {
          merchantId = p.getText();
        } else if ("timestamp".equals(name) && v == JsonToken.VALUE_NUMBER_INT) {
          timestamp = p.getText();
        } else if ("timestamp".equals(name) && v == JsonToken.VALUE_STRING && p.getText().matches("-?\\d{1,19}")) {
          timestamp = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        return Either.left(new SignatureFailure.UnreadableBody("not a single JSON object"));
      }
    } catch (Exception e) {
      // malformed JSON, a duplicate key, a limit: the reason is ours, never the parser's message (it quotes input)
      return Either.left(new SignatureFailure.UnreadableBody("malformed JSON"));
    }
    if (merchantId == null) return Either.left(new SignatureFailure.UnreadableBody("no merchant_id"));
    if (timestamp == null) return Either.left(new SignatureFailure.UnreadableBody("no timestamp"));
    try {
      Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return Either.left(new SignatureFailure.UnreadableBody("timestamp out of range"));
    }
    return Either.right(new String[] {merchantId, timestamp});
  }

  private static int put(byte[] out, int at, byte[] part) {
    System.arraycopy(part, 0, out, at, part.length);
    return at + part.length;
  }

  /** Percent-encodes the three Base64 characters that are not URL-safe. */
  static String urlEncode(String base64) {
    StringBuilder sb = new StringBuilder(base64.length() + 16);
    for (int i = 0; i < base64.length(); i++) {
      char c = base64.charAt(i);
      switch (c) {
        case '+' -> sb.append("%2B");
        case '/' -> sb.append("%2F");
        case '=' -> sb.append("%3D");
        default -> sb.append(c);
      }
    }
    return sb.toString();
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
    private Duration freshness = Duration.ofMinutes(5);

    private Builder() {}

    /** The clock freshness is judged against (default: the UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How far a signed timestamp may be from the clock, in either direction (default 5 minutes).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder freshness(Duration freshness) {
      requireNonNull(freshness, "freshness == null");
      if (freshness.isNegative() || freshness.isZero()) {
        throw new IllegalArgumentException("freshness must be positive: " + freshness);
      }
      this.freshness = freshness;
      return this;
    }

    /** Builds the scheme. */
    public SignatureScheme build() {
      return new SignatureScheme(this);
    }
  }
}

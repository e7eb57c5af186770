package io.github.paykka.testkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paykka.wire.signature.KeyFormatException;
import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.SignatureScheme;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paykka verify}: checks a body and its {@code signature} header against public keys, as the library does, and
 * when it fails says precisely why: the wrong key, the body changed, a stale timestamp, the header's URL-encoding,
 * or a signature over another form of the signed bytes.
 *
 * <p>The diagnosis recovers the digest inside the signature with the public key (RSA's public operation and the
 * PKCS#1 v1.5 padding): a well-formed digest proves the key is right, so a mismatch is the bytes' fault; a malformed
 * one means another private key made it. Verification itself is the JDK's {@link Signature}, as in the library.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Verifies a signature over a body as paykka-java does, and says precisely why it fails.",
      "",
      "A request or a notification signs merchantId=...&timestamp=...&requestBody=<body>; an answer (--response) "
          + "the body alone. A body with a notify_type is judged as the webhook handler judges a notification: its "
          + "timestamp in seconds or milliseconds, up to 24 hours old (the default inbox's retention). The first "
          + "line of the output is OK, or FAIL: and the cause: wrong key, body changed, "
          + "timestamp stale, URL-encoding, other form, not Base64, no signature, body unreadable."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the signature verifies (and the timestamp is fresh)", "1:it does not; the first line says why",
        "2:wrong arguments", "3:cannot read a key or the body"})
final class VerifyCommand implements Callable<Integer> {
  /** A notification timestamp below this is in epoch seconds, as the library reads it. */
  private static final long SECONDS_BELOW = 100_000_000_000L;
  /** How old a notification the webhook handler accepts by default: the in-memory inbox's retention. */
  private static final Duration NOTIFICATION_MAX_AGE = Duration.ofHours(24);

  /** Why a signature does not verify, as the first line of the output names it. */
  enum Cause {
    OK("OK"),
    MISSING("no signature"),
    MALFORMED("not Base64"),
    UNREADABLE_BODY("body unreadable"),
    URL_ENCODING("URL-encoding"),
    WRONG_KEY("wrong key"),
    OTHER_FORM("other form"),
    BODY_CHANGED("body changed"),
    TIMESTAMP_STALE("timestamp stale");

    final String label;

    Cause(String label) {
      this.label = label;
    }
  }

  /** The verdict: the cause and the sentences that explain it. */
  record Verdict(Cause cause, List<String> explanation) {}

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--public-key", paramLabel = "FILE", required = true,
      description = "the public key (SPKI PEM or bare Base64): the merchant's for a request, PayKKa's platform key "
          + "for a notification or an answer; repeat to try several")
  List<Path> keyFiles = new ArrayList<>();

  @Option(names = "--signature", paramLabel = "HEADER", required = true,
      description = "the value of the signature header, as received")
  String signature = "";

  @Mixin BodyOptions input = new BodyOptions();

  @Option(names = "--response", description = "the body is an answer of PayKKa: the signed bytes are the body alone")
  boolean response;

  @Option(names = "--now", paramLabel = "MILLIS", description = "judge the timestamp at this epoch time (default: now)")
  @Nullable Long now;

  @Option(names = "--freshness-seconds", paramLabel = "N",
      description = "how far the timestamp may be from now, either way (default 300, the library's)")
  long freshnessSeconds = 300;

  InputStream stdin = System.in;
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    List<PublicKey> keys = new ArrayList<>();
    for (Path p : keyFiles) {
      try {
        keys.add(PemKeys.publicKey(SandboxCommand.read(p, "--public-key")));
      } catch (KeyFormatException e) {
        throw CliFailure.cannotRun("--public-key " + p + ": " + e.getMessage());
      }
    }
    if (freshnessSeconds <= 0) throw CliFailure.usage("--freshness-seconds must be positive");
    byte[] body = input.read(stdin);
    Verdict v = diagnose(keys, signature, body, response, now != null ? now : clock.millis(),
        Duration.ofSeconds(freshnessSeconds));
    PrintWriter out = spec.commandLine().getOut();
    out.println(v.cause() == Cause.OK ? "OK" : "FAIL: " + v.cause().label);
    v.explanation().forEach(out::println);
    out.flush();
    return v.cause() == Cause.OK ? PaykkaCommand.OK : PaykkaCommand.NEGATIVE;
  }

  /** Verifies {@code header} over {@code body} and, when it fails, finds out why. */
  static Verdict diagnose(
      List<PublicKey> keys, String header, byte[] body, boolean response, long now, Duration freshness) {
    if (header.isBlank()) return verdict(Cause.MISSING, "the signature header is empty or missing");
    byte[] signed;
    long timestamp = 0;
    boolean notification = false;
    String timestampText = "";
    String expected;
    if (response) {
      signed = body;
      expected = "the exact body";
    } else {
      BodyFields f = BodyFields.of(body);
      if (!f.json() || f.merchantId() == null || f.timestamp() == null) {
        return verdict(Cause.UNREADABLE_BODY, "the signed string is built from the body's top-level merchant_id and "
            + "timestamp, and this body " + (!f.json() ? "is not one JSON object" : "has no "
            + (f.merchantId() == null ? "merchant_id" : "timestamp")));
      }
      notification = f.notification();
      timestampText = f.timestamp();
      timestamp = Long.parseLong(f.timestamp());
      // a notification's timestamp may be in seconds, as PayKKa's v1.2 page shows it (the webhook's reading)
      if (notification && Math.abs(timestamp) < SECONDS_BELOW) timestamp *= 1000;
      // signed over the timestamp's exact text, as the library signs and verifies
      signed = SignatureScheme.signedBytes(f.merchantId(), f.timestamp(), body);
      expected = "merchantId=" + f.merchantId() + "&timestamp=" + f.timestamp() + "&requestBody=<the exact body>";
    }
    byte[] once = decode(header, 1);
    byte[] twice = header.contains("%25") ? decode(header, 2) : null;
    if (once == null && twice == null) {
      return verdict(Cause.MALFORMED, "the header is not Base64, even URL-decoded: it was cut, or is not a signature");
    }
    if (once != null && verifies(keys, signed, once) >= 0) {
      boolean tooOld = now - timestamp > NOTIFICATION_MAX_AGE.toMillis();
      if (notification && (tooOld || timestamp - now > freshness.toMillis())) {
        return verdict(Cause.TIMESTAMP_STALE, "the signature verifies, but this notification's timestamp "
            + timestampText + " is " + span(Math.abs(now - timestamp)) + (now > timestamp ? " before" : " after")
            + " now (" + now + "); the webhook handler accepts a notification up to its inbox's retention old (24 "
            + "hours by default) and " + span(freshness.toMillis()) + " ahead, so it refuses this one");
      }
      if (!response && !notification && Math.abs(now - timestamp) > freshness.toMillis()) {
        return verdict(Cause.TIMESTAMP_STALE, "the signature verifies, but timestamp " + timestamp + " is "
            + span(Math.abs(now - timestamp)) + (now > timestamp ? " before" : " after") + " now (" + now
            + "); the window is " + span(freshness.toMillis()) + " either way, so PayKKa answers 206004 and a webhook "
            + "refuses it: sign with the current time, and check the clock of the machine that signs");
      }
      return verdict(Cause.OK, "the signature verifies over " + expected + (response ? "" : notification
          ? "; a notification, " + span(Math.abs(now - timestamp)) + (now > timestamp ? " old" : " ahead")
              + ", within the webhook handler's default window (24 hours old, " + span(freshness.toMillis())
              + " ahead)"
          : "; timestamp " + timestamp + " is within " + span(freshness.toMillis()) + " of now"));
    }
    if (twice != null && verifies(keys, signed, twice) >= 0) {
      return verdict(Cause.URL_ENCODING, "the signature verifies only after URL-decoding the header twice: it was "
          + "URL-encoded twice ('%2B' sent as '%252B'); send the Base64 URL-encoded once (+ as %2B, / as %2F, = as "
          + "%3D), or not at all");
    }
    byte[] sig = once != null ? once : twice;
    byte[] digest = null;
    for (PublicKey key : keys) {
      digest = recoverDigest(key, sig);
      if (digest != null) break;
    }
    if (digest == null) {
      return verdict(Cause.WRONG_KEY, "no given public key opens this signature: another private key made it (a "
          + "request is signed with the merchant private key whose public key PayKKa holds; a notification or an "
          + "answer with PayKKa's platform key), or the header was damaged"
          + (header.contains(" ") ? " (it contains spaces: a '+' decoded as a space is restored, others are not)" : ""));
    }
    for (Map.Entry<String, byte[]> other : otherForms(body, signed, response).entrySet()) {
      if (Arrays.equals(digest, sha256(other.getValue()))) {
        Cause cause = other.getKey().startsWith("form:") ? Cause.OTHER_FORM : Cause.BODY_CHANGED;
        return verdict(cause, "the key is right, but the signature is over " + other.getKey().substring(5)
            + ", not over " + expected);
      }
    }
    return verdict(Cause.BODY_CHANGED, "the key is right (the signature holds a SHA-256 digest made with its private "
        + "key), but of other bytes: the body, or the merchant_id or timestamp in it, changed after signing (sign the "
        + "exact bytes you send, after serialising; send them unchanged)", "expected signed bytes: " + (response
        ? "the exact body" : new String(signed, UTF_8)));
  }

  // Variants of the signed bytes a signer often gets wrong, by what they say.
  private static Map<String, byte[]> otherForms(byte[] body, byte[] signed, boolean response) {
    Map<String, byte[]> forms = new LinkedHashMap<>();
    BodyFields f = BodyFields.of(body);
    if (!response) {
      forms.put("form:the body alone (the form of PayKKa's answers)", body);
    } else if (f.json() && f.merchantId() != null && f.timestamp() != null) {
      forms.put("form:merchantId=...&timestamp=...&requestBody=<body> (the form of requests and notifications)",
          SignatureScheme.signedBytes(f.merchantId(), Long.parseLong(f.timestamp()), body));
    }
    String text = new String(body, UTF_8);
    changed(forms, "body:the body with a trailing newline (added or removed after signing)", text + "\n", response, f);
    changed(forms, "body:the body without its surrounding whitespace (changed after signing)", text.strip(), response, f);
    try {
      ObjectMapper json = new ObjectMapper();
      Object tree = json.readValue(body, Object.class);
      changed(forms, "body:the same JSON written compactly (the body was re-serialised after signing)",
          json.writeValueAsString(tree), response, f);
      changed(forms, "body:the same JSON pretty-printed (the body was re-serialised after signing)",
          json.writerWithDefaultPrettyPrinter().writeValueAsString(tree), response, f);
    } catch (Exception e) {
      // not JSON: no re-serialised form
    }
    forms.values().removeIf(v -> Arrays.equals(v, signed));
    return forms;
  }

  private static void changed(Map<String, byte[]> forms, String label, String body, boolean response, BodyFields f) {
    byte[] bytes = body.getBytes(UTF_8);
    if (response || f.merchantId() == null || f.timestamp() == null) {
      forms.putIfAbsent(label, bytes);
    } else {
      forms.putIfAbsent(label, SignatureScheme.signedBytes(f.merchantId(), Long.parseLong(f.timestamp()), bytes));
    }
  }

  private static Verdict verdict(Cause cause, String... lines) {
    return new Verdict(cause, List.of(lines));
  }

  /** The index of the first key the signature verifies with, or -1. */
  private static int verifies(List<PublicKey> keys, byte[] signed, byte[] signature) {
    for (int i = 0; i < keys.size(); i++) {
      try {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(keys.get(i));
        s.update(signed);
        if (s.verify(signature)) return i;
      } catch (GeneralSecurityException | RuntimeException e) {
        // a key of another kind or a signature of another length does not verify
      }
    }
    return -1;
  }

  private static final byte[] SHA256_DIGEST_INFO = {
    0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, (byte) 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04,
    0x20
  };

  /** The SHA-256 digest inside a PKCS#1 v1.5 signature made by {@code key}'s private key, or null if it is not one. */
  static byte @Nullable [] recoverDigest(PublicKey key, byte[] signature) {
    if (!(key instanceof RSAPublicKey rsa)) return null;
    int k = (rsa.getModulus().bitLength() + 7) / 8;
    if (signature.length != k) return null;
    BigInteger s = new BigInteger(1, signature);
    if (s.compareTo(rsa.getModulus()) >= 0) return null;
    byte[] m = s.modPow(rsa.getPublicExponent(), rsa.getModulus()).toByteArray();
    byte[] em = new byte[k];
    System.arraycopy(m, Math.max(0, m.length - k), em, Math.max(0, k - m.length), Math.min(k, m.length));
    // 00 01 FF..FF 00 DigestInfo(SHA-256) H
    if (em[0] != 0 || em[1] != 1) return null;
    int i = 2;
    while (i < k && em[i] == (byte) 0xff) i++;
    if (i < 10 || i >= k || em[i] != 0) return null;
    i++;
    if (k - i != SHA256_DIGEST_INFO.length + 32) return null;
    if (!Arrays.equals(Arrays.copyOfRange(em, i, i + SHA256_DIGEST_INFO.length), SHA256_DIGEST_INFO)) return null;
    return Arrays.copyOfRange(em, i + SHA256_DIGEST_INFO.length, k);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The header URL-decoded {@code times} times (a space read as a '+'), then Base64-decoded; null if malformed. */
  static byte @Nullable [] decode(String header, int times) {
    String h = header.strip();
    for (int round = 0; round < times; round++) {
      try {
        // a '+' is Base64's, never a space; a space is a '+' that some layer form-decoded
        h = URLDecoder.decode(h.replace(' ', '+').replace("+", "%2B"), StandardCharsets.ISO_8859_1);
      } catch (IllegalArgumentException malformed) {
        return null;
      }
    }
    if (h.isEmpty()) return null;
    try {
      return Base64.getDecoder().decode(h);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A duration for people: {@code 45 s}, {@code 12 min}, {@code 3 h 5 min}, {@code 2 days}. */
  static String span(long millis) {
    long s = millis / 1000;
    if (s < 120) return s + " s";
    long min = s / 60;
    if (min < 120) return min + " min";
    long h = min / 60;
    if (h < 48) return h + " h" + (min % 60 == 0 ? "" : " " + min % 60 + " min");
    return h / 24 + " days";
  }
}

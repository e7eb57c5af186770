package io.github.paykka.testkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code paykka sign}: signs a request body exactly as the library does (the wire {@link SignatureScheme}) and prints
 * the signed string, the signature and the headers, or a ready {@code curl} command.
 */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = {
      "Signs a request body as paykka-java does, and prints the signed string, the signature and the headers.",
      "",
      "The signature is SHA256withRSA over",
      "  merchantId=<merchant_id>&timestamp=<timestamp>&requestBody=<the exact body>",
      "with the body's own merchant_id and timestamp. A body without them gets them (from --merchant-id and "
          + "--timestamp, default now), first in the object, as the library always sends them.",
      "With --curl URL it prints only a curl command that sends exactly these bytes (pipe it to sh)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:signed", "2:wrong arguments (the body is not a JSON object, fields disagree with flags)",
        "3:cannot read the key or the body"})
final class SignCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--key", paramLabel = "FILE", required = true,
      description = "the merchant private key: PKCS#8 or PKCS#1 PEM, or bare Base64 of PKCS#8")
  Path key = Path.of("");

  @Option(names = "--merchant-id", paramLabel = "ID", description = "the merchant id (must equal the body's, if any)")
  @Nullable String merchantId;

  @Option(names = "--timestamp", paramLabel = "MILLIS",
      description = "epoch milliseconds (must equal the body's, if any; default: the body's, else now)")
  @Nullable Long timestamp;

  @Mixin BodyOptions input = new BodyOptions();

  @Option(names = "--curl", paramLabel = "URL",
      description = "print a curl command that POSTs the signed body to URL, e.g. http://127.0.0.1:8099/payments/query")
  @Nullable String curlUrl;

  InputStream stdin = System.in;
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrivateKey privateKey;
    try {
      privateKey = PemKeys.privateKey(SandboxCommand.read(key, "--key"));
    } catch (IllegalArgumentException e) {
      throw CliFailure.cannotRun("--key " + key + ": " + e.getMessage());
    }
    byte[] body = input.read(stdin);
    BodyFields fields = BodyFields.of(body);
    if (!fields.json()) throw CliFailure.usage("the body is not one JSON object");
    PrintWriter err = spec.commandLine().getErr();

    String mid = fields.merchantId();
    if (mid != null && merchantId != null && !mid.equals(merchantId)) {
      throw CliFailure.usage("the body's merchant_id is " + mid + " but --merchant-id is " + merchantId
          + ": PayKKa checks the signature against the body's");
    }
    String ts = fields.timestamp();
    if (ts != null && timestamp != null && !ts.equals(Long.toString(timestamp))) {
      throw CliFailure.usage("the body's timestamp is " + ts + " but --timestamp is " + timestamp
          + ": PayKKa checks the signature against the body's");
    }
    if (mid == null && merchantId == null) throw CliFailure.usage("the body has no merchant_id: give --merchant-id");
    if (mid == null || ts == null) {
      String addMid = mid == null ? merchantId : null;
      Long addTs = ts == null ? (timestamp != null ? timestamp : clock.millis()) : null;
      body = withFields(body, addMid, addTs);
      err.println("note: added " + (addMid != null ? "merchant_id" : "") + (addMid != null && addTs != null ? " and " : "")
          + (addTs != null ? "timestamp" : "") + " to the body; the signature covers the body as printed");
      if (mid == null) mid = addMid;
      if (ts == null) ts = Long.toString(addTs);
    }
    long signedAt = Long.parseLong(ts);
    long age = clock.millis() - signedAt;
    if (Math.abs(age) > Duration.ofMinutes(5).toMillis()) {
      err.println("warning: timestamp " + ts + " is " + VerifyCommand.span(Math.abs(age)) + (age > 0 ? " old" : " ahead")
          + ": PayKKa and the sandbox refuse requests more than 5 minutes off (206004 Signature expired)");
    }
    err.flush();

    byte[] signed = SignatureScheme.signedBytes(mid, signedAt, body);
    Signer signer = Signer.rsa(privateKey);
    String base64 = Base64.getEncoder().encodeToString(signer.sign(signed));
    String header = SignatureScheme.standard().signRequest(signer, mid, signedAt, body);
    PrintWriter out = spec.commandLine().getOut();
    if (curlUrl != null) {
      out.println("curl -sS -X POST " + shellQuote(curlUrl) + " \\");
      out.println("  -H " + shellQuote(PaykkaHeaders.CONTENT_TYPE + ": " + PaykkaHeaders.APPLICATION_JSON) + " \\");
      out.println("  -H " + shellQuote(PaykkaHeaders.TYPE + ": " + PaykkaHeaders.TYPE_RSA256) + " \\");
      out.println("  -H " + shellQuote(PaykkaHeaders.VERSION + ": " + PaykkaHeaders.VERSION_V1_2) + " \\");
      out.println("  -H " + shellQuote(PaykkaHeaders.SIGNATURE + ": " + header) + " \\");
      out.println("  --data-binary " + shellQuote(new String(body, UTF_8)));
    } else {
      out.println("signed string (UTF-8, no trailing newline):");
      out.println(new String(signed, UTF_8));
      out.println();
      out.println("signature (SHA256withRSA, Base64):");
      out.println(base64);
      out.println();
      out.println("headers:");
      out.println(PaykkaHeaders.CONTENT_TYPE + ": " + PaykkaHeaders.APPLICATION_JSON);
      out.println(PaykkaHeaders.TYPE + ": " + PaykkaHeaders.TYPE_RSA256);
      out.println(PaykkaHeaders.VERSION + ": " + PaykkaHeaders.VERSION_V1_2);
      out.println(PaykkaHeaders.SIGNATURE + ": " + header);
      out.println();
      out.println("body (send exactly these bytes, no trailing newline):");
      out.println(new String(body, UTF_8));
    }
    out.flush();
    return PaykkaCommand.OK;
  }

  /** The body with {@code merchant_id} and/or {@code timestamp} inserted first in its object. */
  static byte[] withFields(byte[] body, @Nullable String merchantId, @Nullable Long timestamp) {
    String text = new String(body, UTF_8);
    int open = text.indexOf('{');
    StringBuilder fields = new StringBuilder();
    if (merchantId != null) fields.append("\"merchant_id\":").append(jsonString(merchantId));
    if (timestamp != null) fields.append(fields.length() > 0 ? "," : "").append("\"timestamp\":").append(timestamp);
    String rest = text.substring(open + 1);
    boolean empty = rest.strip().startsWith("}");
    return (text.substring(0, open + 1) + fields + (empty ? "" : ",") + rest).getBytes(UTF_8);
  }

  /** {@code s} as a JSON string, quoted by Jackson: the rest of the body's bytes are left as they are. */
  private static String jsonString(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  /** {@code s} as one POSIX shell word in single quotes. */
  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}

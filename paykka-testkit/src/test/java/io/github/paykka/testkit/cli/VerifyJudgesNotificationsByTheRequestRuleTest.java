package io.github.paykka.testkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Fault found by the breaker: {@code paykka verify} says it verifies "a request or a notification ... as paykka-java
 * does", but it judges every body by the request rule (epoch milliseconds, 5 minutes either way). A notification as
 * PayKKa's v1.2 page shows it (a 10-digit {@code timestamp}, in seconds), which the library's webhook accepts, is
 * reported "FAIL: timestamp stale ... 20000 days before now ... a webhook refuses it", exit 1; so is a redelivery an
 * hour old, which the webhook accepts for as long as its inbox remembers. A merchant debugging a refused notification
 * with the tool is sent after the wrong cause.
 */
class VerifyJudgesNotificationsByTheRequestRuleTest {
  static final String MERCHANT = "18356675194960";
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  static Path resource(String name) throws Exception {
    return Path.of(Objects.requireNonNull(VerifyJudgesNotificationsByTheRequestRuleTest.class.getResource("/" + name))
        .toURI());
  }

  @Test
  void aNotificationTheWebhookAcceptsIsNotReportedStale() throws Exception {
    Path privateKey = resource("test-keys/test-key-never-use-in-production.pkcs8.pem");
    Path publicKey = resource("test-keys/test-key-never-use-in-production.public.pem");
    Signer signer = Signer.rsa(PemKeys.privateKey(Files.readString(privateKey, UTF_8)));
    PublicKey pub = PemKeys.publicKey(Files.readString(publicKey, UTF_8));
    long seconds = NOW.getEpochSecond();
    String body = "{\"timestamp\":" + seconds + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"merchant_id\":\"" + MERCHANT
        + "\",\"trans_id\":\"T1\",\"order_id\":\"GW1\",\"status\":\"SUCCESS\",\"amount\":100,\"currency\":\"USD\"}";
    byte[] bytes = body.getBytes(UTF_8);
    String header = SignatureScheme.standard().signNotification(signer, MERCHANT, seconds, bytes);
    // the library's own verdict, with the webhook's default window (24 hours, the in-memory inbox's retention)
    SignatureScheme webhookRule = SignatureScheme.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .maxAge(Duration.ofHours(24)).build();
    assertThat(webhookRule.verifyNotification(List.of(pub), header, bytes).isRight()).isTrue();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PaykkaCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
        "verify", "--public-key", publicKey.toString(), "--signature", header, "--body", body,
        "--now", Long.toString(NOW.toEpochMilli()));

    assertThat(out.toString() + err).doesNotContain("stale");
    assertThat(code).as(out.toString()).isEqualTo(PaykkaCommand.OK);
  }
}

package io.github.paykka.spring;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.paykka.testkit.sandbox.TestKeys;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** TEST KEYS, generated per run, and the properties that use them. */
final class Fixtures {
  static final String MERCHANT_ID = "18000000000000";
  static final TestKeys.TestKeyPair MERCHANT = TestKeys.generate();
  static final TestKeys.TestKeyPair PLATFORM = TestKeys.generate();
  static final WebhookTestSigner SIGNER = WebhookTestSigner.withPlatformKey(PLATFORM.privateKey());
  /** A loopback port nobody listens on: a call is refused at once, nothing leaves the machine. */
  static final int CLOSED_PORT = closedPort();

  private Fixtures() {}

  /** Every auto-configuration of the starter. */
  static final AutoConfigurations STARTER = AutoConfigurations.of(PaykkaAutoConfiguration.class,
      PaykkaWebhookAutoConfiguration.class, PaykkaMetricsAutoConfiguration.class, PaykkaHealthAutoConfiguration.class);

  /** A plain application with the required properties. */
  static ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(STARTER).withPropertyValues(required());
  }

  /** A servlet web application with the required properties (no server is started). */
  static WebApplicationContextRunner webRunner() {
    return new WebApplicationContextRunner().withConfiguration(STARTER).withPropertyValues(required());
  }

  /** The four required properties: the private key as PEM, the platform key as bare Base64. */
  static String[] required() {
    return new String[] {
        "paykka.merchant-id=" + MERCHANT_ID,
        "paykka.merchant-private-key=" + MERCHANT.privateKeyPem(),
        "paykka.platform-public-keys=" + base64(PLATFORM.publicKey().getEncoded()),
        "paykka.environment=http://127.0.0.1:" + CLOSED_PORT + "/"};
  }

  static String base64(byte[] der) {
    return Base64.getEncoder().encodeToString(der);
  }

  /** A signed PAYMENT.SUCCESS of {@code transId}, as PayKKa would send it. */
  static WebhookTestSigner.SignedNotification paymentSuccess(String transId) {
    long now = Instant.now().getEpochSecond();
    String body = "{\"merchant_id\":\"" + MERCHANT_ID + "\",\"timestamp\":" + now
        + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"trans_id\":\"" + transId + "\",\"order_id\":\"GW" + transId
        + "\",\"status\":\"SUCCESS\",\"amount\":1000,\"currency\":\"USD\"}";
    return SIGNER.signRaw(body.getBytes(UTF_8), MERCHANT_ID, now);
  }

  static Map<String, List<String>> headers(WebhookTestSigner.SignedNotification n) {
    return n.headers();
  }

  private static int closedPort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.paykka.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each bad or missing property fails start-up with an analysis that names it, and never quotes a key. */
class BadPropertiesTest {
  private static final String MISSING = "<missing>";

  /** The property to change (to {@link #MISSING} to leave it out), the value, the property the message must name. */
  static Stream<Arguments> badProperties() {
    String publicPem = Fixtures.PLATFORM.publicKeyPem();
    return Stream.of(
        bad("paykka.merchant-id", MISSING, "paykka.merchant-id", "is required"),
        bad("paykka.merchant-id", "x".repeat(33), "paykka.merchant-id", "32"),
        bad("paykka.merchant-private-key", MISSING, "paykka.merchant-private-key", "is required"),
        bad("paykka.merchant-private-key", "bm90IGEga2V5", "paykka.merchant-private-key", ""),
        bad("paykka.merchant-private-key", publicPem, "paykka.merchant-private-key", ""),
        bad("paykka.merchant-private-key", "file:/nonexistent/paykka.pem", "paykka.merchant-private-key",
            "no such file"),
        bad("paykka.merchant-private-key", "https://keys.example/paykka.pem", "paykka.merchant-private-key",
            "file: or classpath:"),
        bad("paykka.platform-public-keys", MISSING, "paykka.platform-public-keys", "is required"),
        bad("paykka.platform-public-keys", publicPem.replace("-----BEGIN PUBLIC KEY-----\n", ""),
            "paykka.platform-public-keys[0]", ""),
        bad("paykka.platform-public-keys", Fixtures.base64(Fixtures.PLATFORM.publicKey().getEncoded()) + ",bm90",
            "paykka.platform-public-keys[1]", ""),
        bad("paykka.platform-public-keys", Fixtures.MERCHANT.privateKeyPem(), "paykka.platform-public-keys[0]", ""),
        bad("paykka.environment", MISSING, "paykka.environment", "is required"),
        bad("paykka.environment", "staging", "paykka.environment", "sandbox, production"),
        bad("paykka.environment", "http://paykka.example/", "paykka.environment", "loopback"),
        bad("paykka.environment", "production", "paykka.base-url", "is required"),
        both("paykka.environment", "production", "paykka.base-url", "http://paykka.example/", "paykka.base-url",
            "https"),
        both("paykka.environment", "sandbox", "paykka.base-url", "https://paykka.example/", "paykka.base-url",
            "only with"),
        bad("paykka.connect-timeout", "0s", "paykka.connect-timeout", "from 1 ms"),
        bad("paykka.read-timeout", "-1s", "paykka.read-timeout", "from 1 ms"),
        bad("paykka.call-deadline", "11m", "paykka.call-deadline", "10 minutes"),
        bad("paykka.max-concurrent-requests", "0", "paykka.max-concurrent-requests", ""),
        bad("paykka.retry.max-attempts", "0", "paykka.retry.max-attempts", ""),
        bad("paykka.retry.initial-backoff", "0ms", "paykka.retry.initial-backoff", ""),
        bad("paykka.retry.multiplier", "0.5", "paykka.retry.multiplier", ""),
        bad("paykka.retry.jitter", "1", "paykka.retry.jitter", ""),
        bad("paykka.retry.max-backoff", "10ms", "paykka.retry.max-backoff", ""),
        bad("paykka.circuit-breaker.failure-rate-threshold", "0", "paykka.circuit-breaker.failure-rate-threshold", ""),
        bad("paykka.circuit-breaker.window-size", "0", "paykka.circuit-breaker.window-size", ""),
        bad("paykka.circuit-breaker.minimum-calls", "30", "paykka.circuit-breaker.minimum-calls", ""),
        bad("paykka.circuit-breaker.wait-in-open-state", "0s", "paykka.circuit-breaker.wait-in-open-state", ""),
        bad("paykka.circuit-breaker.permitted-calls-in-half-open-state", "0",
            "paykka.circuit-breaker.permitted-calls-in-half-open-state", ""),
        bad("paykka.rate-limiter.limit-for-period", "0", "paykka.rate-limiter.limit-for-period", ""),
        bad("paykka.rate-limiter.refresh-period", "0s", "paykka.rate-limiter.refresh-period", ""),
        bad("paykka.rate-limiter.max-wait", "-1s", "paykka.rate-limiter.max-wait", ""));
  }

  private static Arguments bad(String property, String value, String named, String says) {
    return Arguments.of(Map.of(property, value), named, says);
  }

  private static Arguments both(String p1, String v1, String p2, String v2, String named, String says) {
    return Arguments.of(Map.of(p1, v1, p2, v2), named, says);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("badProperties")
  void startUpFailsNamingTheProperty(Map<String, String> change, String named, String says) {
    assertFailure(runner(change), named, says);
  }

  @Test
  void aBadWebhookPathIsNamed() {
    for (String path : List.of("paykka/notifications", "/paykka/*", "/pay kka", "")) {
      Fixtures.webRunner().withUserConfiguration(WebhookBeansTest.TwoListeners.class)
          .withPropertyValues("paykka.webhook.path=" + path)
          .run(context -> assertAnalysis(context.getStartupFailure(), "paykka.webhook.path", "absolute path"));
    }
  }

  @Test
  void aDatabaseThatCannotTakeTheSchemaIsNamed() {
    assertFailure(Fixtures.runner().withUserConfiguration(WebhookBeansTest.TwoListeners.class)
        .withBean(javax.sql.DataSource.class, WebhookBeansTest.Unreachable::new),
        "paykka.inbox.initialize-schema", "could not be created");
  }

  @Test
  void keysAreReadFromFileAndClasspathLocations(@TempDir Path dir) throws IOException {
    Path key = dir.resolve("merchant-private-key.pem");
    Files.writeString(key, Fixtures.MERCHANT.privateKeyPem());
    new ApplicationContextRunner().withConfiguration(Fixtures.STARTER)
        .withPropertyValues(Fixtures.required())
        .withPropertyValues("paykka.merchant-private-key=" + key.toUri(),
            "paykka.platform-public-keys=" + Fixtures.base64(Fixtures.PLATFORM.publicKey().getEncoded())
                + ",classpath:paykka-test-keys/TEST-ONLY-platform-public-key.pem")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(PaykkaCredentials.class).platformPublicKeys()).hasSize(2);
        });
  }

  private static ApplicationContextRunner runner(Map<String, String> change) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String p : Fixtures.required()) {
      int eq = p.indexOf('=');
      properties.put(p.substring(0, eq), p.substring(eq + 1));
    }
    change.forEach((k, v) -> {
      if (v.equals(MISSING)) properties.remove(k);
      else properties.put(k, v);
    });
    List<String> values = new ArrayList<>();
    properties.forEach((k, v) -> values.add(k + "=" + v));
    return new ApplicationContextRunner().withConfiguration(Fixtures.STARTER)
        .withPropertyValues(values.toArray(String[]::new));
  }

  private static void assertFailure(ApplicationContextRunner runner, String named, String says) {
    runner.run(context -> assertAnalysis(context.getStartupFailure(), named, says));
  }

  private static void assertAnalysis(Throwable failure, String named, String says) {
    {
      assertThat(failure).as("start-up failed").isNotNull();
      FailureAnalysis analysis = new PaykkaFailureAnalyzer().analyze(failure);
      assertThat(analysis).as("a PayKKa analysis of %s", failure).isNotNull();
      assertThat(analysis.getDescription()).contains("'" + named + "'").contains(says);
      assertThat(analysis.getAction()).contains(named);
      String privateKey = Fixtures.base64(Fixtures.MERCHANT.privateKey().getEncoded());
      String publicKey = Fixtures.base64(Fixtures.PLATFORM.publicKey().getEncoded());
      for (String text : List.of(analysis.getDescription(), analysis.getAction(), analysis.getCause().toString())) {
        // no key, nor a piece of one (the messages name the formats, e.g. BEGIN PRIVATE KEY, never quote them)
        assertThat(text).doesNotContain(privateKey.substring(100, 140)).doesNotContain(publicKey.substring(60, 100))
            .doesNotContain("-----");
      }
    }
  }
}

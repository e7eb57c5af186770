package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.testkit.sandbox.TestKeys;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A misconfiguration fails at build() (or at the settings' construction) with a message naming the setting. */
class BuilderTest {
  private static final TestKeys.TestKeyPair KEYS = SandboxFixture.MERCHANT_KEYS;

  private static PaykkaHttpAdapter.Builder complete() {
    return PaykkaHttpAdapter.builder()
        .merchantId("M1")
        .merchantPrivateKey(KEYS.privateKeyPem())
        .platformPublicKey(KEYS.publicKeyPem())
        .environment(PaykkaEnvironment.SANDBOX);
  }

  @Test
  void aCompleteBuilderBuildsAndTheAdapterShowsNoKey() {
    try (PaykkaHttpAdapter adapter = complete().build()) {
      assertThat(adapter.toString()).contains("M1").contains("sandbox.aq.paykka.com").doesNotContain("BEGIN");
      assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);
    }
  }

  @Test
  void requiredSettingsAreNamed() {
    // every missing setting in one message: a first build does not take four tries
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("merchantId", "merchantPrivateKey", "platformPublicKey", "environment")
        .hasMessageEndingWith(" are required");
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().merchantId("M1").build())
        .hasMessageContaining("merchantPrivateKey");
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().merchantId("M1").merchantPrivateKey(KEYS.privateKey())
        .build()).hasMessageContaining("platformPublicKey");
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().merchantId("M1").merchantPrivateKey(KEYS.privateKey())
        .platformPublicKey(KEYS.publicKey()).build()).hasMessageContaining("environment");
  }

  @Test
  void twoPrivateKeysConflict() {
    assertThatThrownBy(() -> complete().signer(KEYS.signer()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("merchantPrivateKey");
  }

  @Test
  void anUnreadableKeyIsNamedAndNotQuoted() {
    String garbage = "-----BEGIN PRIVATE KEY-----\nMIIsecretbutbroken\n-----END PRIVATE KEY-----";
    assertThatThrownBy(() -> complete().merchantPrivateKey(garbage)
        .build()).hasMessageContaining("merchantPrivateKey");
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().merchantId("M1").merchantPrivateKey(garbage)
        .platformPublicKey(KEYS.publicKey()).environment(PaykkaEnvironment.SANDBOX).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("merchantPrivateKey")
        .hasMessageNotContaining("MIIsecret");
    assertThatThrownBy(() -> complete().platformPublicKey("not a key").build())
        .hasMessageContaining("platformPublicKey #2");
  }

  @Test
  void timeoutsAndLimitsAreChecked() {
    assertThatThrownBy(() -> complete().connectTimeout(Duration.ZERO).build()).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> complete().readTimeout(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> complete().callDeadline(Duration.ofHours(1)).build()).hasMessageContaining("callDeadline");
    assertThatThrownBy(() -> complete().maxConcurrentRequests(0).build())
        .hasMessageContaining("maxConcurrentRequests");
  }

  @Test
  void settingsRecordsNameTheBadValue() {
    assertThatThrownBy(() -> RetrySettings.defaults().withMaxAttempts(0)).hasMessageContaining("retry.maxAttempts");
    assertThatThrownBy(() -> new RetrySettings(3, Duration.ofMillis(100), 2.0, 1.5, Duration.ofSeconds(1)))
        .hasMessageContaining("retry.jitter");
    assertThatThrownBy(() -> RetrySettings.defaults().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("retry.maxBackoff");
    assertThatThrownBy(() -> new CircuitBreakerSettings(0f, 10, 5, Duration.ofSeconds(1), 1))
        .hasMessageContaining("circuitBreaker.failureRateThreshold");
    assertThatThrownBy(() -> new CircuitBreakerSettings(50f, 10, 11, Duration.ofSeconds(1), 1))
        .hasMessageContaining("circuitBreaker.minimumCalls");
    assertThatThrownBy(() -> new RateLimiterSettings(0, Duration.ofSeconds(1), Duration.ZERO))
        .hasMessageContaining("rateLimiter.limitForPeriod");
  }

  @Test
  void keySettersAreNamedAsEverywhereAndABadValueIsNamed() {
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().merchantId("M 1 with spaces and far too long for an id"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("merchantId");
    try (PaykkaHttpAdapter adapter = PaykkaHttpAdapter.builder()
        .merchantId(io.github.paykka.domain.id.MerchantId.of("M1"))
        .merchantPrivateKey(KEYS.privateKey())
        .platformPublicKeys(java.util.List.of(SandboxFixture.PLATFORM_KEYS.publicKey(), KEYS.publicKey()))
        .environment(PaykkaEnvironment.SANDBOX)
        .build()) {
      assertThat(adapter.toString()).contains("M1");
    }
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().merchantId("M1").merchantPrivateKey(KEYS.privateKey())
        .platformPublicKeys(java.util.List.of()).environment(PaykkaEnvironment.SANDBOX).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("platformPublicKey");
  }

  @Test
  void noDurationEndsInAnOverflowEveryOneIsRefusedByName() {
    Duration forever = java.time.temporal.ChronoUnit.FOREVER.getDuration();
    assertThatThrownBy(() -> complete().connectTimeout(forever))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> complete().readTimeout(forever))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> complete().callDeadline(forever))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callDeadline");
    assertThatThrownBy(() -> RetrySettings.defaults().withBackoff(Duration.ofMillis(100), forever))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry.maxBackoff");
    assertThatThrownBy(() -> RetrySettings.defaults().withBackoff(forever, forever))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry.maxBackoff");
    assertThatThrownBy(() -> RetrySettings.defaults().withBackoff(Duration.ofNanos(1), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry.initialBackoff");
    assertThatThrownBy(() -> new CircuitBreakerSettings(50f, 20, 10, forever, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("circuitBreaker.waitInOpenState");
    assertThatThrownBy(() -> new RateLimiterSettings(10, forever, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateLimiter.refreshPeriod");
    assertThatThrownBy(() -> new RateLimiterSettings(10, Duration.ofSeconds(1), forever))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateLimiter.maxWait");
    // the largest accepted values build
    try (PaykkaHttpAdapter adapter = complete().connectTimeout(Duration.ofMinutes(10)).readTimeout(Duration.ofMinutes(10))
        .callDeadline(Duration.ofMinutes(10))
        .retry(RetrySettings.defaults().withBackoff(Duration.ofMinutes(10), Duration.ofMinutes(10)))
        .circuitBreaker(new CircuitBreakerSettings(50f, 20, 10, Duration.ofDays(1), 3))
        .rateLimiter(new RateLimiterSettings(1, Duration.ofDays(1), Duration.ofMinutes(10)))
        .build()) {
      assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);
    }
  }

  @Test
  void plainHttpOnlyToLoopback() {
    assertThatThrownBy(() -> PaykkaEnvironment.local("http://paykka.example/"))
        .hasMessageContaining("environment").hasMessageContaining("loopback");
    assertThatThrownBy(() -> new PaykkaEnvironment(java.net.URI.create("http://10.0.0.1/")))
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> PaykkaEnvironment.production("ftp://paykka.example/")).hasMessageContaining("https");
    assertThat(PaykkaEnvironment.local("http://127.0.0.1:8080").baseUrl().toString())
        .isEqualTo("http://127.0.0.1:8080/");
    assertThat(PaykkaEnvironment.local("http://[::1]:8080/api").baseUrl().toString())
        .isEqualTo("http://[::1]:8080/api/");
    assertThat(PaykkaEnvironment.production("https://api.paykka.example/v1").isLocal()).isFalse();
  }
}

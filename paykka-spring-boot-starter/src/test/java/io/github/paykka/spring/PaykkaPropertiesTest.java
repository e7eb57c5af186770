package io.github.paykka.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paykka.http.CircuitBreakerSettings;
import io.github.paykka.http.RateLimiterSettings;
import io.github.paykka.http.RetrySettings;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The properties' defaults are the library's, and IDEs get them with their documentation. */
class PaykkaPropertiesTest {

  @Test
  void theDefaultsAreTheLibrarysDefaults() {
    PaykkaProperties p = new PaykkaProperties();
    assertThat(p.getRetry().toSettings()).isEqualTo(RetrySettings.defaults());
    assertThat(p.getCircuitBreaker().toSettings()).isEqualTo(CircuitBreakerSettings.defaults());
    // the library sets no client-side rate limit unless asked: neither does the starter
    assertThat(p.getRateLimiter().isEnabled()).isFalse();
    assertThat(p.getRateLimiter().toSettings()).isNull();
    p.getRateLimiter().setEnabled(true);
    assertThat(p.getRateLimiter().toSettings()).isEqualTo(new RateLimiterSettings(100, Duration.ofSeconds(1),
        Duration.ofSeconds(1)));
  }

  @Test
  void eachPropertyReachesItsSetting() {
    PaykkaProperties p = new PaykkaProperties();
    p.getRetry().setMaxAttempts(5);
    p.getRetry().setInitialBackoff(Duration.ofMillis(200));
    p.getRetry().setMultiplier(3.0);
    p.getRetry().setJitter(0.1);
    p.getRetry().setMaxBackoff(Duration.ofSeconds(1));
    p.getCircuitBreaker().setFailureRateThreshold(25f);
    p.getCircuitBreaker().setWindowSize(50);
    p.getCircuitBreaker().setMinimumCalls(20);
    p.getCircuitBreaker().setWaitInOpenState(Duration.ofSeconds(30));
    p.getCircuitBreaker().setPermittedCallsInHalfOpenState(5);
    p.getRateLimiter().setEnabled(true);
    p.getRateLimiter().setLimitForPeriod(20);
    p.getRateLimiter().setRefreshPeriod(Duration.ofSeconds(2));
    p.getRateLimiter().setMaxWait(Duration.ofMillis(500));
    assertThat(p.getRetry().toSettings())
        .isEqualTo(new RetrySettings(5, Duration.ofMillis(200), 3.0, 0.1, Duration.ofSeconds(1)));
    assertThat(p.getCircuitBreaker().toSettings())
        .isEqualTo(new CircuitBreakerSettings(25f, 50, 20, Duration.ofSeconds(30), 5));
    assertThat(p.getRateLimiter().toSettings())
        .isEqualTo(new RateLimiterSettings(20, Duration.ofSeconds(2), Duration.ofMillis(500)));
  }

  @Test
  void theGeneratedMetadataDocumentsEveryPropertyWithItsDefault() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("spring-configuration-metadata.json, generated at compile time").isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> properties = new HashMap<>();
    for (JsonNode p : metadata.get("properties")) properties.put(p.get("name").asText(), p);
    assertThat(properties).containsKeys("paykka.merchant-id", "paykka.merchant-private-key",
        "paykka.platform-public-keys", "paykka.environment", "paykka.base-url", "paykka.connect-timeout",
        "paykka.read-timeout", "paykka.call-deadline", "paykka.max-concurrent-requests", "paykka.retry.max-attempts",
        "paykka.circuit-breaker.wait-in-open-state", "paykka.rate-limiter.limit-for-period", "paykka.webhook.path",
        "paykka.webhook.enabled", "paykka.inbox.initialize-schema", "paykka.metrics.enabled",
        "management.health.paykka.enabled");
    for (JsonNode p : properties.values()) {
      assertThat(p.path("description").asText()).as(p.get("name").asText()).isNotBlank();
    }
    assertThat(properties.get("paykka.retry.max-attempts").get("defaultValue").asInt()).isEqualTo(3);
    assertThat(properties.get("paykka.call-deadline").get("defaultValue").asText()).isEqualTo("30s");
    assertThat(properties.get("paykka.webhook.path").get("defaultValue").asText())
        .isEqualTo("/paykka/notifications");
    assertThat(properties.get("paykka.merchant-private-key").get("description").asText()).contains("file:");
  }
}

package io.github.paykka.spring;

import static java.util.Objects.requireNonNull;

import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.ResilienceEvent.CircuitState;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * PayKKa in Actuator's health, as {@code paykka}: {@code DOWN} while the adapter's circuit breaker is open (every call
 * fails at once as {@code NotSent}), {@code UP} otherwise, {@code UNKNOWN} for a state it cannot name. Details: the
 * circuit state, the environment's base URL, and the keys loaded at start-up (how many platform keys; the private
 * key as {@code loaded}, never the key). It calls nothing: PayKKa has no health endpoint, and a probe that signs a
 * request would count against the rate limits.
 */
public final class PaykkaHealthIndicator extends AbstractHealthIndicator {
  private final PaykkaHttpAdapter adapter;
  private final PaykkaCredentials credentials;
  private final PaykkaEnvironment environment;

  /** A health indicator of {@code adapter}, built with {@code credentials} for {@code environment}. */
  public PaykkaHealthIndicator(PaykkaHttpAdapter adapter, PaykkaCredentials credentials,
      PaykkaEnvironment environment) {
    super("PayKKa health check failed");
    this.adapter = requireNonNull(adapter, "adapter == null");
    this.credentials = requireNonNull(credentials, "credentials == null");
    this.environment = requireNonNull(environment, "environment == null");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    CircuitState state = adapter.circuitState();
    switch (state) {
      case CLOSED, HALF_OPEN -> builder.up();
      case OPEN -> builder.down();
      default -> builder.unknown();
    }
    builder.withDetail("circuitBreaker", state.name())
        .withDetail("environment", environment.baseUrl().toString())
        .withDetail("merchantPrivateKey", "loaded")
        .withDetail("platformPublicKeys", credentials.platformPublicKeys().size());
  }
}

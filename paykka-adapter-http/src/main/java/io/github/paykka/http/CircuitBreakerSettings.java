package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;

/**
 * When the adapter stops calling PayKKa for a while: the circuit opens when the failure rate over the last
 * {@code windowSize} calls reaches {@code failureRateThreshold} percent (once at least {@code minimumCalls} were
 * made), stays open for {@code waitInOpenState}, then lets {@code permittedCallsInHalfOpenState} trial calls through.
 * While it is open every call fails at once as {@code NotSent}. Failures are timeouts, lost connections and 5xx
 * answers; PayKKa's back-pressure ({@code 010001} / HTTP 429) and its refusals are not.
 *
 * @param failureRateThreshold percent in (0, 100] (default 50)
 * @param windowSize calls in the sliding window (default 20)
 * @param minimumCalls calls before the rate counts (default 10)
 * @param waitInOpenState how long the circuit stays open, from 1 ms to a day (default 10 s)
 * @param permittedCallsInHalfOpenState trial calls after that (default 3)
 */
public record CircuitBreakerSettings(
    float failureRateThreshold, int windowSize, int minimumCalls, Duration waitInOpenState,
    int permittedCallsInHalfOpenState) {

  /**
   * Checks every value.
   *
   * @throws IllegalArgumentException naming the setting that is out of range
   */
  public CircuitBreakerSettings {
    requireNonNull(waitInOpenState, "circuitBreaker.waitInOpenState == null");
    if (!(failureRateThreshold > 0f) || failureRateThreshold > 100f) {
      throw new IllegalArgumentException(
          "circuitBreaker.failureRateThreshold must be in (0, 100], was " + failureRateThreshold);
    }
    if (windowSize < 1) {
      throw new IllegalArgumentException("circuitBreaker.windowSize must be at least 1, was " + windowSize);
    }
    if (minimumCalls < 1 || minimumCalls > windowSize) {
      throw new IllegalArgumentException(
          "circuitBreaker.minimumCalls must be in [1, windowSize=" + windowSize + "], was " + minimumCalls);
    }
    if (waitInOpenState.compareTo(Duration.ofMillis(1)) < 0 || waitInOpenState.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException(
          "circuitBreaker.waitInOpenState must be in [1 ms, 1 day], was " + waitInOpenState);
    }
    if (permittedCallsInHalfOpenState < 1) {
      throw new IllegalArgumentException(
          "circuitBreaker.permittedCallsInHalfOpenState must be at least 1, was " + permittedCallsInHalfOpenState);
    }
  }

  /** The circuit breaker of these settings, counting the last {@link #windowSize()} calls. */
  CircuitBreaker circuitBreaker(String name) {
    return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(windowSize)
        .minimumNumberOfCalls(minimumCalls)
        .failureRateThreshold(failureRateThreshold)
        .waitDurationInOpenState(waitInOpenState)
        .permittedNumberOfCallsInHalfOpenState(permittedCallsInHalfOpenState)
        .writableStackTraceEnabled(false)
        .build());
  }

  /** The defaults: 50 % over 20 calls (at least 10), open 10 s, 3 trial calls. */
  public static CircuitBreakerSettings defaults() {
    return new CircuitBreakerSettings(50f, 20, 10, Duration.ofSeconds(10), 3);
  }
}

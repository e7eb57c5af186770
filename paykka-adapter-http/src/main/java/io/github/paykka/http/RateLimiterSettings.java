package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The client-side rate limit: at most {@code limitForPeriod} requests per {@code refreshPeriod}. A request that would
 * exceed it waits (without blocking a thread) up to {@code maxWait} and never past the call's deadline; otherwise the
 * call fails as {@code NotSent}.
 *
 * @param limitForPeriod requests per period (default 100)
 * @param refreshPeriod the period (default 1 s)
 * @param maxWait how long a request may wait for a permit (default 1 s)
 */
public record RateLimiterSettings(int limitForPeriod, Duration refreshPeriod, Duration maxWait) {

  /**
   * Checks every value.
   *
   * @throws IllegalArgumentException naming the setting that is out of range
   */
  public RateLimiterSettings {
    requireNonNull(refreshPeriod, "rateLimiter.refreshPeriod == null");
    requireNonNull(maxWait, "rateLimiter.maxWait == null");
    if (limitForPeriod < 1) {
      throw new IllegalArgumentException("rateLimiter.limitForPeriod must be at least 1, was " + limitForPeriod);
    }
    if (refreshPeriod.toNanos() < 1_000_000L) {
      throw new IllegalArgumentException("rateLimiter.refreshPeriod must be at least 1 ms, was " + refreshPeriod);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("rateLimiter.maxWait must not be negative, was " + maxWait);
    }
  }

  /** The defaults: 100 requests per second, waiting up to 1 s for a permit. */
  public static RateLimiterSettings defaults() {
    return new RateLimiterSettings(100, Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  /** Effectively unlimited (for tests and benchmarks): a million requests per second. */
  public static RateLimiterSettings unlimited() {
    return new RateLimiterSettings(1_000_000, Duration.ofSeconds(1), Duration.ZERO);
  }
}

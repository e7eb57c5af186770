package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * A client-side rate limit, which the adapter does not have unless one is set: at most {@code limitForPeriod} requests
 * per {@code refreshPeriod}. A request that would exceed it waits (without blocking a thread) up to {@code maxWait}
 * and never past the call's deadline; otherwise the call fails as {@code NotSent}.
 *
 * <p>Without one, the adapter sends as fast as the application calls: PayKKa's own "slow down" ({@code 010001} /
 * HTTP 429) is honoured by the retry with a longer back-off, so that a limit agreed with PayKKa need not be guessed
 * here. Set one to cap an instance below that on purpose (see docs/configuration.md).
 *
 * @param limitForPeriod requests per period, at least 1
 * @param refreshPeriod the period, from 1 ms to a day
 * @param maxWait how long a request may wait for a permit, at most 10 minutes
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
    if (refreshPeriod.compareTo(Duration.ofMillis(1)) < 0 || refreshPeriod.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("rateLimiter.refreshPeriod must be in [1 ms, 1 day], was " + refreshPeriod);
    }
    if (maxWait.isNegative() || maxWait.compareTo(PaykkaHttpAdapter.LONGEST_DEADLINE) > 0) {
      throw new IllegalArgumentException(
          "rateLimiter.maxWait must be in [0, " + PaykkaHttpAdapter.LONGEST_DEADLINE + "], was " + maxWait);
    }
  }

  /** The rate limiter of these settings. */
  RateLimiter rateLimiter(String name) {
    return RateLimiter.of(name, RateLimiterConfig.custom()
        .limitForPeriod(limitForPeriod)
        .limitRefreshPeriod(refreshPeriod)
        .timeoutDuration(maxWait)
        .build());
  }
}

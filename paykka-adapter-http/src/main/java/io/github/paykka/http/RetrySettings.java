package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * How the adapter repeats what is safe to repeat (queries, token queries, and anything that was not sent): attempts,
 * and an exponential backoff with jitter between them. All attempts together stay within the call's deadline.
 *
 * @param maxAttempts requests per call at most, the first included; 1 disables retries (default 3)
 * @param initialBackoff the wait before the second attempt, before jitter, at least 1 ms (default 100 ms)
 * @param multiplier how much each wait grows (default 2.0)
 * @param jitter the randomisation factor in [0, 1): a wait of w becomes a uniform pick in
 *     [w(1-jitter), w(1+jitter)] (default 0.5)
 * @param maxBackoff the longest wait, at most 10 minutes (default 2 s)
 */
public record RetrySettings(
    int maxAttempts, Duration initialBackoff, double multiplier, double jitter, Duration maxBackoff) {

  /**
   * Checks every value.
   *
   * @throws IllegalArgumentException naming the setting that is out of range
   */
  public RetrySettings {
    requireNonNull(initialBackoff, "retry.initialBackoff == null");
    requireNonNull(maxBackoff, "retry.maxBackoff == null");
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new IllegalArgumentException("retry.maxAttempts must be in [1, 20], was " + maxAttempts);
    }
    if (initialBackoff.compareTo(Duration.ofMillis(1)) < 0) {
      throw new IllegalArgumentException("retry.initialBackoff must be at least 1 ms, was " + initialBackoff);
    }
    if (!(multiplier >= 1.0) || multiplier > 10.0) {
      throw new IllegalArgumentException("retry.multiplier must be in [1, 10], was " + multiplier);
    }
    if (!(jitter >= 0.0) || jitter >= 1.0) {
      throw new IllegalArgumentException("retry.jitter must be in [0, 1), was " + jitter);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "retry.maxBackoff must be at least retry.initialBackoff (" + initialBackoff + "), was " + maxBackoff);
    }
    // no wait may outlast the longest call deadline; this also keeps every wait's milliseconds in a long
    if (maxBackoff.compareTo(PaykkaHttpAdapter.LONGEST_DEADLINE) > 0) {
      throw new IllegalArgumentException("retry.maxBackoff must be at most " + PaykkaHttpAdapter.LONGEST_DEADLINE
          + ", was " + maxBackoff);
    }
  }

  /** The defaults: 3 attempts, 100 ms doubling, jitter 0.5, at most 2 s. */
  public static RetrySettings defaults() {
    return new RetrySettings(3, Duration.ofMillis(100), 2.0, 0.5, Duration.ofSeconds(2));
  }

  /** No retries: every call is one request (money-moving calls still reconcile after an ambiguous failure). */
  public static RetrySettings none() {
    return new RetrySettings(1, Duration.ofMillis(100), 2.0, 0.5, Duration.ofSeconds(2));
  }

  /** These settings with {@code maxAttempts}. */
  public RetrySettings withMaxAttempts(int maxAttempts) {
    return new RetrySettings(maxAttempts, initialBackoff, multiplier, jitter, maxBackoff);
  }

  /**
   * The retry of these settings, whose waits follow {@link #multiplier()} and {@link #jitter()}; after PayKKa asked to
   * slow down ({@code 010001} / HTTP 429, told by {@code slowDown}) a wait is doubled, up to {@link #maxBackoff()}.
   */
  Retry retry(String name, Predicate<Object> slowDown) {
    IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
        initialBackoff.toMillis(), multiplier, jitter, maxBackoff.toMillis());
    long max = maxBackoff.toMillis();
    IntervalBiFunction<Object> interval = (attempt, result) -> {
      long base = backoff.apply(attempt);
      boolean slower = result.isRight() && slowDown.test(result.get());
      return slower ? Math.min(base * 2, Math.max(max, base)) : base;
    };
    return Retry.of(name, RetryConfig.custom()
        .maxAttempts(maxAttempts)
        .retryOnResult(o -> true)
        .intervalBiFunction(interval)
        .failAfterMaxAttempts(false)
        .writableStackTraceEnabled(false)
        .build());
  }

  /** These settings with a different backoff. */
  public RetrySettings withBackoff(Duration initialBackoff, Duration maxBackoff) {
    return new RetrySettings(maxAttempts, initialBackoff, multiplier, jitter, maxBackoff);
  }
}

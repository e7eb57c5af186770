package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the adapter repeats what is safe to repeat (queries, token queries, and anything that was not sent): attempts,
 * and an exponential backoff with jitter between them. All attempts together stay within the call's deadline.
 *
 * @param maxAttempts requests per call at most, the first included; 1 disables retries (default 3)
 * @param initialBackoff the wait before the second attempt, before jitter (default 100 ms)
 * @param multiplier how much each wait grows (default 2.0)
 * @param jitter the randomisation factor in [0, 1): a wait of w becomes a uniform pick in
 *     [w(1-jitter), w(1+jitter)] (default 0.5)
 * @param maxBackoff the longest wait (default 2 s)
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
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("retry.initialBackoff must be positive, was " + initialBackoff);
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

  /** These settings with a different backoff. */
  public RetrySettings withBackoff(Duration initialBackoff, Duration maxBackoff) {
    return new RetrySettings(maxAttempts, initialBackoff, multiplier, jitter, maxBackoff);
  }
}

package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * A way for the sandbox to misbehave on one request, as immutable values (after MockWebServer 3's failure modes).
 *
 * <p>Where a fault acts: {@link ResetBeforeProcessing}, {@link RateLimited} and {@link ServerError} answer before the
 * request is processed (nothing changes); {@link Delay} waits, then processes and answers normally;
 * {@link DropAfterProcessing} processes the request (the order exists, notifications go out) and closes the connection
 * without answering.
 */
public sealed interface Fault {

  /**
   * Answers with HTTP {@code status} and a signed {@code 999999} envelope, without processing the request.
   *
   * @param status an HTTP status in 500..599
   */
  record ServerError(int status) implements Fault {
    /** Checks the status. */
    public ServerError {
      if (status < 500 || status > 599) throw new IllegalArgumentException("status must be 5xx: " + status);
    }

    /** HTTP 500. */
    public static ServerError internal() {
      return new ServerError(500);
    }
  }

  /**
   * Waits {@code duration} before processing and answering normally.
   *
   * @param duration how long; positive, at most one hour
   */
  record Delay(Duration duration) implements Fault {
    /** Checks the duration. */
    public Delay {
      requireNonNull(duration, "duration == null");
      if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("duration must be in (0, 1h]: " + duration);
      }
    }
  }

  /** Processes the request, then closes the connection without answering: the client sees an I/O error. */
  record DropAfterProcessing() implements Fault {}

  /** Closes the connection before reading the request: nothing happens, the client sees an I/O error. */
  record ResetBeforeProcessing() implements Fault {}

  /** Answers HTTP 429 with a signed {@code 010001} ("too many requests") envelope, without processing. */
  record RateLimited() implements Fault {}
}

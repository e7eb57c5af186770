package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** Something the adapter's resilience did: observe it with a {@link ResilienceListener}. Never carries card data. */
public sealed interface ResilienceEvent {

  /** The operation concerned, e.g. {@code payments.initiate}; empty for circuit state changes. */
  String operation();

  /**
   * A safe request is sent again after {@code delay}.
   *
   * @param reference the id the call concerns
   * @param attempt the attempt that failed (1 for the first)
   * @param reason why it failed
   */
  record Retrying(String operation, String reference, int attempt, Duration delay, String reason)
      implements ResilienceEvent {
    public Retrying {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(delay, "delay == null");
      requireNonNull(reason, "reason == null");
    }
  }

  /**
   * A money-moving call failed ambiguously; the adapter asks PayKKa what happened before anything else.
   *
   * @param reference the id queried
   * @param reason the ambiguous failure
   */
  record Reconciling(String operation, String reference, String reason) implements ResilienceEvent {
    public Reconciling {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(reason, "reason == null");
    }
  }

  /** PayKKa asked to slow down ({@code 010001} / HTTP 429). */
  record BackPressure(String operation, String reference, int httpStatus) implements ResilienceEvent {
    public BackPressure {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
    }
  }

  /** The circuit breaker refused a call (it is open). */
  record CallNotPermitted(String operation, String reference) implements ResilienceEvent {
    public CallNotPermitted {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
    }
  }

  /** The client-side rate limiter refused a call (no permit within the wait allowed). */
  record RateLimited(String operation, String reference) implements ResilienceEvent {
    public RateLimited {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
    }
  }

  /**
   * The circuit breaker moved from one state to another.
   *
   * @param from e.g. {@code CLOSED}
   * @param to e.g. {@code OPEN}
   */
  record CircuitStateChanged(CircuitState from, CircuitState to) implements ResilienceEvent {
    public CircuitStateChanged {
      requireNonNull(from, "from == null");
      requireNonNull(to, "to == null");
    }

    @Override
    public String operation() {
      return "";
    }
  }

  /** The states of the circuit breaker. */
  enum CircuitState {
    /** Calls go through; failures are counted. */
    CLOSED,
    /** Calls fail at once as {@code NotSent}. */
    OPEN,
    /** A few trial calls go through. */
    HALF_OPEN,
    /** Any other state of the underlying breaker (disabled, forced open, metrics only). */
    OTHER
  }
}

package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.CallOutcome;
import io.github.paykka.ports.Operation;
import java.time.Duration;

/**
 * Something the adapter did: observe it with a {@link ResilienceListener}, e.g. to feed metrics. Events name the
 * {@link Operation} they concern; those of a single attempt also its reference (the id the call concerned, for logs),
 * {@link CallCompleted} only what metrics may carry. Never carries card data, amounts or keys.
 */
public sealed interface ResilienceEvent {

  /**
   * A safe request is sent again after {@code delay}.
   *
   * @param reference the id the call concerns
   * @param attempt the attempt that failed (1 for the first)
   * @param reason why it failed
   */
  record Retrying(Operation operation, String reference, int attempt, Duration delay, String reason)
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
  record Reconciling(Operation operation, String reference, String reason) implements ResilienceEvent {
    public Reconciling {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(reason, "reason == null");
    }
  }

  /** PayKKa asked to slow down ({@code 010001} / HTTP 429); the adapter backs off longer before repeating. */
  record BackPressure(Operation operation, String reference, int httpStatus) implements ResilienceEvent {
    public BackPressure {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
    }
  }

  /** The circuit breaker refused a call (it is open). */
  record CallNotPermitted(Operation operation, String reference) implements ResilienceEvent {
    public CallNotPermitted {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
    }
  }

  /** The client-side rate limiter (when one is set) refused a call: no permit within the wait allowed. */
  record RateLimited(Operation operation, String reference) implements ResilienceEvent {
    public RateLimited {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
    }
  }

  /**
   * A call of a port method ended: one event per call, whatever it took (retries, a reconciliation's queries, the
   * query a capture or void without balances makes first). For metrics: every field has few values; no id, amount or
   * card data.
   *
   * @param outcome how it ended
   * @param duration from the call to its answer, in wall time of {@link System#nanoTime}
   * @param attempts the requests of {@code operation} sent (0 when none was: not sent, or refused before sending)
   */
  record CallCompleted(Operation operation, CallOutcome outcome, Duration duration, int attempts)
      implements ResilienceEvent {
    public CallCompleted {
      requireNonNull(operation, "operation == null");
      requireNonNull(outcome, "outcome == null");
      requireNonNull(duration, "duration == null");
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

package io.github.paykka.http;

/**
 * Observes the adapter: each call's completion ({@link ResilienceEvent.CallCompleted}), retries, reconciliations,
 * back-pressure, circuit breaker and rate limiter decisions. Bind it to your metrics library. Called synchronously on the adapter's threads: return quickly and do not
 * throw (an exception is logged and ignored).
 */
@FunctionalInterface
public interface ResilienceListener {

  /** A listener that does nothing. */
  ResilienceListener NONE = event -> {};

  /** Receives one event. */
  void onEvent(ResilienceEvent event);
}

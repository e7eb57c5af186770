package io.github.paykka.micrometer;

import static java.util.Objects.requireNonNull;

import io.github.paykka.http.ResilienceEvent;
import io.github.paykka.http.ResilienceEvent.CircuitState;
import io.github.paykka.http.ResilienceListener;
import io.github.paykka.ports.Operation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP adapter's resilience as metrics: give it to the adapter's builder as its {@link ResilienceListener} (needs
 * paykka-adapter-http). One instance per adapter.
 *
 * <ul>
 *   <li>{@value #CIRCUIT_STATE}, a gauge per {@code state} ({@code closed}, {@code open}, {@code half_open},
 *       {@code other}): 1 for the state the circuit breaker is in, 0 for the others. It starts {@code closed}, as a new
 *       adapter's breaker does, and follows every change the adapter reports;
 *   <li>{@value #CIRCUIT_TRANSITIONS}, a counter tagged {@code from} and {@code to}: every change, so that an
 *       opening between two scrapes is not missed;
 *   <li>{@value #RETRIES}, a counter tagged {@code operation}: every retry of a request (the first attempt is not
 *       counted);
 *   <li>{@value #EVENTS}, a counter tagged {@code operation} and {@code event}: {@code reconciling} (a money-moving
 *       call failed ambiguously and the adapter asks PayKKa), {@code back_pressure} (PayKKa asked to slow down),
 *       {@code call_not_permitted} (the circuit was open), {@code rate_limited} (the client-side limit refused).
 * </ul>
 *
 * <p>{@code operation} is an {@link Operation#label()}, or {@code other} for a label this version does not know. Events
 * of kinds this version does not know are ignored. Thread-safe; never throws from {@link #onEvent}.
 */
public final class PaykkaResilienceMetrics implements ResilienceListener {
  /** The name of the circuit state gauge. */
  public static final String CIRCUIT_STATE = "paykka.circuit.state";
  /** The name of the circuit transition counter. */
  public static final String CIRCUIT_TRANSITIONS = "paykka.circuit.transitions";
  /** The name of the retry counter. */
  public static final String RETRIES = "paykka.retries";
  /** The name of the counter of the other resilience decisions. */
  public static final String EVENTS = "paykka.resilience.events";

  private final MeterRegistry registry;
  private final AtomicReference<CircuitState> state = new AtomicReference<>(CircuitState.CLOSED);

  private PaykkaResilienceMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (CircuitState s : CircuitState.values()) {
      // a strong reference: the registry would otherwise let the gauge go with a garbage-collected listener
      Gauge.builder(CIRCUIT_STATE, state, current -> current.get() == s ? 1 : 0)
          .description("1 for the state PayKKa's circuit breaker is in, 0 for the others")
          .tag("state", tagOf(s))
          .strongReference(true)
          .register(registry);
    }
  }

  /** Metrics registered with {@code registry}; registers the circuit state gauges at once. */
  public static PaykkaResilienceMetrics of(MeterRegistry registry) {
    return new PaykkaResilienceMetrics(requireNonNull(registry, "registry == null"));
  }

  /** The circuit state as last reported ({@code CLOSED} before any change). */
  public CircuitState circuitState() {
    return state.get();
  }

  @Override
  public void onEvent(ResilienceEvent event) {
    requireNonNull(event, "event == null");
    if (event instanceof ResilienceEvent.CircuitStateChanged changed) {
      state.set(changed.to());
      Counter.builder(CIRCUIT_TRANSITIONS)
          .description("Changes of the state of PayKKa's circuit breaker")
          .tag("from", tagOf(changed.from()))
          .tag("to", tagOf(changed.to()))
          .register(registry)
          .increment();
    } else if (event instanceof ResilienceEvent.Retrying r) {
      Counter.builder(RETRIES)
          .description("Requests to PayKKa sent again after a failure that was safe to retry")
          .tag("operation", r.operation().label())
          .register(registry)
          .increment();
    } else if (event instanceof ResilienceEvent.Reconciling r) {
      count(r.operation(), "reconciling");
    } else if (event instanceof ResilienceEvent.BackPressure b) {
      count(b.operation(), "back_pressure");
    } else if (event instanceof ResilienceEvent.CallNotPermitted c) {
      count(c.operation(), "call_not_permitted");
    } else if (event instanceof ResilienceEvent.RateLimited r) {
      count(r.operation(), "rate_limited");
    }
    // any other kind (added after this version) is not a decision of these meters: ignored
  }

  private void count(Operation operation, String name) {
    Counter.builder(EVENTS)
        .description("Resilience decisions of the PayKKa adapter other than retries")
        .tag("operation", operation.label())
        .tag("event", name)
        .register(registry)
        .increment();
  }

  private static String tagOf(CircuitState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "PaykkaResilienceMetrics[" + state.get() + "]";
  }
}

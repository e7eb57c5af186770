package io.github.paykka.testkit.simulation;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.order.OrderStatus;
import java.time.Instant;

/**
 * One step of a payment order's history in the simulated PayKKa: the status it entered, by which transition of the
 * order's table ({@code OrderTransition}), and when by the engine's clock.
 *
 * @param status the status after the step
 * @param transition the transition's name (e.g. {@code CAPTURE_PART}), or {@code CREATED} for the first step
 * @param at when, by the engine's clock
 */
public record OrderStep(OrderStatus status, String transition, Instant at) {
  /** The name of the first step of every order. */
  public static final String CREATED = "CREATED";

  public OrderStep {
    requireNonNull(status, "status == null");
    requireNonNull(transition, "transition == null");
    requireNonNull(at, "at == null");
  }
}

package io.github.paykka.domain.order;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of an accepted command: the order after it, and the events it produced (none when nothing changed).
 *
 * @param order the new order
 * @param events what happened, in order
 */
public record Transition(PaymentOrder order, List<OrderEvent> events) {
  public Transition {
    requireNonNull(order, "order == null");
    events = List.copyOf(events);
  }
}

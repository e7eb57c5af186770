package io.github.paykka.domain.order;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;

/**
 * What PayKKa reported of an order at some moment: a query response or a notification.
 *
 * @param orderId the order
 * @param status its status then
 * @param balances its balances then
 */
public record OrderObservation(OrderId orderId, OrderStatus status, Balances balances) {
  public OrderObservation {
    requireNonNull(orderId, "orderId == null");
    requireNonNull(status, "status == null");
    requireNonNull(balances, "balances == null");
  }
}

package io.github.paykka.domain.order;

/** Why an order is voided or refunded (seed 000, "Order Rejection Reason"). */
public enum ReasonCode {
  DUPLICATE,
  FRAUDULENT,
  REQUESTED_BY_CUSTOMER,
  OTHER
}

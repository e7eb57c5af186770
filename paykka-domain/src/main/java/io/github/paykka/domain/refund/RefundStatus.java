package io.github.paykka.domain.refund;

/** PayKKa's refund statuses ({@code GatewayRefundOrderStatusEnum}; values from PAYKKA-FACTS.md). */
public enum RefundStatus {
  REVIEWING,
  PROCESSING,
  SUCCESS,
  FAILURE
}

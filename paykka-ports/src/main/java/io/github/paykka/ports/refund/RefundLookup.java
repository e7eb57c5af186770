package io.github.paykka.ports.refund;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;

/** Which refund to look up: by the merchant's refund number or PayKKa's. */
public sealed interface RefundLookup {

  /** The identifier, as text. */
  default String reference() {
    return this instanceof ByRefundTransId t ? t.refundTransId().value()
        : ((ByRefundOrderId) this).refundOrderId().value();
  }

  /** By the merchant's {@code refund_trans_id}. */
  static RefundLookup byRefundTransId(RefundTransId id) {
    return new ByRefundTransId(requireNonNull(id, "id == null"));
  }

  /** By PayKKa's {@code refund_order_id}. */
  static RefundLookup byRefundOrderId(RefundOrderId id) {
    return new ByRefundOrderId(requireNonNull(id, "id == null"));
  }

  /** By {@code refund_trans_id}; made by {@link #byRefundTransId}, which checks it. */
  record ByRefundTransId(RefundTransId refundTransId) implements RefundLookup {}

  /** By {@code refund_order_id}; made by {@link #byRefundOrderId}, which checks it. */
  record ByRefundOrderId(RefundOrderId refundOrderId) implements RefundLookup {}
}

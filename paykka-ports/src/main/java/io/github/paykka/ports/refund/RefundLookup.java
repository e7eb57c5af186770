package io.github.paykka.ports.refund;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;

/** Which refund to look up: by the merchant's refund number or PayKKa's. */
public sealed interface RefundLookup {

  /** The identifier, as text. */
  String reference();

  static RefundLookup byRefundTransId(RefundTransId id) {
    return new ByRefundTransId(id);
  }

  static RefundLookup byRefundOrderId(RefundOrderId id) {
    return new ByRefundOrderId(id);
  }

  /** By {@code refund_trans_id}. */
  record ByRefundTransId(RefundTransId refundTransId) implements RefundLookup {
    public ByRefundTransId {
      requireNonNull(refundTransId, "refundTransId == null");
    }

    @Override
    public String reference() {
      return refundTransId.value();
    }
  }

  /** By {@code refund_order_id}. */
  record ByRefundOrderId(RefundOrderId refundOrderId) implements RefundLookup {
    public ByRefundOrderId {
      requireNonNull(refundOrderId, "refundOrderId == null");
    }

    @Override
    public String reference() {
      return refundOrderId.value();
    }
  }
}

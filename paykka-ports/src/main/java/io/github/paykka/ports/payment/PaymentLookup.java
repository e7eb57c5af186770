package io.github.paykka.ports.payment;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;

/** Which order to look up: by the merchant's number, PayKKa's number, or the checkout session. */
public sealed interface PaymentLookup {

  /** The identifier, as text, for logs and failures. */
  default String reference() {
    if (this instanceof ByTransId t) return t.transId().value();
    if (this instanceof ByOrderId o) return o.orderId().value();
    return ((BySessionId) this).sessionId().value();
  }

  /** By the merchant's {@code trans_id}. */
  static PaymentLookup byTransId(TransId transId) {
    return new ByTransId(requireNonNull(transId, "transId == null"));
  }

  /** By PayKKa's {@code order_id}. */
  static PaymentLookup byOrderId(OrderId orderId) {
    return new ByOrderId(requireNonNull(orderId, "orderId == null"));
  }

  /** By the {@code session_id} of the checkout session that made the order. */
  static PaymentLookup bySessionId(SessionId sessionId) {
    return new BySessionId(requireNonNull(sessionId, "sessionId == null"));
  }

  /** By {@code trans_id}; made by {@link #byTransId}, which checks it. */
  record ByTransId(TransId transId) implements PaymentLookup {}

  /** By {@code order_id}; made by {@link #byOrderId}, which checks it. */
  record ByOrderId(OrderId orderId) implements PaymentLookup {}

  /** By {@code session_id}; made by {@link #bySessionId}, which checks it. */
  record BySessionId(SessionId sessionId) implements PaymentLookup {}
}

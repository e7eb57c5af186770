package io.github.paykka.ports.payment;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;

/** Which order to look up: by the merchant's number, PayKKa's number, or the checkout session. */
public sealed interface PaymentLookup {

  /** The identifier, as text, for logs and failures. */
  String reference();

  static PaymentLookup byTransId(TransId transId) {
    return new ByTransId(transId);
  }

  static PaymentLookup byOrderId(OrderId orderId) {
    return new ByOrderId(orderId);
  }

  static PaymentLookup bySessionId(SessionId sessionId) {
    return new BySessionId(sessionId);
  }

  /** By {@code trans_id}. */
  record ByTransId(TransId transId) implements PaymentLookup {
    public ByTransId {
      requireNonNull(transId, "transId == null");
    }

    @Override
    public String reference() {
      return transId.value();
    }
  }

  /** By {@code order_id}. */
  record ByOrderId(OrderId orderId) implements PaymentLookup {
    public ByOrderId {
      requireNonNull(orderId, "orderId == null");
    }

    @Override
    public String reference() {
      return orderId.value();
    }
  }

  /** By {@code session_id}. */
  record BySessionId(SessionId sessionId) implements PaymentLookup {
    public BySessionId {
      requireNonNull(sessionId, "sessionId == null");
    }

    @Override
    public String reference() {
      return sessionId.value();
    }
  }
}

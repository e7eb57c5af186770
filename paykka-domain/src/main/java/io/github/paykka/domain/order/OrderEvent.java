package io.github.paykka.domain.order;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;

/** What a transition of a payment order did, for the application to react to. */
public sealed interface OrderEvent {
  /** The order concerned. */
  OrderId orderId();

  /** Authorised, to be captured by the merchant. */
  record Authorised(OrderId orderId, Money amount) implements OrderEvent {
    public Authorised {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(amount, "amount == null");
    }
  }

  /** Authorised and captured at once (automatic capture). */
  record Settled(OrderId orderId, Money amount) implements OrderEvent {
    public Settled {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(amount, "amount == null");
    }
  }

  /** Declined or failed. */
  record Declined(OrderId orderId) implements OrderEvent {
    public Declined {
      requireNonNull(orderId, "orderId == null");
    }
  }

  /** Cancelled while processing. */
  record Canceled(OrderId orderId) implements OrderEvent {
    public Canceled {
      requireNonNull(orderId, "orderId == null");
    }
  }

  /** Part or all of the authorisation captured. */
  record Captured(OrderId orderId, Money amount, boolean isFinal) implements OrderEvent {
    public Captured {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(amount, "amount == null");
    }
  }

  /** The uncaptured rest of the authorisation released, by a void or a final capture. */
  record Released(OrderId orderId, Money amount) implements OrderEvent {
    public Released {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(amount, "amount == null");
    }
  }

  /** Refunded. */
  record Refunded(OrderId orderId, Money amount) implements OrderEvent {
    public Refunded {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(amount, "amount == null");
    }
  }

  /** PayKKa reported a successful refund of the order that was not known before. */
  record RefundObserved(OrderId orderId, RefundTransId refundTransId, Money amount) implements OrderEvent {
    public RefundObserved {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(refundTransId, "refundTransId == null");
      requireNonNull(amount, "amount == null");
    }
  }

  /** An observation of PayKKa's moved the order forward. */
  record Reconciled(OrderId orderId, OrderStatus from, OrderStatus to, Balances before, Balances after)
      implements OrderEvent {
    public Reconciled {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(from, "from == null");
      requireNonNull(to, "to == null");
      requireNonNull(before, "before == null");
      requireNonNull(after, "after == null");
    }
  }
}

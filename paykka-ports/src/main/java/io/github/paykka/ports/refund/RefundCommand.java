package io.github.paykka.ports.refund;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Refund {@code amount} of order {@code originalOrderId}. Built with {@link #builder()}, which names each value.
 *
 * @param refundTransId the merchant's refund number: the idempotency key of the refund
 * @param originalOrderId the order to refund ({@code ori_order_id})
 * @param amount at least one minor unit, at most what can be refunded
 * @param reason why
 * @param notifyUrl where PayKKa sends the refund's notification
 */
public record RefundCommand(
    RefundTransId refundTransId, OrderId originalOrderId, Money amount, ReasonCode reason, Option<String> notifyUrl) {

  public RefundCommand {
    requireNonNull(refundTransId, "refundTransId == null");
    requireNonNull(originalOrderId, "originalOrderId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(reason, "reason == null");
    requireNonNull(notifyUrl, "notifyUrl == null");
    if (!amount.isPositive()) throw new IllegalArgumentException("a refund is at least one minor unit");
  }

  /**
   * A builder: {@code refundTransId}, the order ({@link Builder#order} or {@link Builder#originalOrderId}),
   * {@code amount} and {@code reason} are required; {@code notifyUrl} is optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A refund of {@code order}, checked by the domain first; {@link #builder()} names the same values.
   *
   * @return the command, or {@link GatewayFailure.Refused} (nothing sent) if the order cannot take it
   */
  public static Either<GatewayFailure, RefundCommand> of(
      PaymentOrder order, RefundTransId refundTransId, Money amount, ReasonCode reason, Option<String> notifyUrl) {
    requireNonNull(order, "order == null");
    requireNonNull(refundTransId, "refundTransId == null");
    requireNonNull(notifyUrl, "notifyUrl == null");
    Builder b = builder().order(order).refundTransId(refundTransId).amount(amount).reason(reason);
    for (String url : notifyUrl) b.notifyUrl(url);
    return b.checked();
  }

  /** Builds a {@link RefundCommand}, naming each value; not thread-safe. */
  public static final class Builder {
    private @Nullable RefundTransId refundTransId;
    private @Nullable OrderId originalOrderId;
    private @Nullable PaymentOrder order;
    private @Nullable Money amount;
    private @Nullable ReasonCode reason;
    private @Nullable String notifyUrl;

    private Builder() {}

    /** The merchant's refund number ({@code refund_trans_id}): make it when you decide to refund, store it first. */
    public Builder refundTransId(RefundTransId refundTransId) {
      this.refundTransId = requireNonNull(refundTransId, "refundTransId == null");
      return this;
    }

    /**
     * The order to refund, as you keep it: {@link #checked()} asks the domain whether it can take the refund. Sets
     * {@code originalOrderId}.
     */
    public Builder order(PaymentOrder order) {
      this.order = requireNonNull(order, "order == null");
      this.originalOrderId = order.orderId();
      return this;
    }

    /** The order to refund ({@code ori_order_id}), for code that does not keep the order: nothing is checked. */
    public Builder originalOrderId(OrderId originalOrderId) {
      this.originalOrderId = requireNonNull(originalOrderId, "originalOrderId == null");
      this.order = null;
      return this;
    }

    /** How much to refund: at least one minor unit, in the order's currency. */
    public Builder amount(Money amount) {
      requireNonNull(amount, "amount == null");
      if (!amount.isPositive()) throw new IllegalArgumentException("amount must be at least one minor unit, was " + amount);
      this.amount = amount;
      return this;
    }

    /** Why ({@code reason}). */
    public Builder reason(ReasonCode reason) {
      this.reason = requireNonNull(reason, "reason == null");
      return this;
    }

    /** Where PayKKa sends the refund's notification ({@code notify_url}); none by default. */
    public Builder notifyUrl(String notifyUrl) {
      this.notifyUrl = requireNonNull(notifyUrl, "notifyUrl == null");
      return this;
    }

    /**
     * The command, not checked against the order's state.
     *
     * @throws IllegalStateException naming every required value that is missing
     */
    public RefundCommand build() {
      List<String> missing = new ArrayList<>(4);
      if (refundTransId == null) missing.add("refundTransId");
      if (originalOrderId == null) missing.add("order (or originalOrderId)");
      if (amount == null) missing.add("amount");
      if (reason == null) missing.add("reason");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " required");
      }
      return new RefundCommand(refundTransId, originalOrderId, amount, reason, Option.of(notifyUrl));
    }

    /**
     * The command, checked by the domain when the order was given with {@link #order}: so that a refund the order
     * cannot take and the call that sends it fail in one {@code Either}
     * ({@code builder()...checked().flatMap(paykka::refund)}).
     *
     * @return the command, or {@link GatewayFailure.Refused} (nothing sent) if the order cannot take the refund
     *     (not SUCCESS, PARTIALLY_REVERSED or PARTIALLY_REFUNDED, or more than can be refunded)
     * @throws IllegalStateException naming every required value that is missing
     */
    public Either<GatewayFailure, RefundCommand> checked() {
      RefundCommand command = build();
      if (order == null) return Either.right(command);
      Either<Rejection, ?> domain = order.refund(command.amount());
      if (domain.isLeft()) {
        return Either.left(new GatewayFailure.Refused(Operation.REFUND, command.refundTransId().value(), domain.getLeft()));
      }
      return Either.right(command);
    }
  }
}

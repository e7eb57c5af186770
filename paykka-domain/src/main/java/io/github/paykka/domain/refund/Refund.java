package io.github.paykka.domain.refund;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.order.RefundObservation;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A refund of (part of) a payment order: REVIEWING, then PROCESSING, then SUCCESS or FAILURE.
 *
 * @param refundTransId the merchant's refund number; one refund per number
 * @param refundOrderId PayKKa's refund number, once PayKKa gave one
 * @param originalOrderId the order refunded, when known (PayKKa's published refund answer does not repeat it)
 * @param amount the amount refunded, at least one minor unit
 * @param reason why
 * @param status where the refund is
 */
public record Refund(
    RefundTransId refundTransId,
    Option<RefundOrderId> refundOrderId,
    Option<OrderId> originalOrderId,
    Money amount,
    ReasonCode reason,
    RefundStatus status) {

  public Refund {
    requireNonNull(refundTransId, "refundTransId == null");
    requireNonNull(refundOrderId, "refundOrderId == null");
    requireNonNull(originalOrderId, "originalOrderId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(reason, "reason == null");
    requireNonNull(status, "status == null");
    if (!amount.isPositive()) throw InvalidValueException.of("amount", "a refund is at least one minor unit");
  }

  /** A new refund, REVIEWING. */
  public static Refund request(RefundTransId refundTransId, OrderId originalOrderId, Money amount, ReasonCode reason) {
    requireNonNull(originalOrderId, "originalOrderId == null");
    return new Refund(refundTransId, Option.none(), Option.some(originalOrderId), amount, reason,
        RefundStatus.REVIEWING);
  }

  /** The review passed: PROCESSING, with PayKKa's refund number. */
  public Either<Rejection, Refund> accept(RefundOrderId assigned) {
    requireNonNull(assigned, "assigned == null");
    return move("accept", RefundStatus.PROCESSING).map(r -> r.withRefundOrderId(assigned));
  }

  /** The money went back: SUCCESS. */
  public Either<Rejection, Refund> succeed() {
    return move("succeed", RefundStatus.SUCCESS);
  }

  /** The refund failed: FAILURE. */
  public Either<Rejection, Refund> fail() {
    return move("fail", RefundStatus.FAILURE);
  }

  /** Whether the refund has ended, well or not. */
  public boolean isFinal() {
    return RefundTransition.MACHINE.terminalStates().contains(status);
  }

  /**
   * Merges what PayKKa reported of this refund: the later status, and the original order when this refund did not
   * know it; never backwards.
   *
   * @return the merged refund, or why the observation cannot be of this refund
   */
  public Either<Rejection, Refund> reconcile(RefundStatus observed, Option<RefundOrderId> observedRefundOrderId) {
    return reconcile(observed, observedRefundOrderId, Option.none());
  }

  /**
   * As {@link #reconcile(RefundStatus, Option)}, with the original order PayKKa named, if it named one.
   *
   * @return the merged refund, or why the observation cannot be of this refund (another refund number or another
   *     original order)
   */
  public Either<Rejection, Refund> reconcile(RefundStatus observed, Option<RefundOrderId> observedRefundOrderId,
      Option<OrderId> observedOriginalOrderId) {
    requireNonNull(observed, "observed == null");
    requireNonNull(observedRefundOrderId, "observedRefundOrderId == null");
    requireNonNull(observedOriginalOrderId, "observedOriginalOrderId == null");
    if (originalOrderId.isDefined() && observedOriginalOrderId.isDefined()
        && !originalOrderId.get().equals(observedOriginalOrderId.get())) {
      return Either.left(new Rejection.DifferentSubject(originalOrderId.get().value(),
          observedOriginalOrderId.get().value()));
    }
    Option<OrderId> original = originalOrderId.orElse(observedOriginalOrderId);
    if (refundOrderId.isDefined() && observedRefundOrderId.isDefined()
        && !refundOrderId.get().equals(observedRefundOrderId.get())) {
      return Either.left(new Rejection.DifferentSubject(refundOrderId.get().value(), observedRefundOrderId.get().value()));
    }
    Option<RefundOrderId> id = refundOrderId.orElse(observedRefundOrderId);
    if (RefundTransition.MACHINE.reaches(status, observed)) {
      return Either.right(new Refund(refundTransId, id, original, amount, reason, observed));
    }
    if (RefundTransition.MACHINE.reaches(observed, status)) {
      return Either.right(new Refund(refundTransId, id, original, amount, reason, status));
    }
    return Either.left(new Rejection.Conflict(status.name(), observed.name()));
  }

  /**
   * What this refund says of {@code order}, the order it refunds, for {@code PaymentOrder.reconcile}: it moved money
   * only if it is SUCCESS. PayKKa's published refund answer does not name the order, so the caller does.
   *
   * @throws IllegalArgumentException if this refund names another original order
   */
  public RefundObservation observation(OrderId order) {
    requireNonNull(order, "order == null");
    if (originalOrderId.exists(o -> !o.equals(order))) {
      throw InvalidValueException.of("order", "refund " + refundTransId.value() + " is of another order");
    }
    return new RefundObservation(order, refundTransId, amount, status == RefundStatus.SUCCESS);
  }

  private Refund withRefundOrderId(RefundOrderId id) {
    return new Refund(refundTransId, Option.some(id), originalOrderId, amount, reason, status);
  }

  private Either<Rejection, Refund> move(String command, RefundStatus to) {
    if (RefundTransition.MACHINE.between(status, to).isEmpty()) {
      return Either.left(new Rejection.NotAllowedInState(command, status.name()));
    }
    return Either.right(new Refund(refundTransId, refundOrderId, originalOrderId, amount, reason, to));
  }
}

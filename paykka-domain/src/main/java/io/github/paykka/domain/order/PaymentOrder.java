package io.github.paykka.domain.order;

import static io.github.paykka.domain.order.OrderStatus.AUTHORIZED;
import static io.github.paykka.domain.order.OrderStatus.CANCELED;
import static io.github.paykka.domain.order.OrderStatus.FAILURE;
import static io.github.paykka.domain.order.OrderStatus.PARTIALLY_REFUNDED;
import static io.github.paykka.domain.order.OrderStatus.PARTIALLY_REVERSED;
import static io.github.paykka.domain.order.OrderStatus.REFUNDED;
import static io.github.paykka.domain.order.OrderStatus.SUCCESS;
import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A payment order at PayKKa, as far as the merchant knows it: its status and balances.
 *
 * <p>Immutable. Commands ({@link #capture}, {@link #voidRemaining}, {@link #refund}, and the outcomes
 * {@link #approve}, {@link #decline}, {@link #cancel}) answer with the new order and its events, or with a
 * {@link Rejection} that leaves this order unchanged; every status change goes through
 * {@link OrderTransition}'s table. What PayKKa reports of the order ({@link #reconcile(OrderObservation)}) and of
 * its refunds ({@link #reconcile(RefundObservation)}) is merged by a join, which never moves backwards.
 *
 * @param orderId PayKKa's order number
 * @param transId the merchant's order number
 * @param amount the amount of the payment, at least one minor unit
 * @param captureMethod automatic or manual capture
 * @param status the status
 * @param balances the balances, in the amount's currency, with {@code authed <= amount}; once the capture is settled
 *     (SUCCESS, PARTIALLY_REVERSED, PARTIALLY_REFUNDED, REFUNDED), {@code refunded} is at least the sum of
 *     {@code refunds}
 * @param refunds the successful refunds of this order that PayKKa reported, by the merchant's refund number
 *     ({@code refund_trans_id}); each in the amount's currency. Refunds reported before the capture is known wait
 *     here, and count once it is
 */
public record PaymentOrder(
    OrderId orderId,
    TransId transId,
    Money amount,
    CaptureMethod captureMethod,
    OrderStatus status,
    Balances balances,
    Map<RefundTransId, Money> refunds) {

  // the statuses whose captured amount is final: refunds count against it
  private static final Set<OrderStatus> CAPTURE_SETTLED = EnumSet.of(SUCCESS, PARTIALLY_REVERSED, PARTIALLY_REFUNDED,
      REFUNDED);

  /**
   * @throws IllegalArgumentException if the balances or a refund are in another currency, authorise more than the
   *     amount, or refund less than the known refunds once the capture is settled
   */
  public PaymentOrder {
    requireNonNull(orderId, "orderId == null");
    requireNonNull(transId, "transId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(captureMethod, "captureMethod == null");
    requireNonNull(status, "status == null");
    requireNonNull(balances, "balances == null");
    refunds = Map.copyOf(requireNonNull(refunds, "refunds == null"));
    if (!amount.isPositive()) throw InvalidValueException.of("amount", "amount must be at least one minor unit");
    if (!balances.currency().equals(amount.currency())) {
      throw InvalidValueException.of("amount", "balances in " + balances.currency() + " on an order in " + amount.currency());
    }
    if (balances.authed().isGreaterThan(amount)) {
      throw InvalidValueException.of("amount", "authed " + balances.authed() + " exceeds the amount " + amount);
    }
    for (Money refund : refunds.values()) {
      if (!refund.isSameCurrency(amount) || !refund.isPositive()) {
        throw InvalidValueException.of("refunds", "a refund of " + refund + " on an order in " + amount.currency());
      }
    }
    if (CAPTURE_SETTLED.contains(status) && sum(refunds, amount.currency()).exists(total -> total.isGreaterThan(balances.refunded()))) {
      throw InvalidValueException.of("refunds", "refunded " + balances.refunded() + " is less than the known refunds");
    }
  }

  /** An order without known refunds. */
  public PaymentOrder(OrderId orderId, TransId transId, Money amount, CaptureMethod captureMethod, OrderStatus status,
      Balances balances) {
    this(orderId, transId, amount, captureMethod, status, balances, Map.of());
  }

  /** A new order, PROCESSING, nothing authorised yet. */
  public static PaymentOrder open(OrderId orderId, TransId transId, Money amount, CaptureMethod captureMethod) {
    return new PaymentOrder(orderId, transId, amount, captureMethod, OrderStatus.PROCESSING,
        Balances.zero(amount.currency()));
  }

  /**
   * What can still be captured: PayKKa's {@code able_to_capture_amount} when the balances carry it (PayKKa's figures
   * are the truth), else the uncaptured authorisation while AUTHORIZED and nothing otherwise.
   */
  public Money ableToCapture() {
    return balances.reportedAbleToCapture().getOrElse(this::computedAbleToCapture);
  }

  /**
   * What a void may release: PayKKa's {@code able_to_void_amount} when reported, else what {@link #ableToCapture()}
   * computes.
   */
  public Money ableToVoid() {
    return balances.reportedAbleToVoid().getOrElse(this::computedAbleToCapture);
  }

  /**
   * What can still be refunded: PayKKa's {@code able_to_refund_amount} when reported, else the unrefunded captured
   * amount once the capture is settled.
   */
  public Money ableToRefund() {
    return balances.reportedAbleToRefund().getOrElse(() -> switch (status) {
      case SUCCESS, PARTIALLY_REVERSED, PARTIALLY_REFUNDED -> balances.unrefunded();
      default -> Money.zero(amount.currency());
    });
  }

  private Money computedAbleToCapture() {
    return status == AUTHORIZED ? balances.uncaptured() : Money.zero(amount.currency());
  }

  /** Whether no command can change this order any more. */
  public boolean isFinal() {
    return OrderTransition.MACHINE.terminalStates().contains(status);
  }

  /**
   * The payment was approved: authorised (manual capture: AUTHORIZED) or authorised and captured (automatic
   * capture: SUCCESS), for the whole amount.
   */
  public Either<Rejection, Transition> approve() {
    if (captureMethod == CaptureMethod.MANUAL) {
      return move("approve", AUTHORIZED, balances.withAuthed(amount),
          new OrderEvent.Authorised(orderId, amount));
    }
    Balances settled = new Balances(amount, amount, Money.zero(amount.currency()), Money.zero(amount.currency()));
    return move("approve", SUCCESS, settled, new OrderEvent.Settled(orderId, amount));
  }

  /** The payment was declined or failed. */
  public Either<Rejection, Transition> decline() {
    return move("decline", FAILURE, balances, new OrderEvent.Declined(orderId));
  }

  /** The payment was cancelled before it was authorised (e.g. an abandoned 3DS challenge). */
  public Either<Rejection, Transition> cancel() {
    return move("cancel", CANCELED, balances, new OrderEvent.Canceled(orderId));
  }

  /**
   * Captures {@code amount} of what is authorised. A final capture of less than the rest releases the rest.
   *
   * @param amount at least one minor unit, at most {@link #ableToCapture()}
   * @param isFinal whether no capture follows ({@code capture_final}; PayKKa's default is {@code true})
   * @return the new order and its events, or why the capture is not allowed; never {@code null}
   */
  public Either<Rejection, Transition> capture(Money amount, boolean isFinal) {
    requireNonNull(amount, "amount == null");
    if (status != AUTHORIZED) return Either.left(new Rejection.NotAllowedInState("capture", status.name()));
    Either<Rejection, Money> checked = checkAmount("capture", amount, ableToCapture());
    if (checked.isLeft()) return Either.left(checked.getLeft());
    // a report above what the balances leave could not be booked without breaking them
    if (amount.isGreaterThan(balances.uncaptured())) {
      return Either.left(new Rejection.ExceedsAvailable("capture", amount, balances.uncaptured()));
    }
    Balances captured = balances.withCaptured(balances.captured().plus(amount));
    Money rest = captured.uncaptured();
    OrderEvent.Captured event = new OrderEvent.Captured(orderId, amount, isFinal);
    if (rest.isZero()) return move("capture", SUCCESS, captured, event);
    if (!isFinal) return move("capture", AUTHORIZED, captured, event);
    return move("capture", PARTIALLY_REVERSED, captured.withVoided(captured.voided().plus(rest)), event,
        new OrderEvent.Released(orderId, rest));
  }

  /**
   * Captures the rest: all that is authorised and neither captured nor released ({@link #ableToCapture()}), as a
   * capture without {@code amount} asks PayKKa to (seed 000 makes {@code amount} and {@code currency} optional). The
   * order is then SUCCESS.
   *
   * @return the new order and its events, or why the capture is not allowed (not AUTHORIZED, or nothing left to
   *     capture); never {@code null}
   */
  public Either<Rejection, Transition> captureRest() {
    if (status != AUTHORIZED) return Either.left(new Rejection.NotAllowedInState("capture", status.name()));
    return capture(ableToCapture(), true);
  }

  /**
   * Releases what is authorised and not captured: a void. Before any capture the order is CANCELED; after a
   * partial capture it is PARTIALLY_REVERSED. Refused when {@link #ableToVoid()} is zero (PayKKa reported nothing
   * left to void).
   *
   * @param reason why ({@code reason} on the wire)
   * @return the new order and its events, or why the void is not allowed; never {@code null}
   */
  public Either<Rejection, Transition> voidRemaining(ReasonCode reason) {
    requireNonNull(reason, "reason == null");
    if (status != AUTHORIZED) return Either.left(new Rejection.NotAllowedInState("void", status.name()));
    Money rest = balances.uncaptured();
    if (ableToVoid().isZero()) return Either.left(new Rejection.ExceedsAvailable("void", rest, ableToVoid()));
    Balances released = balances.withVoided(balances.voided().plus(rest));
    OrderStatus to = balances.captured().isZero() ? CANCELED : PARTIALLY_REVERSED;
    return move("void", to, released, new OrderEvent.Released(orderId, rest));
  }

  /**
   * Refunds {@code amount} of what was captured.
   *
   * @param amount at least one minor unit, at most {@link #ableToRefund()}
   * @return the new order and its events, or why the refund is not allowed; never {@code null}
   */
  public Either<Rejection, Transition> refund(Money amount) {
    requireNonNull(amount, "amount == null");
    if (status != SUCCESS && status != PARTIALLY_REVERSED && status != PARTIALLY_REFUNDED) {
      return Either.left(new Rejection.NotAllowedInState("refund", status.name()));
    }
    Either<Rejection, Money> checked = checkAmount("refund", amount, ableToRefund());
    if (checked.isLeft()) return Either.left(checked.getLeft());
    if (amount.isGreaterThan(balances.unrefunded())) {
      return Either.left(new Rejection.ExceedsAvailable("refund", amount, balances.unrefunded()));
    }
    Balances refunded = balances.withRefunded(balances.refunded().plus(amount));
    OrderStatus to = refunded.unrefunded().isZero() ? REFUNDED : PARTIALLY_REFUNDED;
    return move("refund", to, refunded, new OrderEvent.Refunded(orderId, amount));
  }

  /**
   * Merges what PayKKa reported: the later of the two statuses (by the transition table) and the larger of each
   * balance. PayKKa's reported "able to" figures are kept from those of the two whose status and balances equal the
   * merged ones (the smaller where both report one; see {@link Balances#join}). Never moves backwards; merging the same
   * observations in any order, any number of times, gives the same order.
   *
   * @return the merged order, with a {@link OrderEvent.Reconciled} event if anything changed; or a rejection if
   *     the observation is of another order, in another currency, or contradicts this order
   */
  public Either<Rejection, Transition> reconcile(OrderObservation observed) {
    requireNonNull(observed, "observed == null");
    if (!observed.orderId().equals(orderId)) {
      return Either.left(new Rejection.DifferentSubject(orderId.value(), observed.orderId().value()));
    }
    if (!observed.balances().currency().equals(amount.currency())) {
      return Either.left(new Rejection.CurrencyMismatch("reconcile", amount.currency(), observed.balances().currency()));
    }
    OrderStatus joined;
    if (OrderTransition.MACHINE.reaches(status, observed.status())) {
      joined = observed.status();
    } else if (OrderTransition.MACHINE.reaches(observed.status(), status)) {
      joined = status;
    } else {
      return Either.left(new Rejection.Conflict(status.name(), observed.status().name()));
    }
    Balances merged;
    try {
      // reported figures describe the status they were seen with: an earlier status's figures do not carry over
      Balances mine = joined == status ? balances : balances.withoutReported();
      Balances theirs = joined == observed.status() ? observed.balances() : observed.balances().withoutReported();
      merged = mine.join(theirs);
      if (merged.authed().isGreaterThan(amount)) {
        return Either.left(new Rejection.Conflict("amount " + amount, "authed " + merged.authed()));
      }
    } catch (InvalidValueException inconsistent) {
      return Either.left(new Rejection.Conflict(String.valueOf(balances), String.valueOf(observed.balances())));
    }
    return withRefunds(joined, merged, refunds).map(next -> next.status == status && next.balances.equals(balances)
        ? new Transition(this, List.of())
        : new Transition(next, List.of(new OrderEvent.Reconciled(orderId, status, next.status, balances, next.balances))));
  }

  /**
   * Merges what PayKKa reported of one refund of this order: a successful refund joins {@link #refunds()} by its
   * {@code refund_trans_id}, and, once the capture is settled, {@code refunded} becomes the larger of PayKKa's reported
   * figure and the sum of the known refunds, and the status PARTIALLY_REFUNDED, or REFUNDED when everything captured
   * is refunded. A failed refund, or one still under way, changes nothing. Like {@link #reconcile(OrderObservation)}:
   * duplicates change nothing, the same observations in any order give the same order, never backwards.
   *
   * @return the merged order, with a {@link OrderEvent.RefundObserved} event for a refund not known before (and a
   *     {@link OrderEvent.Reconciled} event if the status or balances moved); or a rejection if the observation is of
   *     another order, in another currency, names a known refund with another amount, or refunds more than was
   *     captured
   */
  public Either<Rejection, Transition> reconcile(RefundObservation observed) {
    requireNonNull(observed, "observed == null");
    if (!observed.orderId().equals(orderId)) {
      return Either.left(new Rejection.DifferentSubject(orderId.value(), observed.orderId().value()));
    }
    if (!observed.amount().isSameCurrency(amount)) {
      return Either.left(new Rejection.CurrencyMismatch("reconcile", amount.currency(), observed.amount().currency()));
    }
    Money known = refunds.get(observed.refundTransId());
    if (known != null && !known.equals(observed.amount())) {
      String id = observed.refundTransId().value();
      return Either.left(new Rejection.Conflict("refund " + id + " of " + known, "refund " + id + " of " + observed.amount()));
    }
    if (!observed.succeeded() || known != null) return Either.right(new Transition(this, List.of()));
    Map<RefundTransId, Money> more = new HashMap<>(refunds);
    more.put(observed.refundTransId(), observed.amount());
    return withRefunds(status, balances, more).map(next -> {
      List<OrderEvent> events = new ArrayList<>(2);
      events.add(new OrderEvent.RefundObserved(orderId, observed.refundTransId(), observed.amount()));
      if (next.status != status || !next.balances.equals(balances)) {
        events.add(new OrderEvent.Reconciled(orderId, status, next.status, balances, next.balances));
      }
      return new Transition(next, events);
    });
  }

  /**
   * This order in {@code status} with {@code balances} and {@code known} refunds: once the capture is settled, the
   * refunds count (refunded at least their sum; PARTIALLY_REFUNDED, or REFUNDED when all that was captured is). The one
   * place refunds meet the balances, so that every path to an order applies them the same way.
   */
  private Either<Rejection, PaymentOrder> withRefunds(OrderStatus status, Balances balances,
      Map<RefundTransId, Money> known) {
    if (known.isEmpty() || !CAPTURE_SETTLED.contains(status)) {
      return Either.right(new PaymentOrder(orderId, transId, amount, captureMethod, status, balances, known));
    }
    Option<Money> total = sum(known, amount.currency());
    if (total.isEmpty() || total.get().isGreaterThan(balances.captured())) {
      return Either.left(new Rejection.Conflict("captured " + balances.captured(),
          "refunds of " + total.map(String::valueOf).getOrElse("more than " + Long.MAX_VALUE)));
    }
    Money refunded = balances.refunded().max(total.get());
    // PayKKa's reported figures described the order before these refunds
    Balances next = refunded.equals(balances.refunded()) ? balances : balances.withRefunded(refunded);
    OrderStatus target = refunded.equals(balances.captured()) ? REFUNDED : PARTIALLY_REFUNDED;
    OrderStatus joined = OrderTransition.MACHINE.reaches(status, target) ? target : status;
    return Either.right(new PaymentOrder(orderId, transId, amount, captureMethod, joined, next, known));
  }

  /** The sum of {@code refunds} in {@code currency}, none if it overflows. */
  private static Option<Money> sum(Map<RefundTransId, Money> refunds, Currency currency) {
    long total = 0;
    for (Money refund : refunds.values()) {
      total += refund.minorUnits();
      if (total < 0) return Option.none();
    }
    return Option.some(Money.of(total, currency));
  }

  /** This order as PayKKa would report it. */
  public OrderObservation observe() {
    return new OrderObservation(orderId, status, balances);
  }

  private Either<Rejection, Money> checkAmount(String command, Money requested, Money available) {
    if (!requested.isSameCurrency(amount)) {
      return Either.left(new Rejection.CurrencyMismatch(command, amount.currency(), requested.currency()));
    }
    if (!requested.isPositive()) return Either.left(new Rejection.NotPositive(command));
    if (requested.isGreaterThan(available)) {
      return Either.left(new Rejection.ExceedsAvailable(command, requested, available));
    }
    return Either.right(requested);
  }

  // Every status change passes the one table; a move it does not list is refused, not performed.
  private Either<Rejection, Transition> move(String command, OrderStatus to, Balances next, OrderEvent... events) {
    if (OrderTransition.MACHINE.between(status, to).isEmpty()) {
      return Either.left(new Rejection.NotAllowedInState(command, status.name()));
    }
    // PayKKa's reported figures described the order before this command
    return withRefunds(to, next.withoutReported(), refunds).map(order -> new Transition(order, List.of(events)));
  }
}

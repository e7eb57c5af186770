package io.github.paykka.testkit.simulation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.CardSummary;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.OrderTransition;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.Transition;
import io.github.paykka.domain.recurring.RecurringAgreement;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.statemachine.StateTransition;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.simulation.Entries.AgreementEntry;
import io.github.paykka.testkit.simulation.Entries.Intent;
import io.github.paykka.testkit.simulation.Entries.Key;
import io.github.paykka.testkit.simulation.Entries.OrderEntry;
import io.github.paykka.testkit.simulation.Entries.Pending;
import io.github.paykka.testkit.simulation.Entries.RefundEntry;
import io.github.paykka.testkit.simulation.Entries.SessionEntry;
import io.github.paykka.testkit.simulation.Entries.TokenEntry;
import io.github.paykka.wire.error.ErrorCode;
import io.github.paykka.wire.error.RetCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory model of PayKKa in domain terms: the one engine behind the in-memory fakes and the HTTP sandbox, so
 * that both behave identically. Thread-safe (one lock around all state) and deterministic (time from the injected
 * {@link Clock}, identifiers from the injected {@link IdGenerator}).
 *
 * <p>Every change goes through the domain's transitions ({@link PaymentOrder}, {@link Refund},
 * {@link StoredCardToken}, {@link RecurringAgreement}, {@link CheckoutSession}); what they refuse, the engine
 * refuses with an {@link SimulatedRefusal} naming the PayKKa code to answer with, and a refused command changes nothing.
 * Every method that takes a {@link MerchantId} sees only that merchant's orders, refunds, tokens, agreements and
 * sessions; another merchant's are "not found".
 *
 * <h2>What a payment does (the testkit's convention; PayKKa publishes no test behaviour)</h2>
 * <ul>
 *   <li>A plain card, or a wallet card decrypted by the merchant: what {@link TestCard#behaviourOf} says. APPROVE
 *       makes the order AUTHORIZED (manual capture) or SUCCESS (automatic capture); DECLINE makes it FAILURE with
 *       error code {@value TestCard#DECLINED_CODE} "Invalid Card"; INSUFFICIENT_FUNDS FAILURE with
 *       {@value TestCard#INSUFFICIENT_FUNDS_CODE} "Insufficient Funds"; CHALLENGE leaves it PROCESSING with an
 *       authentication URL until {@link #completeChallenge} (a failed challenge: FAILURE with
 *       {@value TestCard#AUTHENTICATION_FAILED_CODE}) or {@link #abandonChallenge} (CANCELED); ASYNC_APPROVE leaves
 *       it PROCESSING until {@link #settlePending} approves it.
 *   <li>A stored token, an opaque wallet token, an encrypted card or an alternative method: approved (the engine
 *       cannot decrypt, and has no test values for them).
 *   <li>A second payment with the same {@code trans_id} creates no second order: it answers the existing order as
 *       it is now, whatever the second request said (our assumption: the safest reading of PayKKa's "one order per
 *       {@code trans_id}" for merchants who repeat a request after a timeout).
 *   <li>{@code store_payment_method} (a first RECURRING payment, or a PURCHASE) stores a token, INACTIVE, made
 *       ACTIVATE when the payment is approved; a declined payment leaves it INACTIVE. A first RECURRING payment makes
 *       an ACTIVE recurring agreement for the shopper and token when it is approved (not before, not on a decline).
 *   <li>A payment with a token needs the token to exist for the shopper ({@value RetCode#INVALID_REQUEST}
 *       on {@code payment.token} otherwise) and to be active ({@value RetCode#INVALID_STATE}); a
 *       merchant-initiated payment needs the agreement to exist ({@value RetCode#INVALID_REQUEST} with
 *       error {@value SimulatedRefusal#AGREEMENT_NOT_FOUND_ERROR}) and to permit it
 *       ({@link RecurringAgreement#permitsMerchantInitiated}: active, same shopper, same token, token active;
 *       {@value RetCode#INVALID_STATE} otherwise).
 * </ul>
 *
 * <h2>Refunds</h2>
 * A refund the order can take goes REVIEWING, PROCESSING (with an {@code RG...} number) and SUCCESS at once; one it
 * cannot take (more than the unrefunded captured amount less the refunds still under way, an order not captured) is
 * refused and nothing is recorded. A refund of an order paid with {@link TestCard#REFUND_FAILS} goes REVIEWING,
 * PROCESSING and FAILURE at once (error code {@value #REFUND_FAILED_CODE}). While {@link #holdRefunds} is on, a new
 * refund stays REVIEWING (without its {@code RG...} number, which it gets on PROCESSING) until
 * {@link #acceptRefund}, {@link #succeedRefund} and {@link #failRefund} move it. The order's refunded balance and
 * status move only when a refund succeeds; a refund under way reserves its amount, a failed one releases it (our
 * reading; PayKKa does not publish when the balance moves). A second refund with the same {@code refund_trans_id}
 * answers the first refund as it is now if it is for the same order and amount, and is refused
 * ({@value RetCode#INVALID_REQUEST} on {@code refund_trans_id}) otherwise.
 *
 * <h2>Checkout sessions</h2>
 * One session per {@code trans_id}: creating it again answers the existing session. A {@code trans_id} that already
 * has an order cannot get a session. A session is OPEN until a payment is made through it
 * ({@link #payThroughSession}, what the sandbox's hosted page does: the session becomes COMPLETED whatever the
 * payment's outcome) or until its expiry passes (the request's {@code expire_time}, else {@link
 * Builder#sessionTimeToLive}).
 *
 * <h2>Listeners</h2>
 * {@link #onPaymentChange} hears every status change of an order (see {@link PaymentChange} for which notification
 * each sends); {@link #onRefundChange} hears every refund that ended. Listeners run on the calling thread, after
 * the change is made and outside the engine's lock, in the order the changes happened within that call; a listener
 * that throws is logged and does not affect the call or the other listeners.
 *
 * <p>Why one file of about a thousand lines: it is one state behind one lock, and most operations touch several parts
 * of it at once (an initiate reads sessions, tokens and agreements and writes orders, tokens and agreements; a refund
 * reads and moves its order), atomically. Split by operation, each part would need the lock, the maps and the
 * helpers of the others, and the invariant "one lock, changes then notifications" would be spread over files. What
 * is only data lives apart, in {@link Entries}.
 */
public final class SimulatedPaykka {

  /** The default base of authentication URLs: {@code <base>/<orderId>}. */
  public static final String DEFAULT_AUTHENTICATION_URL_BASE = "https://sandbox.paykka.invalid/3ds";
  /** The default base of checkout session URLs: {@code <base>/<sessionId>}. */
  public static final String DEFAULT_SESSION_URL_BASE = "https://sandbox.paykka.invalid/checkout";
  /** The error code of a failed refund ({@code 1006} "refund not allowed", from PayKKa's public list). */
  public static final String REFUND_FAILED_CODE = ErrorCode.REFUND_NOT_ALLOWED;

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedPaykka.class);

  private final Clock clock;
  private final IdGenerator ids;
  private final Function<OrderId, URI> authenticationUrl;
  private final Function<SessionId, URI> sessionUrl;
  private final Duration sessionTimeToLive;

  private final Object lock = new Object();
  // All guarded by lock. Linked maps so that listings come in creation order, deterministically.
  private final Map<OrderId, OrderEntry> orders = new LinkedHashMap<>();
  private final Map<Key, OrderId> orderByTransId = new HashMap<>();
  private final Map<RefundOrderId, RefundEntry> refunds = new LinkedHashMap<>();
  private final Map<Key, RefundOrderId> refundByTransId = new HashMap<>();
  // indexes, so that no lookup scans every order or refund: a test suite's cost per payment stays flat as it grows
  private final Map<SessionId, OrderId> orderBySession = new HashMap<>();
  private final Map<OrderId, List<RefundEntry>> refundsByOrder = new HashMap<>();
  private final Map<CardToken, TokenEntry> tokens = new LinkedHashMap<>();
  private final Map<RecurringAgreementId, AgreementEntry> agreements = new LinkedHashMap<>();
  private final Map<SessionId, SessionEntry> sessions = new LinkedHashMap<>();
  private final Map<Key, SessionId> sessionByTransId = new HashMap<>();
  private boolean refundsHeld;

  private final List<Consumer<PaymentChange>> paymentListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<RefundChange>> refundListeners = new CopyOnWriteArrayList<>();

  private SimulatedPaykka(Builder builder) {
    this.clock = builder.clock;
    this.ids = builder.ids;
    this.authenticationUrl = builder.authenticationUrl;
    this.sessionUrl = builder.sessionUrl;
    this.sessionTimeToLive = builder.sessionTimeToLive;
  }

  /** A builder: system UTC clock, {@link IdGenerator#sequential()}, the {@code sandbox.paykka.invalid} URLs. */
  public static Builder builder() {
    return new Builder();
  }

  /** The clock the engine reads. */
  public Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------------------------------------------- payments

  /**
   * Initiates a payment of {@code merchant} ({@code POST /payments}); see the class comment for what each instrument
   * does and what is refused.
   *
   * @return the order as PayKKa would answer it (FAILURE included: a decline is a result, not a refusal), or the
   *     refusal
   */
  public Either<SimulatedRefusal, PaymentResult> initiate(MerchantId merchant, PaymentRequest request) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(request, "request == null");
    Intent intent = new Intent(merchant, request.transId(), request.amount(), request.captureMethod(),
        request.notifyUrl(), request.payment().instrument(), request.payment().storePaymentMethod(),
        request.payment().tokenUsage(), request.payment().shopperReference(), request.isFirstRecurring(),
        request.isMerchantInitiated(), request.recurringAgreementId(), Option.none(), request.returnUrl());
    return locked(fired -> {
      Option<SessionId> session = sessionByTransId.containsKey(new Key(merchant, request.transId().value()))
          ? Option.some(sessionByTransId.get(new Key(merchant, request.transId().value()))) : Option.none();
      if (session.isDefined() && !orderByTransId.containsKey(new Key(merchant, request.transId().value()))) {
        return Either.left(SimulatedRefusal.invalidParameter("trans_id", "is already used by checkout session "
            + session.get().value()));
      }
      return createOrder(intent, fired);
    });
  }

  /** Looks up an order of {@code merchant} by {@code trans_id}, {@code order_id} or {@code session_id}. */
  public Either<SimulatedRefusal, PaymentResult> query(MerchantId merchant, PaymentLookup lookup) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(lookup, "lookup == null");
    return locked(fired -> find(merchant, lookup).map(OrderEntry::result));
  }

  /**
   * Captures part or all of an AUTHORIZED order ({@code POST /payments/capture}) through
   * {@link PaymentOrder#capture}, or, without an amount, the rest through {@link PaymentOrder#captureRest}: a capture
   * of a non-AUTHORIZED order or of more than is uncaptured is {@value RetCode#INVALID_STATE}.
   *
   * @return the order after the capture
   */
  public Either<SimulatedRefusal, PaymentResult> capture(MerchantId merchant, CaptureCommand command) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(command, "command == null");
    return locked(fired -> find(merchant, PaymentLookup.byOrderId(command.orderId()))
        .flatMap(entry -> apply(entry, command.amount().isEmpty() ? entry.order.captureRest()
            : entry.order.capture(command.amount().get(), command.isFinal()), fired)));
  }

  /**
   * Voids the uncaptured rest of an AUTHORIZED order ({@code POST /payments/void}) through
   * {@link PaymentOrder#voidRemaining}: CANCELED before any capture, PARTIALLY_REVERSED after a partial one; a void
   * of an order that is not AUTHORIZED (e.g. captured) is {@value RetCode#INVALID_STATE}.
   *
   * @return the order after the void
   */
  public Either<SimulatedRefusal, PaymentResult> voidPayment(MerchantId merchant, VoidCommand command) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(command, "command == null");
    return locked(fired -> find(merchant, PaymentLookup.byOrderId(command.orderId()))
        .flatMap(entry -> apply(entry, entry.order.voidRemaining(command.reason()), fired)));
  }

  /**
   * Completes the pending 3DS challenge of an order: approved when {@code passed}, declined (error code
   * {@value TestCard#AUTHENTICATION_FAILED_CODE}) otherwise. Not scoped to a merchant: the shopper's browser does it.
   *
   * @return the order after the challenge; {@value RetCode#ORDER_NOT_FOUND} for an unknown order,
   *     {@value RetCode#INVALID_STATE} if no challenge is pending
   */
  public Either<SimulatedRefusal, PaymentResult> completeChallenge(OrderId orderId, boolean passed) {
    requireNonNull(orderId, "orderId == null");
    return locked(fired -> pending(orderId, Pending.CHALLENGE, "3DS challenge").flatMap(entry -> passed
        ? approve(entry, fired)
        : decline(entry, TestCard.AUTHENTICATION_FAILED_CODE, "3DS authentication failed", fired)));
  }

  /**
   * The shopper abandons the pending 3DS challenge of an order: CANCELED.
   *
   * @return the order after it; refusals as {@link #completeChallenge}
   */
  public Either<SimulatedRefusal, PaymentResult> abandonChallenge(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    return locked(fired -> pending(orderId, Pending.CHALLENGE, "3DS challenge").flatMap(entry -> {
      entry.authenticationUrl = Option.none();
      entry.pending = Pending.NONE;
      return apply(entry, entry.order.cancel(), fired);
    }));
  }

  /**
   * Delivers the asynchronous result (approved) of an order made with
   * {@link TestCard#PROCESSING_THEN_APPROVED}.
   *
   * @return the order after it; {@value RetCode#ORDER_NOT_FOUND} for an unknown order,
   *     {@value RetCode#INVALID_STATE} if no asynchronous result is pending
   */
  public Either<SimulatedRefusal, PaymentResult> settlePending(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    return locked(fired -> pending(orderId, Pending.ASYNC, "asynchronous result").flatMap(e -> approve(e, fired)));
  }

  // ----------------------------------------------------------------------------------------------------- refunds

  /**
   * Refunds part or all of a captured order of {@code merchant} (see the class comment).
   *
   * @return the refund: SUCCESS, FAILURE for an order paid with {@link TestCard#REFUND_FAILS}, REVIEWING while
   *     refunds are held; {@value RetCode#ORDER_NOT_FOUND} for an unknown order,
   *     {@value RetCode#INVALID_STATE} for more than can be refunded or an order not captured
   */
  public Either<SimulatedRefusal, Refund> refund(MerchantId merchant, RefundCommand command) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(command, "command == null");
    return locked(fired -> {
      RefundOrderId existing = refundByTransId.get(new Key(merchant, command.refundTransId().value()));
      if (existing != null) {
        Refund earlier = refunds.get(existing).refund;
        if (earlier.originalOrderId().contains(command.originalOrderId()) && earlier.amount().equals(command.amount())) {
          return Either.right(earlier);
        }
        return Either.left(SimulatedRefusal.invalidParameter("refund_trans_id", "is already used for another refund"));
      }
      Either<SimulatedRefusal, OrderEntry> found = find(merchant, PaymentLookup.byOrderId(command.originalOrderId()));
      if (found.isLeft()) return Either.left(found.getLeft());
      OrderEntry entry = found.get();
      Money underWay = underWay(entry.order.orderId(), command.amount());
      // the refunds under way reserve their amounts: the order must be able to take them all
      Either<Rejection, Transition> moved = underWay.isZero()
          ? entry.order.refund(command.amount())
          : entry.order.refund(command.amount().plus(underWay)).flatMap(all -> entry.order.refund(command.amount()));
      if (moved.isLeft()) return Either.left(SimulatedRefusal.of(moved.getLeft()));
      RefundOrderId refundOrderId = ids.nextRefundOrderId();
      Refund reviewing = Refund.request(command.refundTransId(), command.originalOrderId(), command.amount(),
          command.reason());
      String notifyUrl = command.notifyUrl().getOrElse(entry.notifyUrl);
      RefundEntry refundEntry = new RefundEntry(merchant, refundOrderId, command.originalOrderId(), reviewing, notifyUrl);
      refunds.put(refundOrderId, refundEntry);
      refundsByOrder.computeIfAbsent(refundEntry.order, o -> new ArrayList<>(1)).add(refundEntry);
      refundByTransId.put(new Key(merchant, command.refundTransId().value()), refundOrderId);
      if (refundsHeld) return Either.right(reviewing);
      Either<SimulatedRefusal, Refund> accepted = moveRefund(refundEntry, Step.ACCEPT, fired);
      if (accepted.isLeft()) return accepted;
      return moveRefund(refundEntry, entry.refundsFail ? Step.FAIL : Step.SUCCEED, fired);
    });
  }

  /** Looks up a refund of {@code merchant}; {@value RetCode#DATA_NOT_FOUND} if there is none. */
  public Either<SimulatedRefusal, Refund> queryRefund(MerchantId merchant, RefundLookup lookup) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(lookup, "lookup == null");
    return locked(fired -> {
      RefundEntry entry;
      if (lookup instanceof RefundLookup.ByRefundOrderId byOrder) {
        entry = refunds.get(byOrder.refundOrderId());
        // a REVIEWING refund has no RG number yet: nobody can know it
        if (entry != null && entry.refund.refundOrderId().isEmpty()) entry = null;
      } else {
        RefundOrderId id =
            refundByTransId.get(new Key(merchant, ((RefundLookup.ByRefundTransId) lookup).refundTransId().value()));
        entry = id == null ? null : refunds.get(id);
      }
      if (entry == null || !entry.merchant.equals(merchant)) {
        return Either.left(SimulatedRefusal.dataNotFound("refund " + lookup.reference()));
      }
      return Either.right(entry.refund);
    });
  }

  /**
   * Holds new refunds in REVIEWING (when {@code held}) until {@link #acceptRefund}, {@link #succeedRefund} and
   * {@link #failRefund} move them, or lets them complete at once (the default). Refunds made before are unchanged.
   */
  public void holdRefunds(boolean held) {
    locked(fired -> {
      refundsHeld = held;
      return null;
    });
  }

  /** Whether new refunds are held in REVIEWING (see {@link #holdRefunds}). */
  public boolean refundsHeld() {
    return locked(fired -> refundsHeld);
  }

  /**
   * The review of a held refund passed: REVIEWING to PROCESSING, with its {@code RG...} number. Not scoped by the
   * merchant's keys: the sandbox's tester does it.
   *
   * @return the refund after it; {@value RetCode#DATA_NOT_FOUND} for an unknown refund,
   *     {@value RetCode#INVALID_STATE} if it is not REVIEWING
   */
  public Either<SimulatedRefusal, Refund> acceptRefund(MerchantId merchant, RefundTransId refundTransId) {
    return moveRefund(merchant, refundTransId, Step.ACCEPT);
  }

  /**
   * A refund under way succeeded: PROCESSING to SUCCESS; the order's refunded balance and status move, and
   * {@code REFUND.SUCCESS} is sent.
   *
   * @return the refund after it; refusals as {@link #acceptRefund} ({@value RetCode#INVALID_STATE} if it is
   *     not PROCESSING)
   */
  public Either<SimulatedRefusal, Refund> succeedRefund(MerchantId merchant, RefundTransId refundTransId) {
    return moveRefund(merchant, refundTransId, Step.SUCCEED);
  }

  /**
   * A refund under way failed: PROCESSING to FAILURE (error code {@value #REFUND_FAILED_CODE}); the order is
   * unchanged, its reserved amount is released, and {@code REFUND.FAILURE} is sent.
   *
   * @return the refund after it; refusals as {@link #succeedRefund}
   */
  public Either<SimulatedRefusal, Refund> failRefund(MerchantId merchant, RefundTransId refundTransId) {
    return moveRefund(merchant, refundTransId, Step.FAIL);
  }

  private enum Step { ACCEPT, SUCCEED, FAIL }

  private Either<SimulatedRefusal, Refund> moveRefund(MerchantId merchant, RefundTransId refundTransId, Step step) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(refundTransId, "refundTransId == null");
    return locked(fired -> {
      RefundOrderId id = refundByTransId.get(new Key(merchant, refundTransId.value()));
      RefundEntry entry = id == null ? null : refunds.get(id);
      if (entry == null) return Either.left(SimulatedRefusal.dataNotFound("refund " + refundTransId.value()));
      return moveRefund(entry, step, fired);
    });
  }

  // One step of a refund's table; SUCCEED moves the order, a final step fires a RefundChange.
  private Either<SimulatedRefusal, Refund> moveRefund(RefundEntry entry, Step step, List<Object> fired) {
    Either<Rejection, Refund> moved = switch (step) {
      case ACCEPT -> entry.refund.accept(entry.assigned);
      case SUCCEED -> entry.refund.succeed();
      case FAIL -> entry.refund.fail();
    };
    if (moved.isLeft()) return Either.left(SimulatedRefusal.of(moved.getLeft()));
    if (step == Step.SUCCEED) {
      OrderEntry order = orders.get(entry.order);
      // the amount was reserved when the refund was made, so the order can take it
      Either<SimulatedRefusal, PaymentResult> applied = apply(order, order.order.refund(entry.refund.amount()), fired);
      if (applied.isLeft()) return Either.left(applied.getLeft());
    }
    entry.refund = moved.get();
    if (entry.refund.isFinal()) {
      fired.add(new RefundChange(entry.merchant, entry.refund, entry.notifyUrl, clock.instant()));
    }
    return Either.right(entry.refund);
  }

  // The refunds of an order still under way (REVIEWING or PROCESSING), in the currency of like.
  private Money underWay(OrderId orderId, Money like) {
    Money sum = Money.zero(like.currency());
    for (RefundEntry r : refundsByOrder.getOrDefault(orderId, List.of())) {
      if (!r.refund.isFinal()) sum = sum.plus(r.refund.amount());
    }
    return sum;
  }

  // ------------------------------------------------------------------------------------- tokens and agreements

  /** Every token of {@code shopper} at {@code merchant}, in every status, oldest first (empty if none). */
  public List<StoredCardToken> listTokens(MerchantId merchant, ShopperReference shopper) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(shopper, "shopper == null");
    return locked(fired -> tokens.values().stream()
        .filter(t -> t.merchant.equals(merchant) && t.token.shopperReference().equals(shopper))
        .map(t -> t.token)
        .toList());
  }

  /**
   * Removes a token of {@code shopper} (DELETE): no payment can use it afterwards.
   *
   * @return the token, DELETE; {@value RetCode#DATA_NOT_FOUND} if the shopper has no such token,
   *     {@value RetCode#INVALID_STATE} if it was removed already
   */
  public Either<SimulatedRefusal, StoredCardToken> removeToken(
      MerchantId merchant, CardToken token, ShopperReference shopper) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(token, "token == null");
    requireNonNull(shopper, "shopper == null");
    return locked(fired -> {
      TokenEntry entry = tokens.get(token);
      if (entry == null || !entry.merchant.equals(merchant) || !entry.token.shopperReference().equals(shopper)) {
        return Either.left(SimulatedRefusal.dataNotFound("token " + token.value()));
      }
      return entry.token.remove().mapLeft(SimulatedRefusal::of).peek(removed -> entry.token = removed);
    });
  }

  /**
   * Cancels a recurring agreement of {@code shopper}: no merchant-initiated payment can use it afterwards.
   *
   * @return the agreement, CANCELLED; {@value RetCode#INVALID_REQUEST} with error
   *     {@value SimulatedRefusal#AGREEMENT_NOT_FOUND_ERROR} if the shopper has no such agreement,
   *     {@value RetCode#INVALID_STATE} if it was cancelled already
   */
  public Either<SimulatedRefusal, RecurringAgreement> cancelAgreement(
      MerchantId merchant, RecurringAgreementId agreement, ShopperReference shopper) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(agreement, "agreement == null");
    requireNonNull(shopper, "shopper == null");
    return locked(fired -> {
      AgreementEntry entry = agreements.get(agreement);
      if (entry == null || !entry.merchant.equals(merchant)
          || !entry.agreement.shopperReference().equals(shopper)) {
        return Either.left(SimulatedRefusal.agreementNotFound(agreement.value()));
      }
      return entry.agreement.cancel().mapLeft(SimulatedRefusal::of).peek(cancelled -> entry.agreement = cancelled);
    });
  }

  // ----------------------------------------------------------------------------------------- checkout sessions

  /**
   * Creates a checkout session of {@code merchant}, or answers the existing one for the same {@code trans_id}.
   *
   * @return the session, OPEN (or as it is now, if it existed); {@value RetCode#INVALID_REQUEST} on
   *     {@code trans_id} if the {@code trans_id} already has an order made without a session
   */
  public Either<SimulatedRefusal, CheckoutSession> createSession(MerchantId merchant, CheckoutSessionRequest request) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(request, "request == null");
    return locked(fired -> {
      Key key = new Key(merchant, request.transId().value());
      SessionId existing = sessionByTransId.get(key);
      if (existing != null) return Either.right(current(sessions.get(existing)));
      if (orderByTransId.containsKey(key)) {
        return Either.left(SimulatedRefusal.invalidParameter("trans_id", "is already used by a payment"));
      }
      SessionId id = ids.nextSessionId();
      Instant expiresAt = request.expireTime().map(OffsetDateTime::toInstant)
          .getOrElse(() -> clock.instant().plus(sessionTimeToLive));
      CheckoutSession session = new CheckoutSession(id, request.transId(), request.amount(), request.sessionMode(),
          Option.some(sessionUrl.apply(id).toString()), Option.some(expiresAt), SessionStatus.OPEN);
      sessions.put(id, new SessionEntry(merchant, session, request));
      sessionByTransId.put(key, id);
      return Either.right(session);
    });
  }

  /**
   * Looks up a checkout session of {@code merchant}, as of now (an open session past its expiry is EXPIRED).
   *
   * @return the session; {@value RetCode#SESSION_NOT_FOUND} if there is none
   */
  public Either<SimulatedRefusal, CheckoutSession> querySession(MerchantId merchant, SessionLookup lookup) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(lookup, "lookup == null");
    return locked(fired -> findSession(merchant, lookup).map(this::current));
  }

  /**
   * The shopper pays through a checkout session, as on the sandbox's hosted page: a payment of the session's
   * {@code trans_id}, amount, capture method, {@code notify_url} and storage settings with {@code instrument}, which
   * behaves like {@link #initiate}; the session becomes COMPLETED whatever the payment's outcome.
   *
   * @return the order; {@value RetCode#SESSION_NOT_FOUND} for an unknown session,
   *     {@value RetCode#INVALID_STATE} for a session that is COMPLETED or EXPIRED
   */
  public Either<SimulatedRefusal, PaymentResult> payThroughSession(SessionId sessionId, PaymentInstrument instrument) {
    requireNonNull(sessionId, "sessionId == null");
    requireNonNull(instrument, "instrument == null");
    return locked(fired -> {
      SessionEntry entry = sessions.get(sessionId);
      if (entry == null) return Either.left(SimulatedRefusal.sessionNotFound(sessionId.value()));
      CheckoutSession session = current(entry);
      Either<Rejection, CheckoutSession> completed = session.complete();
      if (completed.isLeft()) {
        return Either.left(SimulatedRefusal.invalidState("session " + sessionId.value() + " is " + session.status()));
      }
      CheckoutSessionRequest request = entry.request;
      Intent intent = new Intent(entry.merchant, request.transId(), request.amount(), request.captureMethod(),
          request.notifyUrl(), instrument, request.storePaymentMethod(), request.tokenUsage(),
          request.shopperReference(), request.paymentType() == PaymentType.RECURRING, false, Option.none(),
          Option.some(sessionId), Option.some(request.returnUrl()));
      Either<SimulatedRefusal, PaymentResult> paid = createOrder(intent, fired);
      if (paid.isRight()) entry.session = completed.get();
      return paid;
    });
  }

  /**
   * Expires an open checkout session now, as if its expiry had passed: the shopper can no longer pay through it. Not
   * scoped to a merchant: the sandbox's tester does it.
   *
   * @return the session, EXPIRED; {@value RetCode#SESSION_NOT_FOUND} for an unknown session,
   *     {@value RetCode#INVALID_STATE} for a session that is COMPLETED or EXPIRED already
   */
  public Either<SimulatedRefusal, CheckoutSession> expireSession(SessionId sessionId) {
    requireNonNull(sessionId, "sessionId == null");
    return locked(fired -> {
      SessionEntry entry = sessions.get(sessionId);
      if (entry == null) return Either.left(SimulatedRefusal.sessionNotFound(sessionId.value()));
      Either<Rejection, CheckoutSession> expired = current(entry).expire();
      if (expired.isLeft()) {
        return Either.left(SimulatedRefusal.invalidState("session " + sessionId.value() + " is " + entry.session.status()));
      }
      entry.session = expired.get();
      return Either.right(entry.session);
    });
  }

  // -------------------------------------------------------------------------------------------------- Apple Pay

  /**
   * A canned Apple Pay merchant session: FAKE, not signed by Apple, usable only to test that the JSON is passed to
   * the browser unchanged. Its fields are those of Apple's merchant session object ({@code epochTimestamp},
   * {@code expiresAt} one hour later, {@code merchantSessionIdentifier}, {@code nonce}, {@code merchantIdentifier}
   * = the merchant id, {@code domainName}, {@code displayName}, {@code signature}, ...). It takes one identifier
   * from the {@link IdGenerator} (as {@link IdGenerator#nextSessionId()}).
   */
  public ApplePayMerchantSession applePaySession(MerchantId merchant, ApplePaySessionRequest request) {
    requireNonNull(merchant, "merchant == null");
    requireNonNull(request, "request == null");
    long now = clock.millis();
    // One identifier from the generator, so that the session is deterministic and unique.
    String serial = ids.nextSessionId().value();
    ObjectNode session = JsonNodeFactory.instance.objectNode()
        .put("epochTimestamp", now)
        .put("expiresAt", now + 3_600_000L)
        .put("merchantSessionIdentifier", "SSH" + serial)
        .put("nonce", String.format("%08x", serial.hashCode()))
        .put("merchantIdentifier", merchant.value())
        .put("domainName", request.domainName())
        .put("displayName", request.displayName().getOrElse(merchant.value()))
        .put("signature", "FAKE-paykka-testkit-not-signed-by-apple")
        .put("operationalAnalyticsIdentifier", "paykka-testkit")
        .put("retries", 0)
        .put("pspId", "paykka-testkit");
    // Jackson writes the JSON (and escapes the merchant's display name), never a hand-made quoting
    String json = session.toString();
    return new ApplePayMerchantSession(json);
  }

  // ------------------------------------------------------------------------------------------------- listeners

  /**
   * Calls {@code listener} on every status change of an order (see the class comment).
   *
   * @return an action that removes the listener
   */
  public Runnable onPaymentChange(Consumer<PaymentChange> listener) {
    requireNonNull(listener, "listener == null");
    paymentListeners.add(listener);
    return () -> paymentListeners.remove(listener);
  }

  /**
   * Calls {@code listener} on every refund that ended (SUCCESS or FAILURE).
   *
   * @return an action that removes the listener
   */
  public Runnable onRefundChange(Consumer<RefundChange> listener) {
    requireNonNull(listener, "listener == null");
    refundListeners.add(listener);
    return () -> refundListeners.remove(listener);
  }

  // ------------------------------------------------------------------------------------------------ inspection

  /** Every order, oldest first. */
  public List<PaymentResult> orders() {
    return locked(fired -> orders.values().stream().map(OrderEntry::result).toList());
  }

  /** The order {@code orderId}, of any merchant, if it exists. */
  public Option<PaymentResult> order(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    return locked(fired -> Option.of(orders.get(orderId)).map(OrderEntry::result));
  }

  /** How many orders carry {@code transId}, over all merchants (at most one per merchant). */
  public int orderCount(TransId transId) {
    requireNonNull(transId, "transId == null");
    return locked(fired -> (int) orders.values().stream()
        .filter(e -> e.order.transId().equals(transId)).count());
  }

  /** The {@code notify_url} of order {@code orderId}, if the order exists. */
  public Option<String> notifyUrlOf(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    return locked(fired -> Option.of(orders.get(orderId)).map(e -> e.notifyUrl));
  }

  /** The merchant of order {@code orderId}, if the order exists. */
  public Option<MerchantId> merchantOf(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    return locked(fired -> Option.of(orders.get(orderId)).map(e -> e.merchant));
  }

  /** Every refund, oldest first. */
  public List<Refund> refunds() {
    return locked(fired -> refunds.values().stream().map(e -> e.refund).toList());
  }

  /** Every stored token, oldest first. */
  public List<StoredCardToken> tokens() {
    return locked(fired -> tokens.values().stream().map(e -> e.token).toList());
  }

  /** Every recurring agreement, oldest first. */
  public List<RecurringAgreement> agreements() {
    return locked(fired -> agreements.values().stream().map(e -> e.agreement).toList());
  }

  /** Every checkout session as of now, oldest first. */
  public List<CheckoutSession> sessions() {
    return locked(fired -> sessions.values().stream().map(this::current).toList());
  }

  /** The checkout session {@code sessionId}, of any merchant, as of now, if it exists. */
  public Option<CheckoutSession> session(SessionId sessionId) {
    requireNonNull(sessionId, "sessionId == null");
    return locked(fired -> Option.of(sessions.get(sessionId)).map(this::current));
  }

  /** The request checkout session {@code sessionId} was made from (goods, return URL, display name), if it exists. */
  public Option<CheckoutSessionRequest> checkoutRequestOf(SessionId sessionId) {
    requireNonNull(sessionId, "sessionId == null");
    return locked(fired -> Option.of(sessions.get(sessionId)).map(e -> e.request));
  }

  /** The merchant of checkout session {@code sessionId}, if it exists. */
  public Option<MerchantId> merchantOfSession(SessionId sessionId) {
    requireNonNull(sessionId, "sessionId == null");
    return locked(fired -> Option.of(sessions.get(sessionId)).map(e -> e.merchant));
  }

  /** The order paid through checkout session {@code sessionId}, if one was. */
  public Option<OrderId> orderOfSession(SessionId sessionId) {
    requireNonNull(sessionId, "sessionId == null");
    return locked(fired -> Option.of(orderBySession.get(sessionId)));
  }

  /** The {@code return_url} of order {@code orderId} (its request's, or its checkout session's), if any. */
  public Option<String> returnUrlOf(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    return locked(fired -> Option.of(orders.get(orderId)).flatMap(e -> e.returnUrl));
  }

  /**
   * The path of order {@code orderId} through its state machine, oldest step first: {@link OrderStep#CREATED}
   * (PROCESSING), then one step per transition, partial captures and refunds that keep the status included.
   *
   * @return the steps; empty for an unknown order
   */
  public List<OrderStep> history(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    return locked(fired -> Option.of(orders.get(orderId)).map(e -> List.copyOf(e.history)).getOrElse(List.of()));
  }

  @Override
  public String toString() {
    return locked(fired -> "SimulatedPaykka[orders=" + orders.size() + ", refunds=" + refunds.size() + ", tokens="
        + tokens.size() + ", agreements=" + agreements.size() + ", sessions=" + sessions.size() + "]");
  }

  // ------------------------------------------------------------------------------------------------ internals

  // Runs body under the lock, then tells the listeners what it changed, outside the lock.
  private <T> T locked(Function<List<Object>, T> body) {
    List<Object> fired = new ArrayList<>();
    T result;
    synchronized (lock) {
      result = body.apply(fired);
    }
    for (Object change : fired) {
      if (change instanceof PaymentChange payment) {
        paymentListeners.forEach(l -> notify(l, payment));
      } else if (change instanceof RefundChange refund) {
        refundListeners.forEach(l -> notify(l, refund));
      }
    }
    return result;
  }

  private static <C> void notify(Consumer<C> listener, C change) {
    try {
      listener.accept(change);
    } catch (RuntimeException e) {
      LOG.warn("a listener of the simulated PayKKa failed on {}", change.getClass().getSimpleName(), e);
    }
  }

  private Either<SimulatedRefusal, PaymentResult> createOrder(Intent intent, List<Object> fired) {
    Key key = new Key(intent.merchant(), intent.transId().value());
    OrderId existing = orderByTransId.get(key);
    if (existing != null) return Either.right(orders.get(existing).result());

    TestCard.Behaviour behaviour = TestCard.Behaviour.APPROVE;
    Option<CardSummary> card = Option.none();
    Option<CardToken> usedToken = Option.none();
    Option<RecurringAgreementId> usedAgreement = Option.none();
    Option<TestCard> testCard = Option.none();
    PaymentInstrument instrument = intent.instrument();
    if (instrument instanceof PaymentInstrument.SavedCard saved) {
      if (intent.shopper().isEmpty()) {
        return Either.left(SimulatedRefusal.invalidParameter("payment.shopper_reference", "is required to pay with a token"));
      }
      TokenEntry token = tokens.get(saved.token());
      if (token == null || !token.merchant.equals(intent.merchant())
          || !token.token.shopperReference().equals(intent.shopper().get())) {
        return Either.left(SimulatedRefusal.invalidParameter("payment.token", "does not exist for this shopper"));
      }
      if (intent.mit()) {
        RecurringAgreementId agreementId = intent.agreement().getOrElseThrow(
            () -> new IllegalStateException("a merchant-initiated payment without agreement passed validation"));
        AgreementEntry agreement = agreements.get(agreementId);
        if (agreement == null || !agreement.merchant.equals(intent.merchant())) {
          return Either.left(SimulatedRefusal.agreementNotFound(agreementId.value()));
        }
        Either<Rejection, RecurringAgreement> permitted =
            agreement.agreement.permitsMerchantInitiated(intent.shopper().get(), token.token);
        if (permitted.isLeft()) return Either.left(SimulatedRefusal.of(permitted.getLeft()));
        usedAgreement = Option.some(agreementId);
      } else if (!token.token.isUsable()) {
        return Either.left(SimulatedRefusal.invalidState("payment.token is " + token.token.statusText()));
      }
      usedToken = Option.some(saved.token());
      card = token.card;
    } else if (instrument instanceof PaymentInstrument.PlainCard plain) {
      behaviour = TestCard.behaviourOf(plain.number());
      card = Option.some(Entries.summary(plain.number()));
      testCard = TestCard.find(plain.number().digits());
    } else if (instrument instanceof PaymentInstrument.WalletCard wallet) {
      behaviour = TestCard.behaviourOf(wallet.number());
      card = Option.some(Entries.summary(wallet.number()));
      testCard = TestCard.find(wallet.number().digits());
    }

    OrderId orderId = ids.nextOrderId();
    OrderEntry entry = new OrderEntry(intent.merchant(),
        PaymentOrder.open(orderId, intent.transId(), intent.amount(), intent.captureMethod()), intent.notifyUrl(),
        instrument.paymentMethod(), card, intent.shopper(), intent.session(), intent.returnUrl());
    entry.token = usedToken;
    entry.refundsFail = testCard.contains(TestCard.REFUND_FAILS);
    entry.history.add(new OrderStep(OrderStatus.PROCESSING, OrderStep.CREATED, clock.instant()));
    entry.agreement = usedAgreement;
    if (intent.store() && usedToken.isEmpty() && intent.shopper().isDefined()) {
      StoredCardToken stored = StoredCardToken.stored(ids.nextToken(), intent.shopper().get(),
          instrument.paymentMethod(), intent.tokenUsage().getOrElse(
              intent.firstRecurring() ? TokenUsage.SUBSCRIPTION : TokenUsage.CARD_ON_FILE));
      tokens.put(stored.token(), new TokenEntry(intent.merchant(), stored, card));
      entry.token = Option.some(stored.token());
      entry.storedToken = true;
      entry.makesAgreement = intent.firstRecurring();
    }
    orders.put(orderId, entry);
    orderByTransId.put(key, orderId);
    for (SessionId session : intent.session()) orderBySession.put(session, orderId);

    return switch (behaviour) {
      case APPROVE -> approve(entry, fired);
      case DECLINE -> decline(entry, TestCard.DECLINED_CODE, "Invalid Card", fired);
      case INSUFFICIENT_FUNDS -> decline(entry, TestCard.INSUFFICIENT_FUNDS_CODE, "Insufficient Funds", fired);
      case CHALLENGE -> {
        entry.pending = Pending.CHALLENGE;
        entry.authenticationUrl = Option.some(authenticationUrl.apply(orderId));
        yield Either.right(entry.result());
      }
      case ASYNC_APPROVE -> {
        entry.pending = Pending.ASYNC;
        yield Either.right(entry.result());
      }
    };
  }

  private Either<SimulatedRefusal, PaymentResult> approve(OrderEntry entry, List<Object> fired) {
    Either<Rejection, Transition> approved = entry.order.approve();
    if (approved.isLeft()) return Either.left(SimulatedRefusal.of(approved.getLeft()));
    entry.pending = Pending.NONE;
    entry.authenticationUrl = Option.none();
    entry.payFinishTime = Option.some(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    if (entry.storedToken) {
      TokenEntry token = tokens.get(entry.token.get());
      token.token.activate().peek(active -> token.token = active);
      if (entry.makesAgreement && entry.shopper.isDefined()) {
        RecurringAgreement agreement =
            RecurringAgreement.activate(ids.nextAgreementId(), entry.shopper.get(), token.token.token());
        agreements.put(agreement.id(), new AgreementEntry(entry.merchant, agreement));
        entry.agreement = Option.some(agreement.id());
      }
    }
    return apply(entry, approved, fired);
  }

  private Either<SimulatedRefusal, PaymentResult> decline(
      OrderEntry entry, String errorCode, String description, List<Object> fired) {
    Either<Rejection, Transition> declined = entry.order.decline();
    if (declined.isLeft()) return Either.left(SimulatedRefusal.of(declined.getLeft()));
    entry.pending = Pending.NONE;
    entry.authenticationUrl = Option.none();
    entry.errorCode = Option.some(errorCode);
    entry.errorDescription = Option.some(description);
    entry.payFinishTime = Option.some(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    return apply(entry, declined, fired);
  }

  // Applies a transition of the domain to the entry and records the status change for the listeners.
  private Either<SimulatedRefusal, PaymentResult> apply(
      OrderEntry entry, Either<Rejection, Transition> transition, List<Object> fired) {
    if (transition.isLeft()) return Either.left(SimulatedRefusal.of(transition.getLeft()));
    OrderStatus before = entry.order.status();
    entry.order = transition.get().order();
    OrderStatus after = entry.order.status();
    entry.history.add(new OrderStep(after, OrderTransition.MACHINE.between(before, after)
        .map(StateTransition::name).getOrElse(before + "->" + after), clock.instant()));
    PaymentResult result = entry.result();
    if (before != entry.order.status()) {
      fired.add(new PaymentChange(entry.merchant, before, result, entry.notifyUrl, clock.instant()));
    }
    return Either.right(result);
  }

  private Either<SimulatedRefusal, OrderEntry> pending(OrderId orderId, Pending kind, String what) {
    OrderEntry entry = orders.get(orderId);
    if (entry == null) return Either.left(SimulatedRefusal.orderNotFound(orderId.value()));
    if (entry.pending != kind) {
      return Either.left(SimulatedRefusal.invalidState("order " + orderId.value() + " has no pending " + what));
    }
    return Either.right(entry);
  }

  private Either<SimulatedRefusal, OrderEntry> find(MerchantId merchant, PaymentLookup lookup) {
    OrderEntry entry = null;
    if (lookup instanceof PaymentLookup.ByOrderId byOrder) {
      entry = orders.get(byOrder.orderId());
    } else if (lookup instanceof PaymentLookup.ByTransId byTrans) {
      OrderId id = orderByTransId.get(new Key(merchant, byTrans.transId().value()));
      entry = id == null ? null : orders.get(id);
    } else if (lookup instanceof PaymentLookup.BySessionId bySession) {
      OrderId id = orderBySession.get(bySession.sessionId());
      entry = id == null ? null : orders.get(id);
    }
    if (entry == null || !entry.merchant.equals(merchant)) {
      return Either.left(SimulatedRefusal.orderNotFound(lookup.reference()));
    }
    return Either.right(entry);
  }

  private Either<SimulatedRefusal, SessionEntry> findSession(MerchantId merchant, SessionLookup lookup) {
    SessionId id = lookup instanceof SessionLookup.BySessionId bySession
        ? bySession.sessionId()
        : sessionByTransId.get(new Key(merchant, ((SessionLookup.ByTransId) lookup).transId().value()));
    SessionEntry entry = id == null ? null : sessions.get(id);
    if (entry == null || !entry.merchant.equals(merchant)) {
      return Either.left(SimulatedRefusal.sessionNotFound(lookup.reference()));
    }
    return Either.right(entry);
  }

  // The session as of the clock; an expiry that passed is kept, so that it does not depend on later reads.
  private CheckoutSession current(SessionEntry entry) {
    entry.session = entry.session.asOf(clock.instant());
    return entry.session;
  }

  /** Builds a {@link SimulatedPaykka}; every setting has a default. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = IdGenerator.sequential();
    private Function<OrderId, URI> authenticationUrl = urls(DEFAULT_AUTHENTICATION_URL_BASE, OrderId::value);
    private Function<SessionId, URI> sessionUrl = urls(DEFAULT_SESSION_URL_BASE, SessionId::value);
    private Duration sessionTimeToLive = Duration.ofHours(1);

    private Builder() {}

    /** The clock for every time the engine records (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** The identifiers (default: {@link IdGenerator#sequential()}). */
    public Builder idGenerator(IdGenerator idGenerator) {
      this.ids = requireNonNull(idGenerator, "idGenerator == null");
      return this;
    }

    /**
     * Authentication URLs are {@code <base>/<orderId>} (default {@value #DEFAULT_AUTHENTICATION_URL_BASE}; the
     * sandbox passes e.g. {@code http://127.0.0.1:PORT/sandbox/3ds}).
     *
     * @throws IllegalArgumentException if {@code base} is not an absolute URI
     */
    public Builder authenticationUrlBase(String base) {
      this.authenticationUrl = urls(checkedBase(base, "authenticationUrlBase"), OrderId::value);
      return this;
    }

    /** Authentication URLs made by {@code urls}, for any other layout. */
    public Builder authenticationUrl(Function<OrderId, URI> urls) {
      this.authenticationUrl = requireNonNull(urls, "urls == null");
      return this;
    }

    /**
     * Checkout session URLs are {@code <base>/<sessionId>} (default {@value #DEFAULT_SESSION_URL_BASE}).
     *
     * @throws IllegalArgumentException if {@code base} is not an absolute URI
     */
    public Builder sessionUrlBase(String base) {
      this.sessionUrl = urls(checkedBase(base, "sessionUrlBase"), SessionId::value);
      return this;
    }

    /** Checkout session URLs made by {@code urls}, for any other layout. */
    public Builder sessionUrl(Function<SessionId, URI> urls) {
      this.sessionUrl = requireNonNull(urls, "urls == null");
      return this;
    }

    /**
     * How long a checkout session without {@code expire_time} stays open (default one hour; PayKKa's default is not
     * public).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder sessionTimeToLive(Duration timeToLive) {
      requireNonNull(timeToLive, "timeToLive == null");
      if (timeToLive.isNegative() || timeToLive.isZero()) {
        throw new IllegalArgumentException("sessionTimeToLive must be positive, was " + timeToLive);
      }
      this.sessionTimeToLive = timeToLive;
      return this;
    }

    public SimulatedPaykka build() {
      return new SimulatedPaykka(this);
    }

    private static String checkedBase(String base, String setting) {
      requireNonNull(base, setting + " == null");
      URI uri;
      try {
        uri = URI.create(base);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(setting + " is not a URI: " + base, e);
      }
      if (!uri.isAbsolute()) throw new IllegalArgumentException(setting + " must be absolute, was " + base);
      return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static <I> Function<I, URI> urls(String base, Function<I, String> value) {
      return id -> URI.create(base + "/" + value.apply(id));
    }
  }
}

package io.github.paykka.ports.journal;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.journal.JournalOutcome.Source;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.ports.refund.RefundLookup;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Resolves journal entries left without an outcome (the process died between sending and reading the answer, or the
 * answer was ambiguous) by asking PayKKa what became of each, never by sending it again; records what it learned and
 * reports what it could not learn.
 *
 * <p>How each operation is decided, from a query made now:
 * <ul>
 *   <li>initiate and checkout create: query by {@code trans_id}; an order (or session) exists: happened, with its id
 *       and status (a declined order's FAILURE included, and a status this version does not know, as PayKKa sent it);
 *       PayKKa has none: never happened;
 *   <li>refund: query by {@code refund_trans_id}; likewise;
 *   <li>capture: query the order; its captured balance grew by the capture's amount since the balances recorded with
 *       the intent: happened; it did not grow: never happened; it grew by another amount: unresolved;
 *   <li>void: query the order; its voided balance grew by what was uncaptured and its captured balance did not move:
 *       happened; the voided balance did not move: never happened; anything else: unresolved.
 * </ul>
 * A result that does not match the intent (another amount, another original order) is unresolved: the reference may
 * have been used for another call. A query that fails is unresolved. Unresolved entries stay open and are tried
 * again by the next run.
 *
 * <p>Assumptions about PayKKa: a request it received takes effect within {@link Builder#minimumAge minimumAge} or
 * never, so that a query made that long after the intent sees the call's final effect; for captures and voids, an
 * accepted one shows in the order's balances by then, and the application has at most one capture or void of an
 * order in flight at a time (the balances cannot tell two apart). "Not found" is a
 * {@link GatewayFailure.Rejected} that says so ({@link GatewayFailure.Rejected#notFound()}, read by the adapter from
 * PayKKa's error catalog), see {@link #isNotFound}; replace it with {@link Builder#notFound}.
 *
 * <p>Run it at start-up, then on a schedule of your choosing (e.g. every few minutes); it starts no thread. Only
 * entries older than the minimum age (default 5 minutes; make it longer than the longest call, retries included)
 * are looked at, so that a call still in flight is not judged. Running it on several instances at once is safe: the
 * first outcome recorded stands, the others only cost queries. Thread-safe.
 */
public final class JournalReconciler {
  /** The default minimum age of an entry before it is looked at. */
  public static final Duration DEFAULT_MINIMUM_AGE = Duration.ofMinutes(5);
  /** How many entries are read from the journal at a time by default. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final PaymentJournal journal;
  private final PaymentGateway payments;
  private final @Nullable RefundGateway refunds;
  private final @Nullable CheckoutSessionGateway sessions;
  private final Clock clock;
  private final Duration minimumAge;
  private final int pageSize;
  private final Predicate<GatewayFailure> notFound;

  private JournalReconciler(Builder b) {
    this.journal = requireNonNull(b.journal);
    this.payments = requireNonNull(b.payments);
    this.refunds = b.refunds;
    this.sessions = b.sessions;
    this.clock = b.clock;
    this.minimumAge = b.minimumAge;
    this.pageSize = b.pageSize;
    this.notFound = b.notFound;
  }

  /** A builder; the journal and the payment gateway are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether {@code failure} says PayKKa has no such order, refund or session: a {@link GatewayFailure.Rejected} whose
   * {@link GatewayFailure.Rejected#notFound() notFound()} is true (for PayKKa's catalog, {@code ret_code}
   * {@code 206024} order, {@code 010002} data, {@code 206011} session).
   */
  public static boolean isNotFound(GatewayFailure failure) {
    requireNonNull(failure, "failure == null");
    return failure instanceof GatewayFailure.Rejected r && r.notFound();
  }

  /**
   * Looks at every unresolved entry recorded more than the minimum age ago, in id order, and resolves what it can.
   *
   * @return what was resolved and what was not; never {@code null}
   * @throws RuntimeException if the journal cannot be read (what was recorded before stays recorded)
   */
  public ReconciliationReport run() {
    Instant at = clock.instant();
    Instant cutoff = at.minus(minimumAge);
    List<ReconciliationReport.Resolved> resolved = new ArrayList<>();
    List<ReconciliationReport.Unresolved> unresolved = new ArrayList<>();
    Option<EntryId> after = Option.none();
    while (true) {
      List<JournalEntry> page = journal.unresolved(cutoff, after, pageSize);
      for (JournalEntry entry : page) settle(entry, resolved, unresolved);
      if (page.size() < pageSize) break;
      after = Option.some(page.get(page.size() - 1).id());
    }
    return new ReconciliationReport(at, cutoff, resolved, unresolved);
  }

  private void settle(JournalEntry entry, List<ReconciliationReport.Resolved> resolved,
      List<ReconciliationReport.Unresolved> unresolved) {
    Either<ReconciliationReport.Unresolved, JournalOutcome> decision;
    try {
      decision = decide(entry);
    } catch (RuntimeException e) {
      // a gateway answers with values; this is a last resort, so that one entry cannot end the run
      decision = Either.left(unresolved(entry, "query threw " + e.getClass().getName()));
    }
    if (decision.isLeft()) {
      unresolved.add(decision.getLeft());
      return;
    }
    JournalOutcome learned = decision.get();
    JournalOutcome standing;
    try {
      standing = journal.recordOutcome(entry.id(), learned);
    } catch (RuntimeException e) {
      unresolved.add(unresolved(entry, "learned " + describe(learned) + " but the journal failed to record it ("
          + e.getClass().getName() + ")"));
      return;
    }
    if (standing.getClass() != learned.getClass()) {
      // someone recorded the opposite first: recorded already, so only this report can tell a person
      unresolved.add(unresolved(entry, "contradiction: the journal says " + describe(standing) + ", PayKKa now says "
          + describe(learned)));
      return;
    }
    resolved.add(new ReconciliationReport.Resolved(entry, standing));
  }

  private Either<ReconciliationReport.Unresolved, JournalOutcome> decide(JournalEntry entry) {
    JournalIntent intent = entry.intent();
    if (intent instanceof JournalIntent.Initiate i) {
      return found(entry, () -> payments.query(PaymentLookup.byTransId(i.transId())), "order for trans_id",
          (PaymentResult r) -> mismatch(i.amount(), r.order().amount(), "order " + r.order().orderId().value()),
          r -> happened(r.order().orderId().value(), r.order().status().name()));
    }
    if (intent instanceof JournalIntent.CreateCheckout c) {
      if (sessions == null) return Either.left(unresolved(entry, "no CheckoutSessionGateway given to the reconciler"));
      CheckoutSessionGateway gateway = sessions;
      return found(entry, () -> gateway.query(SessionLookup.byTransId(c.transId())), "checkout session for trans_id",
          (CheckoutSession s) -> mismatch(c.amount(), s.amount(), "session " + s.sessionId().value()),
          s -> happened(s.sessionId().value(), s.status().name()));
    }
    if (intent instanceof JournalIntent.RefundPayment f) {
      if (refunds == null) return Either.left(unresolved(entry, "no RefundGateway given to the reconciler"));
      RefundGateway gateway = refunds;
      return found(entry, () -> gateway.query(RefundLookup.byRefundTransId(f.refundTransId())),
          "refund for refund_trans_id",
          // an answer may omit the original order (PayKKa's published refund schema does): only a different one
          // contradicts the intent
          (Refund r) -> r.originalOrderId().exists(o -> !o.equals(f.originalOrderId()))
              ? Option.some("PayKKa's refund is of order " + r.originalOrderId().get().value() + ", the intent of "
                  + f.originalOrderId().value())
              : mismatch(f.amount(), r.amount(), "refund"),
          r -> happened(r.refundOrderId().map(id -> id.value()).getOrNull(), r.status().name()));
    }
    if (intent instanceof JournalIntent.Capture c) {
      return order(entry, (order, after) -> {
        long moved = after.captured().minorUnits() - c.before().captured().minorUnits();
        if (moved == 0) {
          return Either.right(never("order " + c.orderId().value() + " shows the captured balance "
              + after.captured() + " it had before the capture"));
        }
        if (moved == c.amount().minorUnits()) return Either.right(happened(c.orderId().value(), order.status().name()));
        return Either.left(unresolved(entry, "the captured balance of order " + c.orderId().value() + " moved by "
            + moved + " minor units, this capture was of " + c.amount() + ": another capture happened too"));
      }, c.before());
    }
    JournalIntent.VoidPayment v = (JournalIntent.VoidPayment) intent;
    return order(entry, (order, after) -> {
      long voided = after.voided().minorUnits() - v.before().voided().minorUnits();
      long captured = after.captured().minorUnits() - v.before().captured().minorUnits();
      if (voided == 0) {
        return Either.right(never("order " + v.orderId().value() + " shows the voided balance " + after.voided()
            + " it had before the void"));
      }
      if (captured == 0 && voided == v.before().uncaptured().minorUnits()) {
        return Either.right(happened(v.orderId().value(), order.status().name()));
      }
      return Either.left(unresolved(entry, "the balances of order " + v.orderId().value() + " moved (voided by "
          + voided + ", captured by " + captured + " minor units) in a way this void alone does not explain"));
    }, v.before());
  }

  /** Decides an intent whose result PayKKa keeps under the intent's reference: found, not found, or unknown. */
  private <T> Either<ReconciliationReport.Unresolved, JournalOutcome> found(JournalEntry entry,
      Supplier<Either<GatewayFailure, T>> query, String what, Function<T, Option<String>> mismatch,
      Function<T, JournalOutcome> happened) {
    Either<GatewayFailure, T> answer = requireNonNull(query.get(), "the gateway answered null");
    String reference = entry.intent().reference();
    if (answer.isLeft()) {
      GatewayFailure f = answer.getLeft();
      if (notFound.test(f)) return Either.right(never("PayKKa has no " + what + " " + reference + ": " + f.message()));
      // it exists, in a status this version cannot read: it happened (what it says cannot be checked against the intent)
      if (f instanceof GatewayFailure.UnknownStatus u) return Either.right(happened(u));
      return Either.left(new ReconciliationReport.Unresolved(entry, "query failed: " + f.message(), Option.some(f)));
    }
    Option<String> differs = mismatch.apply(answer.get());
    if (differs.isDefined()) {
      return Either.left(unresolved(entry, differs.get() + ": " + reference + " may have been used for another call"));
    }
    return Either.right(happened.apply(answer.get()));
  }

  /** Decides a capture or void from the order's balances now. */
  private Either<ReconciliationReport.Unresolved, JournalOutcome> order(JournalEntry entry,
      BiFunction<PaymentOrder, Balances, Either<ReconciliationReport.Unresolved, JournalOutcome>>
          judge, Balances before) {
    String orderId = entry.intent().reference();
    Either<GatewayFailure, PaymentResult> answer = requireNonNull(
        payments.query(PaymentLookup.byOrderId(OrderId.of(orderId))),
        "the gateway answered null");
    if (answer.isLeft()) {
      GatewayFailure f = answer.getLeft();
      if (notFound.test(f)) return Either.right(never("PayKKa has no order " + orderId + ": " + f.message()));
      return Either.left(new ReconciliationReport.Unresolved(entry, "query failed: " + f.message(), Option.some(f)));
    }
    PaymentOrder order = answer.get().order();
    if (!answer.get().balancesReported()) {
      // the balances then are what the status implies (AUTHORIZED: nothing captured, CANCELED: nothing voided), no
      // proof either way; a void alone is told by the status
      if (entry.intent() instanceof JournalIntent.VoidPayment) {
        OrderStatus status = order.status();
        if (status == OrderStatus.CANCELED || status == OrderStatus.PARTIALLY_REVERSED) {
          return Either.right(happened(orderId, status.name()));
        }
        if (status == OrderStatus.AUTHORIZED) {
          return Either.right(never("order " + orderId + " is still AUTHORIZED, which a void would have ended"));
        }
      }
      return Either.left(unresolved(entry, "PayKKa's answer about order " + orderId + " carried no balances to judge "
          + "the " + entry.intent().operation().label() + " by"));
    }
    if (!order.amount().currency().equals(before.currency())) {
      return Either.left(unresolved(entry, "order " + orderId + " is in " + order.amount().currency()
          + ", the balances recorded with the intent in " + before.currency()));
    }
    return judge.apply(order, order.balances());
  }

  private static Option<String> mismatch(Money intended, Money found, String what) {
    if (intended.equals(found)) return Option.none();
    return Option.some("PayKKa's " + what + " is of " + found + ", the intent was of " + intended);
  }

  private JournalOutcome happened(@Nullable String paykkaReference, String status) {
    return JournalOutcome.happened(clock.instant(), Source.QUERY, Option.of(paykkaReference), Option.some(status));
  }

  /** An order, refund or session PayKKa reported in a status this version does not know; both fields as they fit. */
  private JournalOutcome happened(GatewayFailure.UnknownStatus u) {
    String status = u.status().length() > JournalOutcome.MAX_FIELD_LENGTH
        ? u.status().substring(0, JournalOutcome.MAX_FIELD_LENGTH) : u.status();
    return JournalOutcome.happened(clock.instant(), Source.QUERY,
        u.orderId().filter(id -> id.length() <= JournalOutcome.MAX_FIELD_LENGTH), Option.some(status));
  }

  private JournalOutcome never(String reason) {
    return JournalOutcome.neverHappened(clock.instant(), Source.QUERY, reason);
  }

  private static ReconciliationReport.Unresolved unresolved(JournalEntry entry, String reason) {
    return new ReconciliationReport.Unresolved(entry, reason, Option.none());
  }

  private static String describe(JournalOutcome outcome) {
    if (outcome instanceof JournalOutcome.Happened h) {
      return "happened" + h.paykkaReference().map(r -> " (" + r + h.status().map(s -> " " + s).getOrElse("") + ")")
          .getOrElse("");
    }
    return "never happened (" + ((JournalOutcome.NeverHappened) outcome).reason() + ")";
  }

  @Override
  public String toString() {
    return "JournalReconciler[minimumAge=" + minimumAge + ", pageSize=" + pageSize + "]";
  }

  /** Builds a {@link JournalReconciler}; checked at {@link #build()}. */
  public static final class Builder {
    private @Nullable PaymentJournal journal;
    private @Nullable PaymentGateway payments;
    private @Nullable RefundGateway refunds;
    private @Nullable CheckoutSessionGateway sessions;
    private Clock clock = Clock.systemUTC();
    private Duration minimumAge = DEFAULT_MINIMUM_AGE;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private Predicate<GatewayFailure> notFound = JournalReconciler::isNotFound;

    private Builder() {}

    /** The journal to resolve (required). */
    public Builder journal(PaymentJournal journal) {
      this.journal = requireNonNull(journal, "journal == null");
      return this;
    }

    /** Queries orders: initiates, captures and voids (required). */
    public Builder payments(PaymentGateway payments) {
      this.payments = requireNonNull(payments, "payments == null");
      return this;
    }

    /** Queries refunds; without it, refund entries are reported unresolved. */
    public Builder refunds(RefundGateway refunds) {
      this.refunds = requireNonNull(refunds, "refunds == null");
      return this;
    }

    /** Queries checkout sessions; without it, checkout entries are reported unresolved. */
    public Builder checkoutSessions(CheckoutSessionGateway sessions) {
      this.sessions = requireNonNull(sessions, "sessions == null");
      return this;
    }

    /** The clock that dates the run and the outcomes (default: the UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How old an entry must be before it is looked at (default {@link #DEFAULT_MINIMUM_AGE}, 5 minutes): longer than
     * the longest call, retries included, so that no call still in flight is judged.
     *
     * @throws IllegalArgumentException if negative, or longer than a century (36,500 days: a longer one would overflow
     *     the clock's arithmetic when the reconciler runs)
     */
    public Builder minimumAge(Duration minimumAge) {
      requireNonNull(minimumAge, "minimumAge == null");
      if (minimumAge.isNegative() || minimumAge.compareTo(Duration.ofDays(36_500)) > 0) {
        throw new IllegalArgumentException("minimumAge must be in [0, 36500 days], was " + minimumAge);
      }
      this.minimumAge = minimumAge;
      return this;
    }

    /**
     * How many entries are read from the journal at a time (default {@value JournalReconciler#DEFAULT_PAGE_SIZE}).
     *
     * @throws IllegalArgumentException if {@code pageSize < 1}
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      this.pageSize = pageSize;
      return this;
    }

    /** Which query failures mean "PayKKa has no such thing" (default {@link JournalReconciler#isNotFound}). */
    public Builder notFound(Predicate<GatewayFailure> notFound) {
      this.notFound = requireNonNull(notFound, "notFound == null");
      return this;
    }

    /**
     * Builds the reconciler.
     *
     * @throws IllegalStateException if the journal or the payment gateway is missing
     */
    public JournalReconciler build() {
      if (journal == null) throw new IllegalStateException("journal is required");
      if (payments == null) throw new IllegalStateException("payments is required");
      return new JournalReconciler(this);
    }
  }
}

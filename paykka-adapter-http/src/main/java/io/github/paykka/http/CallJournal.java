package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.PaymentJournal;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's side of the payment journal's protocol ({@link PaymentJournal}): the intent of a money-moving call is
 * recorded before its first request, and its outcome once definite. Without a journal it does nothing.
 *
 * <p>What is definite: a result, a decline and a status this version does not know (it happened:
 * {@link JournalOutcome#ofAnswer}); {@code NotSent} and {@code Invalid} (it did not); and a refusal whose
 * {@code ret_code} the error catalog says processed nothing ({@link GatewayFailure.Rejected#nothingProcessed()}: it
 * did not), unless a request of the call was sent again after a query found no trace of an earlier one (that one
 * may still be in flight, and take effect after the refusal). Anything else ({@code OutcomeUnknown},
 * {@code Unauthentic}, a refusal whose code leaves the outcome open) leaves the entry unresolved, for the
 * {@link io.github.paykka.ports.journal.JournalReconciler} to settle by a query once nothing can be in flight. The
 * journal runs on the adapter's threads: the intent on the caller's, the outcome on the one that finished
 * the call.
 */
final class CallJournal {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.paykka.http.PaykkaHttpAdapter");

  private final @Nullable PaymentJournal journal;
  private final Clock clock;

  /**
   * @param journal where to record; null: nothing is recorded
   * @param clock the time of intents and outcomes
   */
  CallJournal(@Nullable PaymentJournal journal, Clock clock) {
    this.journal = journal;
    this.clock = requireNonNull(clock, "clock == null");
  }

  /**
   * Records the intent made at the clock's now; null without a journal.
   *
   * @throws RuntimeException if the journal failed: the call must not be sent
   */
  @Nullable EntryId open(Function<Instant, JournalIntent> intent) {
    if (journal == null) return null;
    return journal.recordIntent(intent.apply(clock.instant()));
  }

  /**
   * Records the definite outcome that {@code answer} shows, if it shows one; never throws (a failure to record leaves
   * the entry open, which the reconciler settles).
   *
   * @param byQuery the answer came from a query the adapter made after an ambiguous failure
   * @param resentAfterQuery a request was sent again after a query found no trace of an earlier one: "never happened"
   *     is not recorded, as the earlier one may still take effect
   */
  void close(EntryId entry, Either<GatewayFailure, ?> answer, boolean byQuery, boolean resentAfterQuery) {
    if (journal == null) return;
    try {
      Option<JournalOutcome> outcome = outcomeOf(answer, byQuery ? JournalOutcome.Source.QUERY
          : JournalOutcome.Source.ANSWER, clock.instant());
      if (resentAfterQuery && outcome.exists(o -> o instanceof JournalOutcome.NeverHappened)) {
        LOG.info("payment journal: entry {} stays open for the reconciler: the call was sent again after a query found"
            + " nothing, and its first request may still take effect", entry);
        return;
      }
      if (outcome.isDefined()) journal.recordOutcome(entry, outcome.get());
    } catch (RuntimeException e) {
      LOG.warn("payment journal: the outcome of entry {} was not recorded, it stays open for the reconciler: {}",
          entry, e.toString());
    }
  }

  /** The definite outcome {@code answer} shows, learned from {@code source}, if it shows one. */
  Option<JournalOutcome> outcomeOf(Either<GatewayFailure, ?> answer, JournalOutcome.Source source, Instant at) {
    if (answer.isLeft() && answer.getLeft() instanceof GatewayFailure.Rejected r) {
      if (r.nothingProcessed()) {
        return Option.some(JournalOutcome.neverHappened(at, source, "refused, nothing processed: " + r.message()));
      }
      return Option.none();
    }
    return JournalOutcome.ofAnswer(answer, at).map(o -> o instanceof JournalOutcome.Happened h
        ? JournalOutcome.happened(at, source, h.paykkaReference(), h.status())
        : JournalOutcome.neverHappened(at, source, ((JournalOutcome.NeverHappened) o).reason()));
  }
}

package io.github.paykka.ports.journal;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.GatewayFailure;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * What one run of the {@link JournalReconciler} did: every entry it looked at is either resolved or unresolved, none
 * is left out.
 *
 * @param at when the run started
 * @param cutoff the run looked at entries recorded before this
 * @param resolved entries whose outcome is now recorded, with the outcome that stands
 * @param unresolved entries it could not resolve, and why; they stay open for the next run (except a contradiction,
 *     which is recorded already and needs a person)
 */
public record ReconciliationReport(Instant at, Instant cutoff, List<Resolved> resolved, List<Unresolved> unresolved) {

  /** Copies the lists. */
  public ReconciliationReport {
    requireNonNull(at, "at == null");
    requireNonNull(cutoff, "cutoff == null");
    resolved = List.copyOf(resolved);
    unresolved = List.copyOf(unresolved);
  }

  /** Whether every entry looked at was resolved. */
  public boolean isComplete() {
    return unresolved.isEmpty();
  }

  /**
   * An entry resolved by this run.
   *
   * @param entry the entry as it was found, still without outcome
   * @param outcome the outcome recorded for it
   */
  public record Resolved(JournalEntry entry, JournalOutcome outcome) {
    /** Checks the arguments. */
    public Resolved {
      requireNonNull(entry, "entry == null");
      requireNonNull(outcome, "outcome == null");
    }
  }

  /**
   * An entry this run could not resolve.
   *
   * @param entry the entry
   * @param reason why, for people and logs
   * @param failure the query's failure, when a query failed
   */
  public record Unresolved(JournalEntry entry, String reason, Option<GatewayFailure> failure) {
    /** Checks the arguments. */
    public Unresolved {
      requireNonNull(entry, "entry == null");
      requireNonNull(reason, "reason == null");
      requireNonNull(failure, "failure == null");
    }
  }

  @Override
  public String toString() {
    return "ReconciliationReport[at=" + at + ", cutoff=" + cutoff + ", resolved=" + resolved.size() + ", unresolved="
        + unresolved.size() + "]";
  }
}

package io.github.paykka.ports.journal;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * One money-moving call as the journal knows it: the intent, and its outcome once definite.
 *
 * @param id the entry's identity
 * @param intent what was about to be sent
 * @param outcome what became of it; empty while unresolved
 */
public record JournalEntry(EntryId id, JournalIntent intent, Option<JournalOutcome> outcome) {

  /** Checks the arguments. */
  public JournalEntry {
    requireNonNull(id, "id == null");
    requireNonNull(intent, "intent == null");
    requireNonNull(outcome, "outcome == null");
  }

  /** Whether the outcome is known. */
  public boolean isResolved() {
    return outcome.isDefined();
  }
}

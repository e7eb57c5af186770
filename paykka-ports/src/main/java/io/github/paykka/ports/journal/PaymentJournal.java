package io.github.paykka.ports.journal;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Remembers every money-moving call across crashes: its intent, recorded before the call is sent, and its outcome,
 * recorded once definite. An entry without an outcome is a call that may or may not have happened; a
 * {@link JournalReconciler} resolves it by asking PayKKa, never by sending it again.
 *
 * <p>The protocol for a caller (e.g. the HTTP adapter): {@link #recordIntent} and only then send; if it throws, do
 * not send (answer "not sent"). After a definite answer, {@link #recordOutcome}; after an ambiguous one, leave the
 * entry open (or record what a follow-up query established). A failure to record the outcome loses nothing: the
 * entry stays open and the reconciler resolves it.
 *
 * <p>A durable implementation shared by several instances of an application makes {@link #recordIntent} durable
 * before it returns. Implementations must be thread-safe; their methods throw an unchecked exception when their
 * store fails.
 */
public interface PaymentJournal {

  /**
   * Records that a call is about to be sent.
   *
   * @return the new entry's id, larger than every id recorded before by this journal
   * @throws RuntimeException if the store failed: the caller must not send the call
   */
  EntryId recordIntent(JournalIntent intent);

  /**
   * Records the definite outcome of entry {@code id}, unless it has one already: the first outcome stands.
   *
   * @return the outcome that stands now: {@code outcome}, or the one recorded before (compare them to notice a
   *     contradiction)
   * @throws java.util.NoSuchElementException if there is no entry {@code id}
   */
  JournalOutcome recordOutcome(EntryId id, JournalOutcome outcome);

  /** The entry {@code id}, if there is one. */
  Option<JournalEntry> find(EntryId id);

  /**
   * Entries without an outcome whose intent was recorded before {@code recordedBefore}, with an id above
   * {@code after} (none: from the first), in id order, at most {@code limit}. Page through them by passing the last
   * id seen as {@code after}.
   *
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  List<JournalEntry> unresolved(Instant recordedBefore, Option<EntryId> after, int limit);

  /** Every entry whose intent has {@code reference} ({@code trans_id}, {@code order_id}, ...), in id order. */
  List<JournalEntry> entriesFor(String reference);
}

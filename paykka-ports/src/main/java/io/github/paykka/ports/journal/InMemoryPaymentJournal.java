package io.github.paykka.ports.journal;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * A journal in memory, for tests and for one instance that accepts forgetting on restart (which is what the journal
 * exists to avoid: use a durable one, e.g. {@code paykka-adapter-jdbc}'s, in production). Thread-safe. Entries stay
 * until {@link #purgeResolvedBefore}; unresolved entries are never purged.
 */
public final class InMemoryPaymentJournal implements PaymentJournal {
  private final Object lock = new Object();
  private final TreeMap<Long, JournalEntry> entries = new TreeMap<>();
  private long lastId;

  private InMemoryPaymentJournal() {}

  /** An empty journal. */
  public static InMemoryPaymentJournal create() {
    return new InMemoryPaymentJournal();
  }

  @Override
  public EntryId recordIntent(JournalIntent intent) {
    requireNonNull(intent, "intent == null");
    synchronized (lock) {
      EntryId id = EntryId.of(++lastId);
      entries.put(id.value(), new JournalEntry(id, intent, Option.none()));
      return id;
    }
  }

  @Override
  public JournalOutcome recordOutcome(EntryId id, JournalOutcome outcome) {
    requireNonNull(id, "id == null");
    requireNonNull(outcome, "outcome == null");
    synchronized (lock) {
      JournalEntry entry = entries.get(id.value());
      if (entry == null) throw new NoSuchElementException("no journal entry " + id);
      if (entry.outcome().isDefined()) return entry.outcome().get();
      entries.put(id.value(), new JournalEntry(id, entry.intent(), Option.some(outcome)));
      return outcome;
    }
  }

  @Override
  public Option<JournalEntry> find(EntryId id) {
    requireNonNull(id, "id == null");
    synchronized (lock) {
      return Option.of(entries.get(id.value()));
    }
  }

  @Override
  public List<JournalEntry> unresolved(Instant recordedBefore, Option<EntryId> after, int limit) {
    requireNonNull(recordedBefore, "recordedBefore == null");
    requireNonNull(after, "after == null");
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    List<JournalEntry> out = new ArrayList<>();
    synchronized (lock) {
      for (JournalEntry e : entries.tailMap(after.map(EntryId::value).getOrElse(0L), false).values()) {
        if (!e.isResolved() && e.intent().recordedAt().isBefore(recordedBefore)) {
          out.add(e);
          if (out.size() == limit) break;
        }
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<JournalEntry> entriesFor(String reference) {
    requireNonNull(reference, "reference == null");
    synchronized (lock) {
      return entries.values().stream().filter(e -> e.intent().reference().equals(reference)).toList();
    }
  }

  /**
   * Forgets resolved entries whose intent was recorded before {@code cutoff}; unresolved ones stay whatever their age.
   *
   * @return how many entries were forgotten
   */
  public int purgeResolvedBefore(Instant cutoff) {
    requireNonNull(cutoff, "cutoff == null");
    int purged = 0;
    synchronized (lock) {
      Iterator<JournalEntry> it = entries.values().iterator();
      while (it.hasNext()) {
        JournalEntry e = it.next();
        if (e.isResolved() && e.intent().recordedAt().isBefore(cutoff)) {
          it.remove();
          purged++;
        }
      }
    }
    return purged;
  }

  /** How many entries it holds. */
  public int size() {
    synchronized (lock) {
      return entries.size();
    }
  }

  @Override
  public String toString() {
    return "InMemoryPaymentJournal[" + size() + " entries]";
  }
}

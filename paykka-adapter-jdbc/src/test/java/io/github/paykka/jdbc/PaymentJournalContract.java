package io.github.paykka.jdbc;

import static io.github.paykka.jdbc.Intents.initiate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalOutcome.Source;
import io.github.paykka.ports.journal.PaymentJournal;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link PaymentJournal} does; run against the in-memory and the PostgreSQL journal. */
abstract class PaymentJournalContract {
  static final Instant T0 = Instant.parse("2025-06-01T12:00:00.123456Z");

  abstract PaymentJournal journal();

  @Test
  void everyKindOfIntentIsKeptAsRecordedWithoutOutcome() {
    PaymentJournal journal = journal();
    List<JournalIntent> intents = Intents.oneOfEach(T0);
    List<EntryId> ids = new ArrayList<>();
    for (JournalIntent intent : intents) ids.add(journal.recordIntent(intent));
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    for (int i = 0; i < intents.size(); i++) {
      assertThat(journal.find(ids.get(i))).contains(new JournalEntry(ids.get(i), intents.get(i), Option.none()));
    }
    assertThat(journal.find(EntryId.of(ids.get(ids.size() - 1).value() + 1))).isEmpty();
  }

  @Test
  void theFirstOutcomeStands() {
    PaymentJournal journal = journal();
    EntryId id = journal.recordIntent(initiate("T1", 500, T0));
    JournalOutcome happened =
        JournalOutcome.happened(T0.plusSeconds(1), Source.ANSWER, Option.some("GW1"), Option.some("SUCCESS"));
    JournalOutcome never = JournalOutcome.neverHappened(T0.plusSeconds(2), Source.QUERY, "no order");

    assertThat(journal.recordOutcome(id, happened)).isEqualTo(happened);
    assertThat(journal.recordOutcome(id, never)).as("the earlier outcome is answered").isEqualTo(happened);
    assertThat(journal.find(id).get().outcome()).contains(happened);

    EntryId other = journal.recordIntent(initiate("T2", 500, T0));
    assertThat(journal.recordOutcome(other, never)).isEqualTo(never);
    assertThat(journal.find(other).get().outcome()).contains(never);
    JournalOutcome bare = JournalOutcome.happened(T0, Source.QUERY, Option.none(), Option.none());
    EntryId third = journal.recordIntent(initiate("T3", 500, T0));
    journal.recordOutcome(third, bare);
    assertThat(journal.find(third).get().outcome()).contains(bare);
  }

  @Test
  void anOutcomeForNoEntryIsRefused() {
    PaymentJournal journal = journal();
    EntryId id = journal.recordIntent(initiate("T1", 500, T0));
    EntryId missing = EntryId.of(id.value() + 1000);
    assertThatThrownBy(() -> journal.recordOutcome(missing,
        JournalOutcome.neverHappened(T0, Source.QUERY, "x"))).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void unresolvedListsOpenEntriesOlderThanTheCutoffInIdOrderByPage() {
    PaymentJournal journal = journal();
    List<EntryId> open = new ArrayList<>();
    for (int i = 0; i < 7; i++) open.add(journal.recordIntent(initiate("T" + i, 100, T0.plusSeconds(i))));
    journal.recordOutcome(open.remove(3), JournalOutcome.neverHappened(T0, Source.ANSWER, "declined before sending"));
    EntryId young = journal.recordIntent(initiate("T9", 100, T0.plus(Duration.ofHours(1))));

    Instant cutoff = T0.plus(Duration.ofMinutes(30));
    List<JournalEntry> first = journal.unresolved(cutoff, Option.none(), 4);
    assertThat(first).extracting(JournalEntry::id).containsExactlyElementsOf(open.subList(0, 4));
    List<JournalEntry> second = journal.unresolved(cutoff, Option.some(first.get(3).id()), 4);
    assertThat(second).extracting(JournalEntry::id).containsExactlyElementsOf(open.subList(4, 6));
    assertThat(second).allSatisfy(e -> assertThat(e.isResolved()).isFalse());
    assertThat(journal.unresolved(T0.plusSeconds(2), Option.none(), 100)).extracting(JournalEntry::id)
        .as("strictly before the cutoff").containsExactly(open.get(0), open.get(1));
    assertThat(journal.unresolved(T0.plus(Duration.ofHours(2)), Option.none(), 100)).extracting(JournalEntry::id)
        .contains(young);
    assertThatThrownBy(() -> journal.unresolved(cutoff, Option.none(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
  }

  @Test
  void entriesForAReferenceAreEveryCallAboutIt() {
    PaymentJournal journal = journal();
    EntryId a = journal.recordIntent(initiate("T1", 100, T0));
    journal.recordIntent(initiate("T2", 100, T0));
    EntryId b = journal.recordIntent(initiate("T1", 100, T0.plusSeconds(5)));
    assertThat(journal.entriesFor("T1")).extracting(JournalEntry::id).containsExactly(a, b);
    assertThat(journal.entriesFor("T3")).isEmpty();
  }

  @Test
  void racingOutcomesLeaveExactlyOneAndEveryCallerSeesIt() throws Exception {
    PaymentJournal journal = journal();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        EntryId id = journal.recordIntent(initiate("T" + round, 100, T0));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JournalOutcome>> answers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          JournalOutcome mine = t % 2 == 0
              ? JournalOutcome.happened(T0, Source.ANSWER, Option.some("GW" + t), Option.some("SUCCESS"))
              : JournalOutcome.neverHappened(T0, Source.QUERY, "reconciler " + t);
          answers.add(pool.submit((Callable<JournalOutcome>) () -> {
            start.await();
            return journal.recordOutcome(id, mine);
          }));
        }
        start.countDown();
        List<JournalOutcome> seen = new ArrayList<>();
        for (Future<JournalOutcome> f : answers) seen.add(f.get());
        JournalOutcome stands = journal.find(id).get().outcome().get();
        assertThat(seen).containsOnly(stands);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

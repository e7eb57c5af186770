package io.github.paykka.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.InMemoryPaymentJournal;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.PaymentJournal;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The ports' in-memory journal keeps the journal contract (it cannot be tested in paykka-ports: no cycle). */
class InMemoryPaymentJournalContractTest extends PaymentJournalContract {

  @Override
  protected PaymentJournal journal() {
    return InMemoryPaymentJournal.create();
  }

  @Test
  void purgeForgetsOnlyOldResolvedEntries() {
    InMemoryPaymentJournal journal = InMemoryPaymentJournal.create();
    EntryId oldResolved = journal.recordIntent(initiate("T1", 100, T0));
    EntryId oldOpen = journal.recordIntent(initiate("T2", 100, T0));
    EntryId youngResolved = journal.recordIntent(initiate("T3", 100, T0.plus(Duration.ofDays(10))));
    JournalOutcome done = JournalOutcome.happened(T0, JournalOutcome.Source.ANSWER, Option.none(), Option.none());
    journal.recordOutcome(oldResolved, done);
    journal.recordOutcome(youngResolved, done);
    assertThat(journal.purgeResolvedBefore(T0.plus(Duration.ofDays(5)))).isEqualTo(1);
    assertThat(journal.find(oldResolved)).isEmpty();
    assertThat(journal.find(oldOpen).map(JournalEntry::isResolved)).contains(false);
    assertThat(journal.size()).isEqualTo(2);
  }
}

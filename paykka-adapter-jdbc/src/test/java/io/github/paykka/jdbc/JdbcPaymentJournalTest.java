package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalOutcome.Source;
import io.github.paykka.ports.journal.PaymentJournal;
import io.github.paykka.testkit.contract.PaymentJournalContract;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL journal keeps the testkit's journal contract, and what only a shared, durable store can. */
class JdbcPaymentJournalTest extends PaymentJournalContract {
  final TestPostgres db = TestPostgres.freshSchema();

  @AfterEach
  void close() {
    db.close();
  }

  @Override
  protected PaymentJournal journal() {
    return JdbcPaymentJournal.create(db.pool(4));
  }

  @Test
  void anIntentSurvivesTheInstanceThatRecordedIt() {
    HikariDataSource poolOfA = db.pool(1);
    EntryId id = JdbcPaymentJournal.create(poolOfA).recordIntent(initiate("T1", 100, T0));
    poolOfA.close(); // instance A is gone
    PaymentJournal b = JdbcPaymentJournal.create(db.pool(1));
    assertThat(b.find(id).map(JournalEntry::intent)).contains(initiate("T1", 100, T0));
    assertThat(b.unresolved(T0.plusSeconds(1), Option.none(), 10)).extracting(JournalEntry::id).containsExactly(id);
  }

  @Test
  void aLongReasonIsCutAndStored() {
    PaymentJournal journal = journal();
    EntryId id = journal.recordIntent(initiate("T1", 100, T0));
    JournalOutcome never = JournalOutcome.neverHappened(T0, Source.QUERY, "x".repeat(2000));
    journal.recordOutcome(id, never);
    assertThat(((JournalOutcome.NeverHappened) journal.find(id).get().outcome().get()).reason()).hasSize(500);
  }

  @Test
  void purgeDeletesOnlyOldResolvedEntries() {
    JdbcPaymentJournal journal = JdbcPaymentJournal.create(db.pool(1));
    EntryId oldResolved = journal.recordIntent(initiate("T1", 100, T0));
    EntryId oldOpen = journal.recordIntent(initiate("T2", 100, T0));
    EntryId youngResolved = journal.recordIntent(initiate("T3", 100, T0.plus(Duration.ofDays(10))));
    JournalOutcome done = JournalOutcome.happened(T0, Source.ANSWER, Option.none(), Option.none());
    journal.recordOutcome(oldResolved, done);
    journal.recordOutcome(youngResolved, done);
    assertThat(journal.purgeResolvedBefore(T0.plus(Duration.ofDays(5)))).isEqualTo(1);
    assertThat(journal.find(oldResolved)).isEmpty();
    assertThat(journal.find(oldOpen).isDefined()).isTrue();
    assertThat(journal.find(youngResolved).isDefined()).isTrue();
  }

  @Test
  void aFailingDatabaseIsAJdbcStoreExceptionAndNothingIsRecorded() {
    HikariDataSource pool = db.pool(1);
    PaymentJournal journal = JdbcPaymentJournal.create(pool);
    pool.close();
    JournalIntent intent = initiate("T1", 100, T0);
    assertThatThrownBy(() -> journal.recordIntent(intent)).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("paykka_journal recordIntent failed");
    assertThat(JdbcPaymentJournal.create(db.pool(1)).entriesFor("T1")).isEmpty();
  }

  @Test
  void aPoolWithoutAutoCommitStillCommitsEachOperation() {
    PaymentJournal journal = JdbcPaymentJournal.create(db.pool(1, false));
    EntryId id = journal.recordIntent(initiate("T1", 100, T0));
    journal.recordOutcome(id, JournalOutcome.neverHappened(T0, Source.ANSWER, "refused"));
    assertThat(JdbcPaymentJournal.create(db.pool(1)).find(id).get().isResolved()).isTrue();
  }

  @Test
  void aRowThisVersionCannotReadIsAStoreErrorNotAWrongEntry() throws SQLException {
    PaymentJournal journal = journal();
    EntryId id = journal.recordIntent(initiate("T1", 100, T0));
    try (Connection c = db.pool(1).getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE paykka_journal SET currency = 'ZZZ' WHERE entry_id = " + id.value());
    }
    assertThatThrownBy(() -> journal.find(id)).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("paykka_journal find failed");
  }
}

package io.github.paykka.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalOutcome.Source;
import io.github.paykka.ports.journal.PaymentJournal;
import io.github.paykka.ports.journal.RequestDigest;
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

/**
 * The contract of a {@link PaymentJournal}: every kind of intent kept as recorded, ids growing, the first outcome
 * standing (also when several threads record at once), open entries listed by age and page, entries found by
 * reference. Extend it and provide the journal under test; the in-memory journal and the PostgreSQL one of
 * {@code paykka-adapter-jdbc} pass it.
 *
 * <p>{@link #journal()} is called once per test and must answer a journal over an empty store (e.g. a fresh database
 * schema): the tests count what the journal lists. Times are microseconds (what PostgreSQL keeps), in 2025.
 */
public abstract class PaymentJournalContract {
  /** The time the tests' intents are recorded at, or after. */
  protected static final Instant T0 = Instant.parse("2025-06-01T12:00:00.123456Z");

  /** A journal over an empty store; called once per test. */
  protected abstract PaymentJournal journal();

  /** The intent of initiating {@code amount} US cents under {@code transId} at {@code at}. */
  protected static JournalIntent.Initiate initiate(String transId, long amount, Instant at) {
    return new JournalIntent.Initiate(TransId.of(transId), usd(amount), RequestDigest.ofText("initiate " + transId),
        at);
  }

  /** One intent of each kind (initiate, capture, void, refund, checkout), recorded at {@code at}. */
  protected static List<JournalIntent> oneOfEach(Instant at) {
    Balances authorised = new Balances(usd(1000), usd(300), usd(0), usd(0));
    return List.of(
        initiate("T0000000001", 1000, at),
        new JournalIntent.Capture(OrderId.of("GW0000000001"), usd(200), false, authorised,
            RequestDigest.ofText("capture"), at),
        new JournalIntent.VoidPayment(OrderId.of("GW0000000002"), authorised, RequestDigest.ofText("void"), at),
        new JournalIntent.RefundPayment(RefundTransId.of("R0000000001"), OrderId.of("GW0000000003"), usd(150),
            RequestDigest.ofText("refund"), at),
        new JournalIntent.CreateCheckout(TransId.of("T0000000002"), Money.of(5000, Currency.JPY),
            RequestDigest.ofText("checkout"), at));
  }

  private static Money usd(long minor) {
    return Money.of(minor, Currency.USD);
  }

  @Test
  void everyKindOfIntentIsKeptAsRecordedWithoutOutcome() {
    PaymentJournal journal = journal();
    List<JournalIntent> intents = oneOfEach(T0);
    List<EntryId> ids = new ArrayList<>();
    for (JournalIntent intent : intents) ids.add(journal.recordIntent(intent));
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    for (int i = 0; i < intents.size(); i++) {
      assertThat(journal.find(ids.get(i))).contains(new JournalEntry(ids.get(i), intents.get(i), Option.none()));
    }
    assertThat(journal.find(EntryId.of(ids.get(ids.size() - 1).value() + 1))).isEmpty();
  }

  @Test
  void everyKindOfOutcomeIsKeptAsRecorded() {
    PaymentJournal journal = journal();
    List<JournalOutcome> outcomes = List.of(
        JournalOutcome.happened(T0.plusSeconds(1), Source.ANSWER, Option.some("GW1"), Option.some("SUCCESS")),
        JournalOutcome.happened(T0.plusSeconds(2), Source.QUERY, Option.some("RG1"), Option.none()),
        JournalOutcome.happened(T0.plusSeconds(3), Source.QUERY, Option.none(), Option.some("MYSTERY")),
        JournalOutcome.happened(T0, Source.ANSWER, Option.none(), Option.none()),
        JournalOutcome.neverHappened(T0.plusSeconds(4), Source.ANSWER, "refused, nothing processed"),
        JournalOutcome.neverHappened(T0.plusSeconds(5), Source.QUERY, "PayKKa has no order"));
    for (JournalOutcome outcome : outcomes) {
      EntryId id = journal.recordIntent(initiate("T" + outcomes.indexOf(outcome), 500, T0));
      assertThat(journal.recordOutcome(id, outcome)).isEqualTo(outcome);
      assertThat(journal.find(id).get().outcome()).contains(outcome);
    }
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
    assertThat(journal.recordOutcome(other, happened)).isEqualTo(never);
    assertThat(journal.find(other).get().outcome()).contains(never);
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
    journal.recordOutcome(a, JournalOutcome.neverHappened(T0, Source.QUERY, "no order"));
    assertThat(journal.entriesFor("T1")).extracting(JournalEntry::id).containsExactly(a, b);
    assertThat(journal.entriesFor("T1").get(0).isResolved()).isTrue();
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

  @Test
  void intentsRecordedFromSeveralThreadsAllGetTheirOwnId() throws Exception {
    PaymentJournal journal = journal();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<EntryId>> ids = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        JournalIntent intent = initiate("C" + i, 100 + i, T0);
        ids.add(pool.submit(() -> journal.recordIntent(intent)));
      }
      List<EntryId> recorded = new ArrayList<>();
      for (Future<EntryId> f : ids) recorded.add(f.get());
      assertThat(recorded).doesNotHaveDuplicates();
      for (int i = 0; i < 40; i++) {
        assertThat(journal.find(recorded.get(i)).get().intent()).isEqualTo(initiate("C" + i, 100 + i, T0));
      }
      assertThat(journal.unresolved(T0.plusSeconds(1), Option.none(), 100)).hasSize(40);
    } finally {
      pool.shutdownNow();
    }
  }
}

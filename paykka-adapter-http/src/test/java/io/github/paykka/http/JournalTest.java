package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.InMemoryPaymentJournal;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalReconciler;
import io.github.paykka.ports.journal.PaymentJournal;
import io.github.paykka.ports.journal.ReconciliationReport;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Fault;
import io.github.paykka.testkit.sandbox.SandboxRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adapter's payment journal (issue 12), against the sandbox with the in-memory journal: every money-moving call is
 * recorded before it is sent, and its outcome once definite; reads are never journaled; an ambiguous end stays open
 * for the reconciler; a journal that cannot record stops the call before it is sent.
 */
class JournalTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(11L, 8);

  @AfterEach
  void clearFaults() {
    SANDBOX.sandbox().faults().clear();
  }

  /** A journal that notes, when each intent is recorded, whether the sandbox already had an order for it. */
  static class Watching implements PaymentJournal {
    final InMemoryPaymentJournal journal = InMemoryPaymentJournal.create();
    final List<String> sentBeforeIntent = new CopyOnWriteArrayList<>();

    @Override
    public EntryId recordIntent(JournalIntent intent) {
      if (intent instanceof JournalIntent.Initiate i && SANDBOX.sandbox().engine().orderCount(i.transId()) > 0) {
        sentBeforeIntent.add(i.reference());
      }
      return journal.recordIntent(intent);
    }

    @Override
    public JournalOutcome recordOutcome(EntryId id, JournalOutcome outcome) {
      return journal.recordOutcome(id, outcome);
    }

    @Override
    public Option<JournalEntry> find(EntryId id) {
      return journal.find(id);
    }

    @Override
    public List<JournalEntry> unresolved(Instant recordedBefore, Option<EntryId> after, int limit) {
      return journal.unresolved(recordedBefore, after, limit);
    }

    @Override
    public List<JournalEntry> entriesFor(String reference) {
      return journal.entriesFor(reference);
    }
  }

  private static JournalEntry only(PaymentJournal journal, String reference) {
    List<JournalEntry> entries = journal.entriesFor(reference);
    assertThat(entries).as("entries of " + reference).hasSize(1);
    return entries.get(0);
  }

  private static JournalOutcome.Happened happened(JournalEntry entry, JournalOutcome.Source source) {
    assertThat(entry.isResolved()).as(entry.toString()).isTrue();
    assertThat(entry.outcome().get()).isInstanceOf(JournalOutcome.Happened.class);
    assertThat(entry.outcome().get().source()).isEqualTo(source);
    return (JournalOutcome.Happened) entry.outcome().get();
  }

  @Test
  void everyMoneyMovingCallIsRecordedBeforeItIsSentAndResolvedByItsAnswerAndNoReadIs() {
    Watching watching = new Watching();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().paymentJournal(watching).build()) {
      PaymentRequest request =
          TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL));
      PaymentResult paid = adapter.initiate(request).get();
      OrderId order = paid.order().orderId();
      adapter.capture(CaptureCommand.of(order, TestRequests.usd(300), false)).get();   // queries the balances first
      adapter.voidPayment(VoidCommand.of(order, ReasonCode.OTHER)).get();
      RefundTransId refundId = RefundTransId.of(TestRequests.uniqueTransId("R").value());
      adapter.refund(new RefundCommand(refundId, order, TestRequests.usd(100), ReasonCode.OTHER, Option.none())).get();
      CheckoutSessionRequest session = TestRequests.valid(TestRequests.checkoutSession());
      CheckoutSession created = adapter.create(session).get();

      InMemoryPaymentJournal journal = watching.journal;
      assertThat(journal.size()).isEqualTo(5);
      assertThat(watching.sentBeforeIntent).isEmpty();
      JournalEntry initiate = only(journal, request.transId().value());
      assertThat(initiate.intent().operation()).isEqualTo(Operation.INITIATE);
      assertThat(happened(initiate, JournalOutcome.Source.ANSWER).paykkaReference()).contains(order.value());
      assertThat(happened(initiate, JournalOutcome.Source.ANSWER).status()).contains("AUTHORIZED");
      List<JournalEntry> ofOrder = journal.entriesFor(order.value());
      assertThat(ofOrder).extracting(e -> e.intent().operation()).containsExactly(Operation.CAPTURE, Operation.VOID);
      assertThat(((JournalIntent.Capture) ofOrder.get(0).intent()).before().authed()).isEqualTo(TestRequests.usd(1000));
      ofOrder.forEach(e -> happened(e, JournalOutcome.Source.ANSWER));
      assertThat(only(journal, refundId.value()).intent().operation()).isEqualTo(Operation.REFUND);
      happened(only(journal, refundId.value()), JournalOutcome.Source.ANSWER);
      JournalEntry checkout = only(journal, session.transId().value());
      assertThat(checkout.intent().operation()).isEqualTo(Operation.CHECKOUT_CREATE);
      assertThat(happened(checkout, JournalOutcome.Source.ANSWER).paykkaReference())
          .contains(created.sessionId().value());
    }
  }

  @Test
  void aDeclineHappenedAndARefusalThatProcessedNothingNeverHappened() {
    InMemoryPaymentJournal journal = InMemoryPaymentJournal.create();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().paymentJournal(journal).build()) {
      PaymentRequest declined = TestRequests.valid(TestRequests.purchase(TestCard.DECLINED));
      assertThat(adapter.initiate(declined).getLeft()).isInstanceOf(GatewayFailure.Declined.class);
      assertThat(happened(only(journal, declined.transId().value()), JournalOutcome.Source.ANSWER).status())
          .contains("FAILURE");

      PaymentRequest manual =
          TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL));
      OrderId order = adapter.initiate(manual).get().order().orderId();
      GatewayFailure tooMuch = adapter.capture(CaptureCommand.of(order, TestRequests.usd(1001), true)).getLeft();
      assertThat(tooMuch).isInstanceOf(GatewayFailure.Rejected.class);
      JournalEntry refused = only(journal, order.value());
      assertThat(refused.outcome().get()).isInstanceOf(JournalOutcome.NeverHappened.class);
      assertThat(((JournalOutcome.NeverHappened) refused.outcome().get()).reason())
          .contains(((GatewayFailure.Rejected) tooMuch).retCode());

      // a capture of an order PayKKa does not know is not sent at all: nothing to journal
      OrderId unknown = OrderId.of("GW" + TestRequests.uniqueTransId().value().substring(2));
      GatewayFailure notFound = adapter.capture(CaptureCommand.of(unknown, TestRequests.usd(1), true)).getLeft();
      assertThat(notFound.operation()).isEqualTo(Operation.CAPTURE);
      assertThat(notFound.attempts()).isZero();
      assertThat(journal.entriesFor(unknown.value())).isEmpty();
    }
  }

  @Test
  void anAnswerLostButFoundByTheAdaptersOwnQueryIsRecordedAsLearnedByQuery() {
    InMemoryPaymentJournal journal = InMemoryPaymentJournal.create();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().paymentJournal(journal).build()) {
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
      SANDBOX.sandbox().faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing());

      PaymentResult paid = adapter.initiate(request).get();

      assertThat(happened(only(journal, request.transId().value()), JournalOutcome.Source.QUERY).paykkaReference())
          .contains(paid.order().orderId().value());
    }
  }

  @Test
  void anAmbiguousEndStaysOpenAndTheReconcilerSettlesItByAQuery() {
    InMemoryPaymentJournal journal = InMemoryPaymentJournal.create();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().paymentJournal(journal).build()) {
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
      SANDBOX.sandbox().faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing())
          .injectWithProbability(Operation.QUERY, Fault.ServerError.internal(), 1.0);

      Either<GatewayFailure, PaymentResult> answer = adapter.initiate(request);

      assertThat(answer.getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      JournalEntry open = only(journal, request.transId().value());
      assertThat(open.isResolved()).isFalse();

      SANDBOX.sandbox().faults().clear();
      ReconciliationReport report = JournalReconciler.builder().journal(journal).payments(adapter)
          .minimumAge(Duration.ZERO).build().run();

      assertThat(report.resolved()).hasSize(1);
      assertThat(happened(only(journal, request.transId().value()), JournalOutcome.Source.QUERY).paykkaReference())
          .contains(SANDBOX.sandbox().engine().orders().stream()
              .filter(r -> r.order().transId().equals(request.transId())).findFirst().get().order().orderId().value());
      assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isEqualTo(1);
    }
  }

  /**
   * The first request is still in flight at PayKKa when the adapter's query finds nothing and it sends again; the
   * re-sends are refused as processing nothing. The call's refusal does not prove the call never happened: the first
   * request makes the order after all, so the entry stays open, and the reconciler, run once nothing is in flight,
   * finds the order.
   */
  @Test
  void aRefusedResendAfterAQueryFoundNothingLeavesTheEntryOpenAsTheFirstRequestMayStillBeInFlight() {
    InMemoryPaymentJournal journal = InMemoryPaymentJournal.create();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().paymentJournal(journal).readTimeout(Duration.ofMillis(300))
        .build()) {
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
      SANDBOX.sandbox().faults().inject(Operation.INITIATE, new Fault.Delay(Duration.ofMillis(900)))
          .inject(Operation.INITIATE, new Fault.RateLimited(), 5);

      GatewayFailure refused = adapter.initiate(request).getLeft();

      assertThat(refused).isInstanceOf(GatewayFailure.Rejected.class);
      assertThat(SANDBOX.sandbox().requests()).filteredOn(r -> r.operation() == Operation.QUERY
          && r.identifier("trans_id").contains(request.transId().value())).isNotEmpty();
      assertThat(only(journal, request.transId().value()).isResolved()).as("not NEVER_HAPPENED").isFalse();

      // the first request wakes up and makes the order; once nothing is in flight the reconciler settles the entry
      assertThat(SANDBOX.sandbox().awaitRequests(log -> log.stream().noneMatch(SandboxRequest::inFlight),
          Duration.ofSeconds(10))).isTrue();
      assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isEqualTo(1);
      JournalReconciler.builder().journal(journal).payments(adapter).minimumAge(Duration.ZERO).build().run();
      assertThat(happened(only(journal, request.transId().value()), JournalOutcome.Source.QUERY).paykkaReference())
          .contains(SANDBOX.sandbox().engine().orders().stream()
              .filter(r -> r.order().transId().equals(request.transId())).findFirst().get().order().orderId().value());
    }
  }

  @Test
  void aJournalThatCannotRecordTheIntentStopsTheCallBeforeItIsSent() {
    PaymentJournal broken = new Watching() {
      @Override
      public EntryId recordIntent(JournalIntent intent) {
        throw new IllegalStateException("database down");
      }
    };
    Recorder recorder = new Recorder();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().paymentJournal(broken).listener(recorder).build()) {
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));

      GatewayFailure failure = adapter.initiate(request).getLeft();

      assertThat(failure).isInstanceOf(GatewayFailure.NotSent.class);
      assertThat(failure.operation()).isEqualTo(Operation.INITIATE);
      assertThat(failure.attempts()).isZero();
      assertThat(failure.message()).contains("journal");
      assertThat(SANDBOX.sandbox().engine().orderCount(TransId.of(request.transId().value()))).isZero();
      // reads are not journaled, so they go on
      assertThat(adapter.query(io.github.paykka.ports.payment.PaymentLookup.byTransId(request.transId())).getLeft())
          .isInstanceOf(GatewayFailure.Rejected.class);
    }
  }
}

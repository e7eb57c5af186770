package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.Processing;
import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalOutcome.Source;
import io.github.paykka.ports.journal.JournalReconciler;
import io.github.paykka.ports.journal.PaymentJournal;
import io.github.paykka.ports.journal.ReconciliationReport;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.fake.FakePaykka;
import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.error.ErrorEntry;
import io.github.paykka.wire.error.RetCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciler against the testkit's fakes and a journal in PostgreSQL. Each test plays an application that
 * records an intent, sends the call and dies before the answer (or gets no answer): some calls reached PayKKa, some
 * did not. After a restart the reconciler runs; it only ever queries.
 */
class JournalReconcilerTest {
  static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
  static final Set<Operation> MONEY_MOVING =
      EnumSet.of(Operation.INITIATE, Operation.CAPTURE, Operation.VOID, Operation.REFUND, Operation.CHECKOUT_CREATE);

  final TestPostgres db = TestPostgres.freshSchema();
  final PaymentJournal journal = JdbcPaymentJournal.create(db.pool(2));
  final FakePaykka paykka = FakePaykka.create();
  final MutableClock clock = new MutableClock(T0);

  @AfterEach
  void close() {
    db.close();
  }

  JournalReconciler reconciler() {
    return JournalReconciler.builder().journal(journal).payments(paykka.payments()).refunds(paykka.refunds())
        .checkoutSessions(paykka.checkoutSessions()).clock(clock).build();
  }

  /** Runs the reconciler after a restart 10 minutes later, checking that it sent nothing but queries. */
  ReconciliationReport restartAndReconcile() {
    clock.advance(Duration.ofMinutes(10));
    long sentBefore = moneyMovingCalls();
    paykka.clearCalls();
    ReconciliationReport report = reconciler().run();
    assertThat(paykka.calls()).as("the reconciler never re-sends")
        .noneMatch(c -> MONEY_MOVING.contains(c.operation()));
    assertThat(sentBefore).isPositive();
    return report;
  }

  long moneyMovingCalls() {
    return paykka.calls().stream().filter(c -> MONEY_MOVING.contains(c.operation())).count();
  }

  static GatewayFailure lost(Operation operation, String reference) {
    return new GatewayFailure.OutcomeUnknown(operation, reference, 1, "read timed out", 0);
  }

  /** The application records the intent and sends; the answer never comes (the process dies). */
  EntryId initiateAndDie(PaymentRequest request, boolean reachesPaykka) {
    EntryId id = journal.recordIntent(JournalIntent.initiate(request, clock.instant()));
    String ref = request.transId().value();
    if (reachesPaykka) {
      paykka.failNextAfterProcessing(Operation.INITIATE);
    } else {
      paykka.failNext(Operation.INITIATE, lost(Operation.INITIATE, ref));
    }
    assertThat(paykka.payments().initiate(request).isLeft()).isTrue();
    return id;
  }

  PaymentOrder authorised(long amount) {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
        .captureMethod(CaptureMethod.MANUAL).amount(TestRequests.usd(amount)));
    PaymentOrder order = paykka.payments().initiate(request).get().order();
    assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
    return order;
  }

  PaymentOrder settled(long amount) {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
        .amount(TestRequests.usd(amount)));
    return paykka.payments().initiate(request).get().order();
  }

  PaymentOrder now(PaymentOrder order) {
    return paykka.payments().query(PaymentLookup.byOrderId(order.orderId())).get().order();
  }

  static JournalOutcome outcomeOf(ReconciliationReport report, EntryId id) {
    return report.resolved().stream().filter(r -> r.entry().id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not resolved: " + report)).outcome();
  }

  static ReconciliationReport.Unresolved unresolvedOf(ReconciliationReport report, EntryId id) {
    return report.unresolved().stream().filter(r -> r.entry().id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not reported unresolved: " + report));
  }

  void assertHappened(JournalOutcome outcome, String paykkaReference, String status) {
    assertThat(outcome).isEqualTo(JournalOutcome.happened(clock.instant(), Source.QUERY,
        Option.some(paykkaReference), Option.some(status)));
  }

  // ---- initiate ----

  @Test
  void anInitiateThatReachedPaykkaIsRecordedWithItsOrder() {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    EntryId id = initiateAndDie(request, true);
    ReconciliationReport report = restartAndReconcile();
    PaymentResult atPaykka = paykka.payments().query(PaymentLookup.byTransId(request.transId())).get();
    assertHappened(outcomeOf(report, id), atPaykka.order().orderId().value(), "SUCCESS");
    assertThat(journal.find(id).get().outcome()).contains(outcomeOf(report, id));
    assertThat(report.isComplete()).isTrue();
    assertThat(paykka.engine().orderCount(request.transId())).isEqualTo(1);
  }

  @Test
  void aDeclinedInitiateHappenedAsAFailedOrder() {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.DECLINED));
    EntryId id = initiateAndDie(request, true);
    JournalOutcome outcome = outcomeOf(restartAndReconcile(), id);
    assertThat(outcome).isInstanceOf(JournalOutcome.Happened.class);
    assertThat(((JournalOutcome.Happened) outcome).status()).contains("FAILURE");
  }

  @Test
  void anInitiateThatNeverReachedPaykkaIsRecordedAsNeverHappenedAndNotResent() {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    EntryId id = initiateAndDie(request, false);
    JournalOutcome outcome = outcomeOf(restartAndReconcile(), id);
    assertThat(outcome).isInstanceOf(JournalOutcome.NeverHappened.class);
    assertThat(((JournalOutcome.NeverHappened) outcome).reason())
        .contains("206024").contains(request.transId().value());
    assertThat(paykka.engine().orderCount(request.transId())).as("not re-sent").isZero();
  }

  @Test
  void aFailingQueryLeavesTheEntryOpenAndReportsIt() {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    EntryId id = initiateAndDie(request, true);
    paykka.failNext(Operation.QUERY, new GatewayFailure.NotSent(Operation.QUERY, request.transId().value(), 0,
        "connection refused"));
    ReconciliationReport report = restartAndReconcile();
    ReconciliationReport.Unresolved unresolved = unresolvedOf(report, id);
    assertThat(unresolved.reason()).contains("query failed").contains("connection refused");
    assertThat(unresolved.failure().isDefined()).isTrue();
    assertThat(report.isComplete()).isFalse();
    assertThat(journal.find(id).get().isResolved()).as("not dropped: still open").isFalse();

    // the next run, with PayKKa reachable, resolves it
    ReconciliationReport next = reconciler().run();
    assertThat(outcomeOf(next, id)).isInstanceOf(JournalOutcome.Happened.class);
  }

  @Test
  void anOrderInAStatusThisVersionDoesNotKnowHappenedWithThatStatus() {
    PaymentRequest request = purchase();
    EntryId id = initiateAndDie(request, true);
    String orderId = paykka.payments().query(PaymentLookup.byTransId(request.transId())).get().order().orderId()
        .value();
    String status = "ON_HOLD_" + "X".repeat(100);
    paykka.failNext(Operation.QUERY,
        new GatewayFailure.UnknownStatus(Operation.QUERY, request.transId().value(), 1, status, Option.some(orderId)));
    ReconciliationReport report = restartAndReconcile();
    assertHappened(outcomeOf(report, id), orderId, status.substring(0, JournalOutcome.MAX_FIELD_LENGTH));
  }

  @Test
  void aRefundInAStatusThisVersionDoesNotKnowHappened() {
    RefundCommand refund = refundOf(settled(1000), 250);
    EntryId id = journal.recordIntent(JournalIntent.refund(refund, clock.instant()));
    paykka.failNextAfterProcessing(Operation.REFUND);
    paykka.refunds().refund(refund);
    paykka.failNext(Operation.REFUND_QUERY, new GatewayFailure.UnknownStatus(Operation.REFUND_QUERY,
        refund.refundTransId().value(), 1, "PARKED", Option.none()));
    JournalOutcome outcome = outcomeOf(restartAndReconcile(), id);
    assertThat(outcome).isEqualTo(JournalOutcome.happened(clock.instant(), Source.QUERY, Option.none(),
        Option.some("PARKED")));
  }

  @Test
  void aCaptureWhoseOrderIsInAnUnknownStatusIsReported() {
    PaymentOrder order = authorised(1000);
    CaptureCommand capture = CaptureCommand.of(order, TestRequests.usd(400), false).get();
    EntryId id = journal.recordIntent(JournalIntent.capture(capture, order.balances(), clock.instant()));
    paykka.failNextAfterProcessing(Operation.CAPTURE);
    paykka.payments().capture(capture);
    paykka.failNext(Operation.QUERY, new GatewayFailure.UnknownStatus(Operation.QUERY, order.orderId().value(), 1,
        "ON_HOLD", Option.some(order.orderId().value())));
    ReconciliationReport.Unresolved unresolved = unresolvedOf(restartAndReconcile(), id);
    assertThat(unresolved.reason()).contains("ON_HOLD");
    assertThat(journal.find(id).get().isResolved()).isFalse();
  }

  @Test
  void anOrderOfAnotherAmountUnderTheTransIdIsReportedNotRecorded() {
    PaymentRequest sent = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    assertThat(paykka.payments().initiate(sent).isRight()).isTrue();
    // the journal says the trans_id was meant for another amount
    EntryId id = journal.recordIntent(new JournalIntent.Initiate(sent.transId(), TestRequests.usd(999),
        "sha256:other", clock.instant()));
    ReconciliationReport report = restartAndReconcile();
    assertThat(unresolvedOf(report, id).reason()).contains("the intent was of");
    assertThat(journal.find(id).get().isResolved()).isFalse();
  }

  // ---- capture ----

  @Test
  void aCaptureThatHappenedShowsInTheBalancesAndIsRecorded() {
    PaymentOrder order = authorised(1000);
    CaptureCommand capture = CaptureCommand.of(order, TestRequests.usd(400), false).get();
    EntryId id = journal.recordIntent(JournalIntent.capture(capture, order.balances(), clock.instant()));
    paykka.failNextAfterProcessing(Operation.CAPTURE);
    assertThat(paykka.payments().capture(capture).isLeft()).isTrue();

    ReconciliationReport report = restartAndReconcile();
    assertHappened(outcomeOf(report, id), order.orderId().value(), "AUTHORIZED");
    assertThat(now(order).balances().captured()).as("captured once").isEqualTo(TestRequests.usd(400));
  }

  @Test
  void aCaptureThatNeverHappenedIsRecordedSoAndNotResent() {
    PaymentOrder order = authorised(1000);
    CaptureCommand capture = CaptureCommand.of(order, TestRequests.usd(1000), true).get();
    EntryId id = journal.recordIntent(JournalIntent.capture(capture, order.balances(), clock.instant()));
    paykka.failNext(Operation.CAPTURE, lost(Operation.CAPTURE, order.orderId().value()));
    assertThat(paykka.payments().capture(capture).isLeft()).isTrue();

    JournalOutcome outcome = outcomeOf(restartAndReconcile(), id);
    assertThat(outcome).isInstanceOf(JournalOutcome.NeverHappened.class);
    assertThat(now(order).balances().captured()).isEqualTo(Money.zero(order.amount().currency()));
  }

  @Test
  void aCapturedBalanceMovedByAnotherAmountIsReported() {
    PaymentOrder order = authorised(1000);
    CaptureCommand mine = CaptureCommand.of(order, TestRequests.usd(400), false).get();
    EntryId id = journal.recordIntent(JournalIntent.capture(mine, order.balances(), clock.instant()));
    // the application died before sending; another capture of 300 went through meanwhile
    assertThat(paykka.payments().capture(CaptureCommand.of(order, TestRequests.usd(300), false).get()).isRight())
        .isTrue();
    ReconciliationReport report = restartAndReconcile();
    assertThat(unresolvedOf(report, id).reason()).contains("moved by 300").contains("another capture");
  }

  @Test
  void aCaptureWhoseQueryFailsIsReported() {
    PaymentOrder order = authorised(1000);
    CaptureCommand capture = CaptureCommand.of(order, TestRequests.usd(400), false).get();
    EntryId id = journal.recordIntent(JournalIntent.capture(capture, order.balances(), clock.instant()));
    paykka.failNextAfterProcessing(Operation.CAPTURE);
    paykka.payments().capture(capture);
    paykka.failNext(Operation.QUERY, lost(Operation.QUERY, order.orderId().value()));
    assertThat(unresolvedOf(restartAndReconcile(), id).failure().isDefined()).isTrue();
  }

  // ---- void ----

  @Test
  void aVoidThatHappenedIsRecorded() {
    PaymentOrder order = authorised(1000);
    VoidCommand voidCommand = VoidCommand.of(order, ReasonCode.OTHER).get();
    EntryId id = journal.recordIntent(JournalIntent.voidPayment(voidCommand, order.balances(), clock.instant()));
    paykka.failNextAfterProcessing(Operation.VOID);
    assertThat(paykka.payments().voidPayment(voidCommand).isLeft()).isTrue();
    assertHappened(outcomeOf(restartAndReconcile(), id), order.orderId().value(), "CANCELED");
  }

  @Test
  void aVoidThatNeverHappenedIsRecordedSoAndNotResent() {
    PaymentOrder order = authorised(1000);
    VoidCommand voidCommand = VoidCommand.of(order, ReasonCode.OTHER).get();
    EntryId id = journal.recordIntent(JournalIntent.voidPayment(voidCommand, order.balances(), clock.instant()));
    paykka.failNext(Operation.VOID, lost(Operation.VOID, order.orderId().value()));
    paykka.payments().voidPayment(voidCommand);
    assertThat(outcomeOf(restartAndReconcile(), id)).isInstanceOf(JournalOutcome.NeverHappened.class);
    assertThat(now(order).status()).isEqualTo(OrderStatus.AUTHORIZED);
  }

  @Test
  void aVoidWhoseQueryFailsIsReported() {
    PaymentOrder order = authorised(1000);
    VoidCommand voidCommand = VoidCommand.of(order, ReasonCode.OTHER).get();
    EntryId id = journal.recordIntent(JournalIntent.voidPayment(voidCommand, order.balances(), clock.instant()));
    paykka.failNextAfterProcessing(Operation.VOID);
    paykka.payments().voidPayment(voidCommand);
    paykka.failNext(Operation.QUERY, lost(Operation.QUERY, order.orderId().value()));
    assertThat(unresolvedOf(restartAndReconcile(), id).reason()).contains("query failed");
  }

  @Test
  void balancesThatAVoidAloneDoesNotExplainAreReported() {
    PaymentOrder order = authorised(1000);
    VoidCommand voidCommand = VoidCommand.of(order, ReasonCode.OTHER).get();
    EntryId id = journal.recordIntent(JournalIntent.voidPayment(voidCommand, order.balances(), clock.instant()));
    // not the void: a final partial capture released the rest meanwhile
    paykka.payments().capture(CaptureCommand.of(order, TestRequests.usd(600), true).get());
    assertThat(unresolvedOf(restartAndReconcile(), id).reason()).contains("does not explain");
  }

  // ---- refund ----

  RefundCommand refundOf(PaymentOrder order, long amount) {
    return RefundCommand.of(order, RefundTransId.of("R" + order.orderId().value().substring(2)),
        TestRequests.usd(amount), ReasonCode.REQUESTED_BY_CUSTOMER, Option.none()).get();
  }

  @Test
  void aRefundThatHappenedIsRecordedWithItsRefundOrder() {
    RefundCommand refund = refundOf(settled(1000), 250);
    EntryId id = journal.recordIntent(JournalIntent.refund(refund, clock.instant()));
    paykka.failNextAfterProcessing(Operation.REFUND);
    assertThat(paykka.refunds().refund(refund).isLeft()).isTrue();
    JournalOutcome outcome = outcomeOf(restartAndReconcile(), id);
    Refund atPaykka = paykka.engine().refunds().get(0);
    assertHappened(outcome, atPaykka.refundOrderId().get().value(), atPaykka.status().name());
    assertThat(paykka.engine().refunds()).as("refunded once").hasSize(1);
  }

  @Test
  void aRefundThatNeverHappenedIsRecordedSoAndNotResent() {
    RefundCommand refund = refundOf(settled(1000), 250);
    EntryId id = journal.recordIntent(JournalIntent.refund(refund, clock.instant()));
    paykka.failNext(Operation.REFUND, lost(Operation.REFUND, refund.refundTransId().value()));
    paykka.refunds().refund(refund);
    assertThat(outcomeOf(restartAndReconcile(), id)).isInstanceOf(JournalOutcome.NeverHappened.class);
    assertThat(paykka.engine().refunds()).isEmpty();
  }

  @Test
  void aRefundWhoseQueryFailsIsReported() {
    RefundCommand refund = refundOf(settled(1000), 250);
    EntryId id = journal.recordIntent(JournalIntent.refund(refund, clock.instant()));
    paykka.failNextAfterProcessing(Operation.REFUND);
    paykka.refunds().refund(refund);
    paykka.failNext(Operation.REFUND_QUERY, lost(Operation.REFUND_QUERY, refund.refundTransId().value()));
    assertThat(unresolvedOf(restartAndReconcile(), id).failure().isDefined()).isTrue();
  }

  // ---- checkout ----

  @Test
  void aCheckoutSessionThatWasCreatedIsRecordedWithItsSession() {
    CheckoutSessionRequest request = TestRequests.valid(TestRequests.checkoutSession());
    EntryId id = journal.recordIntent(JournalIntent.createCheckout(request, clock.instant()));
    paykka.failNextAfterProcessing(Operation.CHECKOUT_CREATE);
    assertThat(paykka.checkoutSessions().create(request).isLeft()).isTrue();
    assertHappened(outcomeOf(restartAndReconcile(), id), paykka.engine().sessions().get(0).sessionId().value(),
        "OPEN");
  }

  @Test
  void aCheckoutSessionThatWasNeverCreatedIsRecordedSoAndNotResent() {
    CheckoutSessionRequest request = TestRequests.valid(TestRequests.checkoutSession());
    EntryId id = journal.recordIntent(JournalIntent.createCheckout(request, clock.instant()));
    paykka.failNext(Operation.CHECKOUT_CREATE, lost(Operation.CHECKOUT_CREATE, request.transId().value()));
    paykka.checkoutSessions().create(request);
    assertThat(outcomeOf(restartAndReconcile(), id)).isInstanceOf(JournalOutcome.NeverHappened.class);
    assertThat(paykka.engine().sessions()).isEmpty();
  }

  @Test
  void aCheckoutWhoseQueryFailsIsReported() {
    CheckoutSessionRequest request = TestRequests.valid(TestRequests.checkoutSession());
    EntryId id = journal.recordIntent(JournalIntent.createCheckout(request, clock.instant()));
    paykka.failNextAfterProcessing(Operation.CHECKOUT_CREATE);
    paykka.checkoutSessions().create(request);
    paykka.failNext(Operation.CHECKOUT_QUERY, lost(Operation.CHECKOUT_QUERY, request.transId().value()));
    assertThat(unresolvedOf(restartAndReconcile(), id).failure().isDefined()).isTrue();
  }

  // ---- the run as a whole ----

  @Test
  void onlyEntriesOlderThanTheMinimumAgeAreLookedAtAndEveryOneIsAccountedFor() {
    for (int i = 0; i < 5; i++) initiateAndDie(purchase(), i % 2 == 0);
    clock.advance(Duration.ofMinutes(10));
    EntryId fresh = initiateAndDie(purchase(), true);
    clock.advance(Duration.ofMinutes(1));
    ReconciliationReport report = JournalReconciler.builder().journal(journal).payments(paykka.payments())
        .clock(clock).pageSize(2).build().run();
    assertThat(report.resolved()).hasSize(5);
    assertThat(report.resolved()).extracting(r -> r.entry().id()).doesNotContain(fresh);
    assertThat(report.cutoff()).isEqualTo(clock.instant().minus(JournalReconciler.DEFAULT_MINIMUM_AGE));
    assertThat(journal.find(fresh).get().isResolved()).as("still in flight, maybe").isFalse();
  }

  @Test
  void anEntryWhoseGatewayWasNotGivenIsReported() {
    RefundCommand refund = refundOf(settled(1000), 100);
    EntryId id = journal.recordIntent(JournalIntent.refund(refund, clock.instant()));
    clock.advance(Duration.ofMinutes(10));
    ReconciliationReport report =
        JournalReconciler.builder().journal(journal).payments(paykka.payments()).clock(clock).build().run();
    assertThat(unresolvedOf(report, id).reason()).contains("no RefundGateway");
  }

  @Test
  void anOutcomeRecordedMeanwhileStandsAndAContradictionIsReported() {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    EntryId id = initiateAndDie(request, true);
    JournalOutcome wrong = JournalOutcome.neverHappened(clock.instant(), Source.ANSWER, "recorded by someone else");
    // another instance records an outcome while this reconciler queries
    PaymentGateway racing = new PaymentGateway() {
      @Override
      public Either<GatewayFailure, PaymentResult> initiate(PaymentRequest r) {
        throw new AssertionError("never initiate");
      }

      @Override
      public Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup) {
        journal.recordOutcome(id, wrong);
        return paykka.payments().query(lookup);
      }

      @Override
      public Either<GatewayFailure, Accepted> capture(CaptureCommand command) {
        throw new AssertionError("never capture");
      }

      @Override
      public Either<GatewayFailure, Accepted> voidPayment(VoidCommand command) {
        throw new AssertionError("never void");
      }
    };
    clock.advance(Duration.ofMinutes(10));
    ReconciliationReport report =
        JournalReconciler.builder().journal(journal).payments(racing).clock(clock).build().run();
    assertThat(unresolvedOf(report, id).reason()).contains("contradiction");
    assertThat(journal.find(id).get().outcome()).contains(wrong);
  }

  @Test
  void twoInstancesReconcilingAtOnceRecordOneOutcomeEach() throws Exception {
    for (int i = 0; i < 6; i++) initiateAndDie(purchase(), i % 2 == 0);
    clock.advance(Duration.ofMinutes(10));
    JournalReconciler a = JournalReconciler.builder().journal(JdbcPaymentJournal.create(db.pool(1)))
        .payments(paykka.payments()).clock(clock).build();
    JournalReconciler b = JournalReconciler.builder().journal(JdbcPaymentJournal.create(db.pool(1)))
        .payments(paykka.payments()).clock(clock).build();
    ExecutorService runs = Executors.newFixedThreadPool(2);
    try {
      Future<ReconciliationReport> ra = runs.submit(a::run);
      Future<ReconciliationReport> rb = runs.submit(b::run);
      List<ReconciliationReport> reports = List.of(ra.get(), rb.get());
      assertThat(reports).allSatisfy(r -> assertThat(r.isComplete()).isTrue());
    } finally {
      runs.shutdownNow();
    }
    assertThat(journal.unresolved(clock.instant(), Option.none(), 100)).isEmpty();
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> JournalReconciler.builder().payments(paykka.payments()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("journal");
    assertThatThrownBy(() -> JournalReconciler.builder().journal(journal).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("payments");
    assertThatThrownBy(() -> JournalReconciler.builder().minimumAge(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumAge");
    assertThatThrownBy(() -> JournalReconciler.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
  }

  @Test
  void notFoundIsTheCatalogsNotFound() {
    ErrorCatalog catalog = ErrorCatalog.standard();
    for (String code : List.of(RetCode.ORDER_NOT_FOUND, RetCode.DATA_NOT_FOUND, RetCode.SESSION_NOT_FOUND)) {
      assertThat(JournalReconciler.isNotFound(catalog.rejected(Operation.QUERY, "T1", 1, code, Option.none(), "m",
          200))).as(code).isTrue();
    }
    for (ErrorEntry entry : catalog.retCodes()) {
      GatewayFailure rejected = catalog.rejected(Operation.QUERY, "T1", 1, entry.code(), Option.none(), "m", 200);
      assertThat(JournalReconciler.isNotFound(rejected)).as(entry.code())
          .isEqualTo(entry.processing() == Processing.NOT_FOUND);
    }
    assertThat(JournalReconciler.isNotFound(lost(Operation.QUERY, "T1"))).isFalse();
  }

  static PaymentRequest purchase() {
    return TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
  }
}

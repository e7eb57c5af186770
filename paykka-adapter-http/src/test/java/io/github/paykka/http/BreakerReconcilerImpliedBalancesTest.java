package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.journal.InMemoryPaymentJournal;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalReconciler;
import io.github.paykka.ports.journal.ReconciliationReport;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.testkit.contract.TestRequests;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the breaker: the reconciler judges a void by the voided balance alone, while PayKKa's query answer
 * need not carry {@code balances} (the seed's {@code BalanceRespInPaymentsQuery} is not marked required) and the wire
 * then reads the balances a status implies ({@code Balances.impliedBy}: a CANCELED order implies nothing voided). A
 * void that PayKKa processed, whose answer was lost, is recorded NEVER_HAPPENED although the order is CANCELED; the
 * adapter's own rule for the same answer (status CANCELED: the void is done) says the opposite. Worse, a partial
 * capture PayKKa processed leaves the order AUTHORIZED (CAPTURE_PART), which implies nothing captured: the reconciler
 * records it NEVER_HAPPENED, and the application, told to capture again only what never happened, captures twice.
 */
class BreakerReconcilerImpliedBalancesTest {
  private static final OrderId ORDER = OrderId.of("GW00000000000000IMP1");
  private static final String TRANS = "T0000000000000IMP1";

  /** A signed query answer in the seed's shape without the optional {@code balances} object. */
  private static String withoutBalances(String status) {
    return Canned.payment(TRANS, ORDER.value(), 1000, status).replaceAll(",\"balances\":\\{[^}]*\\}", "");
  }

  @Test
  void aVoidPaykkaProcessedIsNotRecordedAsNeverHappenedWhenTheQueryCarriesNoBalances() throws Exception {
    AtomicBoolean voided = new AtomicBoolean();
    AtomicBoolean reachable = new AtomicBoolean(true);
    LoopbackServer.Handler paykka = request -> {
      if (!reachable.get()) return LoopbackServer.Reply.unsigned(502, "text/plain", "bad gateway", Map.of());
      if (request.path().equals("/payments/void")) {
        voided.set(true);       // PayKKa processes the void ...
        reachable.set(false);   // ... and the answer, and every query until the instance dies, is lost
        return LoopbackServer.Reply.unsigned(502, "text/plain", "bad gateway", Map.of());
      }
      return LoopbackServer.Reply.signed(200, withoutBalances(voided.get() ? "CANCELED" : "AUTHORIZED"));
    };
    InMemoryPaymentJournal journal = InMemoryPaymentJournal.create();
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, paykka);
        PaykkaHttpAdapter adapter = server.adapter().paymentJournal(journal).build()) {
      Either<GatewayFailure, Accepted> answer =
          adapter.voidPayment(VoidCommand.of(ORDER, ReasonCode.REQUESTED_BY_CUSTOMER));
      assertThat(answer.isLeft()).as("%s", answer).isTrue();
      List<JournalEntry> entries = journal.entriesFor(ORDER.value());
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).isResolved()).as("the ambiguous void is left open").isFalse();
      assertThat(voided).isTrue();

      reachable.set(true);      // after the restart PayKKa answers again: the order is CANCELED
      ReconciliationReport report = JournalReconciler.builder().journal(journal).payments(adapter)
          .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10))).build().run();

      assertThat(journal.find(entries.get(0).id()).get().outcome())
          .as("a void PayKKa processed (the order is CANCELED) must never be recorded NEVER_HAPPENED; report %s",
              report.unresolved())
          .noneMatch(o -> o instanceof JournalOutcome.NeverHappened);
    }
  }

  @Test
  void aPartialCapturePaykkaProcessedIsNotRecordedAsNeverHappenedWhenTheQueryCarriesNoBalances() throws Exception {
    AtomicBoolean captured = new AtomicBoolean();
    AtomicBoolean reachable = new AtomicBoolean(true);
    LoopbackServer.Handler paykka = request -> {
      if (!reachable.get()) return LoopbackServer.Reply.unsigned(502, "text/plain", "bad gateway", Map.of());
      if (request.path().equals("/payments/capture")) {
        captured.set(true);     // PayKKa captures 300 of 1000: the order stays AUTHORIZED (CAPTURE_PART) ...
        reachable.set(false);   // ... and the answer, and every query until the instance dies, is lost
        return LoopbackServer.Reply.unsigned(502, "text/plain", "bad gateway", Map.of());
      }
      return LoopbackServer.Reply.signed(200, withoutBalances("AUTHORIZED"));
    };
    InMemoryPaymentJournal journal = InMemoryPaymentJournal.create();
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, paykka);
        PaykkaHttpAdapter adapter = server.adapter().paymentJournal(journal).build()) {
      Either<GatewayFailure, Accepted> answer =
          adapter.capture(CaptureCommand.of(ORDER, TestRequests.usd(300), false));
      assertThat(answer.isLeft()).as("%s", answer).isTrue();
      List<JournalEntry> entries = journal.entriesFor(ORDER.value());
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).isResolved()).as("the ambiguous capture is left open").isFalse();
      assertThat(captured).isTrue();

      reachable.set(true);
      ReconciliationReport report = JournalReconciler.builder().journal(journal).payments(adapter)
          .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10))).build().run();

      assertThat(journal.find(entries.get(0).id()).get().outcome())
          .as("a capture PayKKa processed must never be recorded NEVER_HAPPENED (it would be captured again); "
              + "report %s", report.unresolved())
          .noneMatch(o -> o instanceof JournalOutcome.NeverHappened);
    }
  }
}

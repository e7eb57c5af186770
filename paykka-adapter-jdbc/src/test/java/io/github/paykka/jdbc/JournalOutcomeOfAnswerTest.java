package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.Processing;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalOutcome.Source;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.fake.FakePaykka;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the caller records right after a money-moving call, from the port's answer (real answers of the fakes). */
class JournalOutcomeOfAnswerTest {
  static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");
  final FakePaykka paykka = FakePaykka.create();

  @Test
  void resultsHappenedWithPaykkasIdAndStatus() {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    Either<GatewayFailure, PaymentResult> paid = paykka.payments().initiate(request);
    assertThat(JournalOutcome.ofAnswer(paid, AT)).contains(JournalOutcome.happened(AT, Source.ANSWER,
        Option.some(paid.get().order().orderId().value()), Option.some("SUCCESS")));

    CheckoutSessionRequest checkout = TestRequests.valid(TestRequests.checkoutSession());
    Either<GatewayFailure, CheckoutSession> session = paykka.checkoutSessions().create(checkout);
    assertThat(JournalOutcome.ofAnswer(session, AT)).contains(JournalOutcome.happened(AT, Source.ANSWER,
        Option.some(session.get().sessionId().value()), Option.some("OPEN")));

    Either<GatewayFailure, Accepted> captured = Either.right(new Accepted(Operation.CAPTURE, "GW1"));
    assertThat(JournalOutcome.ofAnswer(captured, AT))
        .contains(JournalOutcome.happened(AT, Source.ANSWER, Option.some("GW1"), Option.none()));
  }

  @Test
  void aDeclineHappenedAsAFailedOrder() {
    Either<GatewayFailure, PaymentResult> declined =
        paykka.payments().initiate(TestRequests.valid(TestRequests.purchase(TestCard.DECLINED)));
    assertThat(declined.getLeft()).isInstanceOf(GatewayFailure.Declined.class);
    JournalOutcome outcome = JournalOutcome.ofAnswer(declined, AT).get();
    assertThat(outcome).isInstanceOf(JournalOutcome.Happened.class);
    assertThat(((JournalOutcome.Happened) outcome).status()).contains("FAILURE");
    assertThat(((JournalOutcome.Happened) outcome).paykkaReference()).isEqualTo(
        ((GatewayFailure.Declined) declined.getLeft()).orderId());
  }

  @Test
  void notSentAndInvalidNeverHappened() {
    assertThat(JournalOutcome.ofAnswer(Either.left(new GatewayFailure.NotSent(Operation.CAPTURE, "GW1", 0,
        "circuit open")), AT).get()).isInstanceOf(JournalOutcome.NeverHappened.class);
    assertThat(JournalOutcome.ofAnswer(Either.left(new GatewayFailure.Invalid(Operation.INITIATE, "T1",
        List.of(new FieldError("amount", "must be at least 1")))), AT).get())
        .isInstanceOf(JournalOutcome.NeverHappened.class);
  }

  @Test
  void anAmbiguousAnswerLeavesTheEntryOpen() {
    assertThat(JournalOutcome.ofAnswer(Either.left(
        new GatewayFailure.OutcomeUnknown(Operation.INITIATE, "T1", 3, "read timed out", 0)), AT)).isEmpty();
    assertThat(JournalOutcome.ofAnswer(Either.left(
        new GatewayFailure.Unauthentic(Operation.INITIATE, "T1", 1, "bad signature", 200)), AT)).isEmpty();
    assertThat(JournalOutcome.ofAnswer(Either.left(new GatewayFailure.Rejected(Operation.INITIATE, "T1", 1,
        "999999", Option.none(), "system exception", 500, false, Processing.UNKNOWN)), AT)).isEmpty();
    assertThat(JournalOutcome.ofAnswer(paykka.payments().capture(
        CaptureCommand.of(OrderId.of("GW404"), TestRequests.usd(1), true)), AT))
        .as("a refusal: the reconciler will find out").isEmpty();
  }
}

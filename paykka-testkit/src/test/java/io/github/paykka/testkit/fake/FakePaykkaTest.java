package io.github.paykka.testkit.fake;

import static io.github.paykka.testkit.contract.TestRequests.purchase;
import static io.github.paykka.testkit.contract.TestRequests.usd;
import static io.github.paykka.testkit.contract.TestRequests.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.simulation.IdGenerator;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.testkit.simulation.SimulatedRefusal;
import io.github.paykka.wire.error.RetCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FakePaykkaTest {

  private static final Instant NOW = Instant.parse("2025-05-06T07:08:09Z");
  private final FakePaykka paykka = FakePaykka.builder()
      .clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .idGenerator(IdGenerator.sequential(100))
      .merchantId(MerchantId.of("18000000000042"))
      .build();

  @Test
  void failNextAnswersTheFailureWithoutProcessingThenTheNextCallWorks() {
    GatewayFailure notSent = new GatewayFailure.NotSent(Operation.INITIATE, "", 0, "connection refused");
    paykka.failNext(Operation.INITIATE, notSent);
    PaymentRequest request = valid(purchase(TestCard.VISA_SUCCESS));

    assertThat(paykka.payments().initiate(request).getLeft()).isSameAs(notSent);
    assertThat(paykka.engine().orderCount(request.transId())).isZero();

    PaymentResult result = paykka.payments().initiate(request).get();
    assertThat(result.order().orderId().value()).isEqualTo("GW000000000000000100");
    assertThat(result.payFinishTime().get().toInstant()).isEqualTo(NOW);
  }

  @Test
  void scriptsOfOneOperationAreUsedInOrderAndDoNotTouchOtherOperations() {
    GatewayFailure first = new GatewayFailure.NotSent(Operation.QUERY, "", 0, "first");
    GatewayFailure second = new GatewayFailure.NotSent(Operation.QUERY, "", 0, "second");
    paykka.failNext(Operation.QUERY, first).failNext(Operation.QUERY, second);
    PaymentRequest request = valid(purchase(TestCard.VISA_SUCCESS));

    assertThat(paykka.payments().initiate(request).isRight()).isTrue();
    PaymentLookup lookup = PaymentLookup.byTransId(request.transId());
    assertThat(paykka.payments().query(lookup).getLeft()).isSameAs(first);
    assertThat(paykka.payments().query(lookup).getLeft()).isSameAs(second);
    assertThat(paykka.payments().query(lookup).isRight()).isTrue();
  }

  @Test
  void failNextAfterProcessingMakesTheOrderButLosesTheAnswer() {
    paykka.failNextAfterProcessing(Operation.INITIATE);
    PaymentRequest request = valid(purchase(TestCard.VISA_SUCCESS));

    GatewayFailure failure = paykka.payments().initiate(request).getLeft();

    assertThat(failure).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
    assertThat(failure.reference()).isEqualTo(request.transId().value());
    assertThat(failure.operation()).isEqualTo(Operation.INITIATE);
    assertThat(paykka.engine().orderCount(request.transId())).isEqualTo(1);
    assertThat(paykka.payments().query(PaymentLookup.byTransId(request.transId())).get().order().status())
        .isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void failNextAfterProcessingWithAGivenFailureCapturesAndAnswersIt() {
    OrderId id = paykka.payments().initiate(valid(purchase(TestCard.VISA_SUCCESS)
        .captureMethod(CaptureMethod.MANUAL))).get().order().orderId();
    GatewayFailure serverError = new GatewayFailure.OutcomeUnknown(Operation.CAPTURE, id.value(), 1, "HTTP 502", 502);
    paykka.failNextAfterProcessing(Operation.CAPTURE, serverError);

    assertThat(paykka.payments().capture(CaptureCommand.of(id, usd(1000), true)).getLeft()).isSameAs(serverError);
    assertThat(paykka.engine().order(id).get().order().status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void clearScriptedFailuresForgetsThem() {
    paykka.failNext(Operation.INITIATE, new GatewayFailure.NotSent(Operation.INITIATE, "", 0, "x"));
    paykka.clearScriptedFailures();

    assertThat(paykka.payments().initiate(valid(purchase(TestCard.VISA_SUCCESS))).isRight()).isTrue();
  }

  @Test
  void refusalsAreRejectedWithThePaykkaCodeAndHttp200() {
    GatewayFailure failure = paykka.payments().query(PaymentLookup.byOrderId(OrderId.of("GW404"))).getLeft();

    assertThat(failure).isInstanceOfSatisfying(GatewayFailure.Rejected.class, rejected -> {
      assertThat(rejected.retCode()).isEqualTo(RetCode.ORDER_NOT_FOUND);
      assertThat(rejected.httpStatus()).isEqualTo(200);
      assertThat(rejected.operation()).isEqualTo(Operation.QUERY);
      assertThat(rejected.reference()).isEqualTo("GW404");
      assertThat(rejected.isRetryable()).isFalse();
    });
  }

  @Test
  void declinesAreDeclinedWithTheOrderIdAlsoWhenInitiatedAgain() {
    PaymentRequest request = valid(purchase(TestCard.INSUFFICIENT_FUNDS));

    Either<GatewayFailure, PaymentResult> first = paykka.payments().initiate(request);
    Either<GatewayFailure, PaymentResult> again = paykka.payments().initiate(request);

    assertThat(first.getLeft()).isInstanceOfSatisfying(GatewayFailure.Declined.class, declined -> {
      assertThat(declined.errorCode()).isEqualTo(TestCard.INSUFFICIENT_FUNDS_CODE);
      assertThat(declined.orderId()).isEqualTo(Option.some(OrderId.of("GW000000000000000100")));
      assertThat(declined.message()).doesNotContain(TestCard.INSUFFICIENT_FUNDS.number());
    });
    assertThat(again.getLeft()).isEqualTo(first.getLeft());
    assertThat(paykka.engine().orders()).hasSize(1);
  }

  @Test
  void everyCallIsRecordedWithItsArgumentsScriptedOrNot() {
    PaymentRequest request = valid(purchase(TestCard.VISA_SUCCESS));
    paykka.failNext(Operation.INITIATE, new GatewayFailure.NotSent(Operation.INITIATE, "", 0, "x"));
    paykka.payments().initiate(request);
    paykka.payments().initiate(request);
    PaymentLookup lookup = PaymentLookup.byTransId(request.transId());
    paykka.payments().query(lookup);

    assertThat(paykka.calls()).extracting(FakePaykka.RecordedCall::operation).containsExactly(
        Operation.INITIATE, Operation.INITIATE, Operation.QUERY);
    assertThat(paykka.calls(Operation.INITIATE)).extracting(c -> c.argument(PaymentRequest.class).transId())
        .containsOnly(request.transId());
    assertThatThrownBy(() -> paykka.calls(Operation.QUERY).get(0).argument(PaymentRequest.class))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("payments.query").hasMessageContaining("not a PaymentRequest");
    assertThat(paykka.calls(Operation.QUERY).get(0).arguments()).containsExactly(lookup);

    paykka.clearCalls();
    assertThat(paykka.calls()).isEmpty();
  }

  @Test
  void theSimulatorDrivesChallengesAndAsyncResultsAndThrowsWhenNothingIsPending() {
    OrderId challenged = paykka.payments().initiate(valid(purchase(TestCard.THREE_DS_CHALLENGE))).get()
        .order().orderId();
    OrderId async = paykka.payments().initiate(valid(purchase(TestCard.PROCESSING_THEN_APPROVED))).get()
        .order().orderId();

    paykka.completeChallenge(challenged, true);
    paykka.settlePending(async);

    assertThat(paykka.engine().order(challenged).get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(paykka.engine().order(async).get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThatThrownBy(() -> paykka.completeChallenge(challenged, true)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(RetCode.INVALID_STATE);
    assertThatThrownBy(() -> paykka.settlePending(OrderId.of("GW404"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(RetCode.ORDER_NOT_FOUND);
  }

  @Test
  void aCheckoutSessionIsPaidOnItsHostedPage() {
    CheckoutSession session = paykka.checkoutSessions().create(valid(TestRequests.checkoutSession())).get();

    PaymentResult paid = paykka.payCheckoutSession(session.sessionId(), TestCard.VISA_SUCCESS.instrument());

    assertThat(paid.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(paykka.checkoutSessions().query(SessionLookup.bySessionId(session.sessionId())).get().status())
        .isEqualTo(SessionStatus.COMPLETED);
    assertThat(paykka.payments().query(PaymentLookup.bySessionId(session.sessionId())).get().order())
        .isEqualTo(paid.order());
  }

  @Test
  void fakesOfTwoMerchantsCanShareAnEngineWithoutSeeingEachOther() {
    SimulatedPaykka engine = SimulatedPaykka.builder().build();
    FakePaykka mine = FakePaykka.builder().engine(engine).merchantId(MerchantId.of("1")).build();
    FakePaykka theirs = FakePaykka.builder().engine(engine).merchantId(MerchantId.of("2")).build();
    PaymentRequest request = valid(purchase(TestCard.VISA_SUCCESS));

    OrderId id = mine.payments().initiate(request).get().order().orderId();

    assertThat(theirs.payments().query(PaymentLookup.byOrderId(id)).isLeft()).isTrue();
    assertThat(theirs.engine()).isSameAs(mine.engine());
  }
}

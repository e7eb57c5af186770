package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.ResilienceEvent.CallCompleted;
import io.github.paykka.ports.CallOutcome;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.Processing;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Fault;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.RecordComponent;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One {@link CallCompleted} per call of a port method (issue 13's metrics hook): the operation, how the call ended (the
 * same kind as the answer the caller got), its duration and requests, and nothing that identifies a payment.
 */
class CallCompletedTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(13L, 8);

  @AfterEach
  void clearFaults() {
    SANDBOX.sandbox().faults().clear();
  }

  /** Runs {@code call} and answers the one completion event it produced, checked against what the caller got. */
  private static CallCompleted completion(Recorder recorder, Supplier<Either<GatewayFailure, ?>> call) {
    recorder.events.clear();
    Either<GatewayFailure, ?> answer = call.get();
    List<CallCompleted> completed =
        recorder.events.stream().filter(CallCompleted.class::isInstance).map(CallCompleted.class::cast).toList();
    assertThat(completed).as("completion events of one call").hasSize(1);
    CallCompleted event = completed.get(0);
    assertThat(event.outcome()).isEqualTo(CallOutcome.of(answer));
    answer.swap().forEach(f -> {
      assertThat(event.operation()).isEqualTo(f.operation());
      assertThat(event.attempts()).isEqualTo(f.attempts());
    });
    assertThat(event.duration()).isPositive();
    return event;
  }

  @Test
  void eachCallReportsOnceWithTheKindOfItsAnswer() {
    Recorder recorder = new Recorder();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().listener(recorder).build()) {
      PaymentRequest manual =
          TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL));
      CallCompleted paid = completion(recorder, () -> adapter.initiate(manual));
      assertThat(paid).isEqualTo(new CallCompleted(Operation.INITIATE, CallOutcome.SUCCESS, paid.duration(), 1));

      OrderId order = SANDBOX.sandbox().engine().orders().stream()
          .filter(r -> r.order().transId().equals(manual.transId())).findFirst().get().order().orderId();
      // the capture queries the balances first: still one event, the capture's, with the capture's one request
      CallCompleted captured =
          completion(recorder, () -> adapter.capture(CaptureCommand.of(order, TestRequests.usd(100), false)));
      assertThat(captured.operation()).isEqualTo(Operation.CAPTURE);
      assertThat(captured.attempts()).isEqualTo(1);

      assertThat(completion(recorder,
          () -> adapter.initiate(TestRequests.valid(TestRequests.purchase(TestCard.DECLINED)))).outcome())
          .isEqualTo(CallOutcome.DECLINED);
      CallCompleted rejected = completion(recorder,
          () -> adapter.query(PaymentLookup.byTransId(TestRequests.uniqueTransId())));
      assertThat(rejected.operation()).isEqualTo(Operation.QUERY);
      assertThat(rejected.outcome().tag()).isEqualTo("rejected");

      // an answer lost after processing: the adapter's reconciliation query is part of the call, not a call
      SANDBOX.sandbox().faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing());
      CallCompleted recovered =
          completion(recorder, () -> adapter.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))));
      assertThat(recovered.outcome()).isEqualTo(CallOutcome.SUCCESS);
      assertThat(recorder.count(ResilienceEvent.Reconciling.class)).isEqualTo(1);

      SANDBOX.sandbox().faults().inject(Operation.TOKEN_REMOVE, new Fault.DropAfterProcessing());
      CallCompleted unknown = completion(recorder,
          () -> adapter.remove(CardToken.of("TK1"), ShopperReference.of("shopper-1")));
      assertThat(unknown.outcome()).isEqualTo(CallOutcome.OUTCOME_UNKNOWN);
    }
  }

  @Test
  void aCallThatCouldNotBeSentAndAnAnswerThatDoesNotVerifyAreReportedToo() throws Exception {
    Recorder recorder = new Recorder();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().listener(recorder)
        .environment(PaykkaEnvironment.local("http://127.0.0.1:" + port + "/")).build()) {
      CallCompleted refused = completion(recorder,
          () -> adapter.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))));
      assertThat(refused.outcome()).isEqualTo(CallOutcome.NOT_SENT);
      assertThat(refused.attempts()).isEqualTo(3);
    }
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            r -> LoopbackServer.Reply.unsigned(200, "application/json", "{\"ret_code\":\"000000\"}", Map.of()));
        PaykkaHttpAdapter adapter = server.adapter().listener(recorder).build()) {
      CallCompleted forged = completion(recorder, () -> adapter.query(PaymentLookup.byTransId(TransId.of("T1"))));
      assertThat(forged.outcome()).isEqualTo(CallOutcome.UNAUTHENTIC);
    }
  }

  @Test
  void everyFailureHasItsOutcomeAndTheEventCarriesNoIdentifier() {
    Map<GatewayFailure, CallOutcome> kinds = Map.of(
        new GatewayFailure.Declined(Operation.INITIATE, "T1", 1, "2099", "Invalid Card", Option.none()),
        CallOutcome.DECLINED,
        new GatewayFailure.Rejected(Operation.QUERY, "T1", 1, "206024", Option.none(), "no order", 404, false,
            Processing.NOT_FOUND),
        CallOutcome.REJECTED,
        new GatewayFailure.NotSent(Operation.QUERY, "T1", 0, "circuit open"), CallOutcome.NOT_SENT,
        new GatewayFailure.OutcomeUnknown(Operation.REFUND, "R1", 1, "timeout", 0), CallOutcome.OUTCOME_UNKNOWN,
        new GatewayFailure.Unauthentic(Operation.QUERY, "T1", 1, "no signature", 200), CallOutcome.UNAUTHENTIC,
        new GatewayFailure.Invalid(Operation.INITIATE, "T1", io.vavr.collection.List.of(new FieldError("x", "y"))),
        CallOutcome.INVALID,
        new GatewayFailure.UnknownStatus(Operation.INITIATE, "T1", 1, "PENDING_REVIEW", Option.none()),
        CallOutcome.UNKNOWN_STATUS);
    kinds.forEach((failure, outcome) -> assertThat(CallOutcome.of(Either.left(failure))).isEqualTo(outcome));
    assertThat(CallOutcome.of(Either.right("ok"))).isEqualTo(CallOutcome.SUCCESS);
    assertThat(Arrays.stream(CallOutcome.values()).map(CallOutcome::tag)).containsExactly("success", "declined",
        "rejected", "not_sent", "outcome_unknown", "unauthentic", "invalid", "unknown_status");
    // bounded fields only: no reference, amount or card data can reach a metric tag
    assertThat(Arrays.stream(CallCompleted.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("operation", "outcome", "duration", "attempts");
  }
}

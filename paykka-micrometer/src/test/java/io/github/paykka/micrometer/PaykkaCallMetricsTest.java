package io.github.paykka.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.CallOutcome;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.ports.token.TokenGateway;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.fake.FakePaykka;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PaykkaCallMetricsTest {

  /** Each operation, and how to call it through the wrappers: the port method that names it. */
  static final Map<Operation, Function<Ports, Either<GatewayFailure, ?>>> CALLS = new EnumMap<>(Operation.class);

  static {
    TransId t = TransId.of("T1");
    OrderId o = OrderId.of("GW1");
    ShopperReference shopper = ShopperReference.of("shopper-1");
    CALLS.put(Operation.INITIATE, p -> p.payments.initiate(
        TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))));
    CALLS.put(Operation.QUERY, p -> p.payments.query(PaymentLookup.byTransId(t)));
    CALLS.put(Operation.CAPTURE, p -> p.payments.capture(CaptureCommand.rest(o)));
    CALLS.put(Operation.VOID, p -> p.payments.voidPayment(VoidCommand.of(o, ReasonCode.DUPLICATE)));
    CALLS.put(Operation.REFUND, p -> p.refunds.refund(new RefundCommand(RefundTransId.of("R1"), o,
        TestRequests.usd(100), ReasonCode.REQUESTED_BY_CUSTOMER, Option.none())));
    CALLS.put(Operation.REFUND_QUERY, p -> p.refunds.query(RefundLookup.byRefundTransId(RefundTransId.of("R1"))));
    CALLS.put(Operation.TOKEN_LIST, p -> p.tokens.list(shopper));
    CALLS.put(Operation.TOKEN_REMOVE, p -> p.tokens.remove(CardToken.of("TK1"), shopper));
    CALLS.put(Operation.RECURRING_CANCEL, p -> p.agreements.cancel(RecurringAgreementId.of("RA1"), shopper));
    CALLS.put(Operation.CHECKOUT_CREATE, p -> p.sessions.create(
        TestRequests.valid(TestRequests.checkoutSession())));
    CALLS.put(Operation.CHECKOUT_QUERY, p -> p.sessions.query(SessionLookup.bySessionId(SessionId.of("CS1"))));
    CALLS.put(Operation.APPLE_PAY_SESSION, p -> p.applePay.createSession(
        ApplePaySessionRequest.of("shop.example", null).get()));
  }

  @Test
  void everyOperationIsCovered() {
    assertThat(CALLS.keySet()).containsExactlyInAnyOrder(Operation.values());
  }

  @Property(tries = 200)
  void everyCallIsTimedOnceUnderItsOperationAndOutcome(@ForAll Operation operation,
      @ForAll("answers") Either<GatewayFailure, Object> answer, @ForAll("latencies") long latencyMillis) {
    MockClock clock = new MockClock();
    SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    Scripted delegate = new Scripted(clock, Duration.ofMillis(latencyMillis), answer);

    Either<GatewayFailure, ?> result = CALLS.get(operation).apply(Ports.timed(PaykkaCallMetrics.of(registry), delegate));

    assertThat(result).isSameAs(answer);
    List<Timer> timers = registry.find(PaykkaCallMetrics.CALLS).timers().stream().toList();
    assertThat(timers).hasSize(1);
    Timer timer = timers.get(0);
    assertThat(timer.getId().getTag("operation")).isEqualTo(operation.label());
    assertThat(timer.getId().getTag("outcome")).isEqualTo(CallOutcome.of(answer).tag());
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo((double) latencyMillis);
  }

  @Provide
  Arbitrary<Either<GatewayFailure, Object>> answers() {
    List<Either<GatewayFailure, Object>> all = new java.util.ArrayList<>();
    all.add(Either.right(new Object()));
    CallOutcomeTest.EVERY_KIND.keySet().forEach(f -> all.add(Either.left(f)));
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<Long> latencies() {
    return Arbitraries.longs().between(0, 60_000);
  }

  @Test
  void aCallThatThrowsIsTimedAsAnErrorAndTheExceptionReachesTheCaller() {
    MockClock clock = new MockClock();
    SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    PaymentGateway throwing = new Scripted(clock, Duration.ofMillis(7), Either.right("unused")) {
      @Override
      public Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup) {
        clock.add(Duration.ofMillis(7));
        throw new IllegalStateException("a user's transport that throws");
      }
    };
    PaymentGateway timed = PaykkaCallMetrics.of(registry).payments(throwing);

    assertThatThrownBy(() -> timed.query(PaymentLookup.byTransId(TransId.of("T1"))))
        .isInstanceOf(IllegalStateException.class).hasMessage("a user's transport that throws");
    Timer timer = registry.get(PaykkaCallMetrics.CALLS).tag("operation", "payments.query").tag("outcome", "error")
        .timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7.0);
  }

  @Test
  void overTheTestkitFakesASuccessAndADeclineAreToldApart() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    FakePaykka fake = FakePaykka.create();
    PaymentGateway payments = PaykkaCallMetrics.of(registry).payments(fake.payments());

    assertThat(payments.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))).isRight()).isTrue();
    assertThat(payments.initiate(TestRequests.valid(TestRequests.purchase(TestCard.DECLINED))).getLeft())
        .isInstanceOf(GatewayFailure.Declined.class);
    assertThat(payments.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))).isRight()).isTrue();

    assertThat(registry.get(PaykkaCallMetrics.CALLS).tags("operation", "payments.initiate", "outcome", "success")
        .timer().count()).isEqualTo(2);
    assertThat(registry.get(PaykkaCallMetrics.CALLS).tags("operation", "payments.initiate", "outcome", "declined")
        .timer().count()).isEqualTo(1);
  }

  @Test
  void tagsNeverCarryIdsAmountsOrCardData() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    FakePaykka fake = FakePaykka.create();
    PaykkaCallMetrics metrics = PaykkaCallMetrics.of(registry);
    PaymentGateway payments = metrics.payments(fake.payments());
    for (TestCard card : TestCard.values()) {
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(card));
      payments.initiate(request);
      payments.query(PaymentLookup.byTransId(request.transId()));
    }
    Set<String> allowed = new HashSet<>();
    for (Operation o : Operation.values()) allowed.add(o.label());
    for (CallOutcome o : CallOutcome.values()) allowed.add(o.tag());
    Set<String> values = new HashSet<>();
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) values.add(tag.getValue());
    }
    // a trans_id, an order id, an amount or a card number would have made a tag value of its own
    assertThat(values).isNotEmpty().isSubsetOf(allowed);
  }

  @Test
  void theWrapperIsOnlyThePortItWraps() {
    FakePaykka fake = FakePaykka.create();
    PaykkaCallMetrics metrics = PaykkaCallMetrics.of(new SimpleMeterRegistry());
    // so that, in a container, injecting one port never finds another's wrapper
    assertThat(metrics.payments(fake.payments())).isNotInstanceOf(RefundGateway.class);
    assertThat(metrics.refunds(fake.refunds())).isNotInstanceOf(PaymentGateway.class);
  }

  /** The wrappers of every port over one delegate. */
  record Ports(PaymentGateway payments, RefundGateway refunds, TokenGateway tokens,
      RecurringAgreementGateway agreements, CheckoutSessionGateway sessions, ApplePaySessionGateway applePay) {
    static Ports timed(PaykkaCallMetrics metrics, Scripted delegate) {
      return new Ports(metrics.payments(delegate), metrics.refunds(delegate), metrics.tokens(delegate),
          metrics.recurringAgreements(delegate), metrics.checkoutSessions(delegate),
          metrics.applePaySessions(delegate));
    }
  }

  /** Every port: takes {@code latency} on the mock clock, then answers {@code answer}. */
  static class Scripted implements PaymentGateway, RefundGateway, TokenGateway, RecurringAgreementGateway,
      CheckoutSessionGateway, ApplePaySessionGateway {
    private final MockClock clock;
    private final Duration latency;
    private final Either<GatewayFailure, ?> answer;

    Scripted(MockClock clock, Duration latency, Either<GatewayFailure, ?> answer) {
      this.clock = clock;
      this.latency = latency;
      this.answer = answer;
    }

    @SuppressWarnings("unchecked")
    private <T> Either<GatewayFailure, T> answer() {
      clock.add(latency);
      return (Either<GatewayFailure, T>) answer;
    }

    @Override
    public Either<GatewayFailure, PaymentResult> initiate(PaymentRequest request) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, Accepted> capture(CaptureCommand command) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, Accepted> voidPayment(VoidCommand command) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, Refund> refund(RefundCommand command) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, Refund> query(RefundLookup lookup) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, List<StoredCardToken>> list(ShopperReference shopper) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, Accepted> remove(CardToken token, ShopperReference shopper) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, Accepted> cancel(RecurringAgreementId agreement, ShopperReference shopper) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, CheckoutSession> create(CheckoutSessionRequest request) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, CheckoutSession> query(SessionLookup lookup) {
      return answer();
    }

    @Override
    public Either<GatewayFailure, ApplePayMerchantSession> createSession(ApplePaySessionRequest request) {
      return answer();
    }
  }
}

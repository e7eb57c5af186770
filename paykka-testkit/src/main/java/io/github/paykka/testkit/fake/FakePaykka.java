package io.github.paykka.testkit.fake;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.ports.Accepted;
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
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.simulation.IdGenerator;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.testkit.simulation.SimulatedRefusal;
import io.github.paykka.wire.error.ErrorCatalog;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * In-memory fakes of every driven port, backed by one {@link SimulatedPaykka}, so that they behave as the sandbox
 * does: the test cards of {@link io.github.paykka.testkit.TestCard}, one order per {@code trans_id}, and refusals of
 * whatever the domain's state machines forbid. Deterministic (injected clock and identifiers) and thread-safe.
 *
 * <p>How outcomes map to the ports' {@link GatewayFailure}s:
 * <ul>
 *   <li>an {@link SimulatedRefusal} is {@link GatewayFailure.Rejected} with its {@code ret_code}, error code and
 *       message, HTTP status 200 (PayKKa answers business refusals with 200 and a {@code ret_code}), one attempt,
 *       not retryable;
 *   <li>an initiate whose order is FAILURE (also when the same {@code trans_id} is initiated again) is
 *       {@link GatewayFailure.Declined} with the order's error code and order id; a query answers a FAILURE order as
 *       a result;
 *   <li>scripted failures ({@link #failNext}, {@link #failNextAfterProcessing}) are answered as given.
 * </ul>
 *
 * <p>Every call is recorded before it is processed or failed, see {@link #calls()}.
 *
 * <pre>{@code
 * FakePaykka paykka = FakePaykka.builder().clock(fixedClock).build();
 * MyCheckout checkout = new MyCheckout(paykka.payments(), paykka.refunds());
 * paykka.failNextAfterProcessing(Operation.INITIATE);   // the order exists, the answer is lost
 * }</pre>
 */
public final class FakePaykka implements PaymentSimulator {

  /** The merchant the fakes act for when the builder is given none. */
  public static final MerchantId DEFAULT_MERCHANT_ID = MerchantId.of("18000000000000");

  /**
   * One call to a fake, as it came in.
   *
   * @param operation what was called
   * @param arguments its arguments, in order (e.g. the {@link PaymentRequest}; the token and the shopper)
   */
  public record RecordedCall(Operation operation, List<Object> arguments) {
    public RecordedCall {
      requireNonNull(operation, "operation == null");
      arguments = List.copyOf(arguments);
    }

    /**
     * The first argument as a {@code type}, e.g. {@code argument(PaymentRequest.class)} of an initiate: the domain's
     * own values, so that {@code call.argument(PaymentRequest.class).transId()} compares with a {@code TransId}.
     *
     * @throws IllegalStateException naming both types if the argument is not a {@code type}
     */
    public <T> T argument(Class<T> type) {
      requireNonNull(type, "type == null");
      Object first = arguments.get(0);
      if (!type.isInstance(first)) {
        throw new IllegalStateException(operation.label() + " was called with a " + first.getClass().getSimpleName()
            + ", not a " + type.getSimpleName());
      }
      return type.cast(first);
    }
  }

  private enum When { INSTEAD, AFTER_PROCESSING }

  // failure null: an OutcomeUnknown made for the call
  private record Script(When when, @Nullable GatewayFailure failure) {}

  private final SimulatedPaykka engine;
  private final MerchantId merchantId;
  private final Map<Operation, Queue<Script>> scripts = new ConcurrentHashMap<>();
  private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();

  private final PaymentGateway payments = new Payments();
  private final RefundGateway refunds = new Refunds();
  private final TokenGateway tokens = new Tokens();
  private final RecurringAgreementGateway agreements = new Agreements();
  private final CheckoutSessionGateway sessions = new Sessions();
  private final ApplePaySessionGateway applePay = new ApplePay();

  private FakePaykka(SimulatedPaykka engine, MerchantId merchantId) {
    this.engine = engine;
    this.merchantId = merchantId;
  }

  /** A builder: system clock, sequential identifiers, merchant {@link #DEFAULT_MERCHANT_ID}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A fake with the defaults of {@link #builder()}. */
  public static FakePaykka create() {
    return builder().build();
  }

  /** The fake {@link PaymentGateway}. */
  public PaymentGateway payments() {
    return payments;
  }

  /** The fake {@link RefundGateway}. */
  public RefundGateway refunds() {
    return refunds;
  }

  /** The fake {@link TokenGateway}. */
  public TokenGateway tokens() {
    return tokens;
  }

  /** The fake {@link RecurringAgreementGateway}. */
  public RecurringAgreementGateway recurringAgreements() {
    return agreements;
  }

  /** The fake {@link CheckoutSessionGateway}. */
  public CheckoutSessionGateway checkoutSessions() {
    return sessions;
  }

  /** The fake {@link ApplePaySessionGateway}. */
  public ApplePaySessionGateway applePaySessions() {
    return applePay;
  }

  /** The engine behind the fakes, for inspection ({@code orders()}, {@code orderCount(...)}) and listeners. */
  public SimulatedPaykka engine() {
    return engine;
  }

  /** The merchant the fakes act for. */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * The next call of {@code operation} answers {@code failure} without doing anything (e.g. {@link
   * GatewayFailure.NotSent}, or an {@link GatewayFailure.OutcomeUnknown} where PayKKa never got the request).
   * Scripts of one operation are used in the order given, one per call.
   */
  public FakePaykka failNext(Operation operation, GatewayFailure failure) {
    requireNonNull(operation, "operation == null");
    requireNonNull(failure, "failure == null");
    scripts.computeIfAbsent(operation, o -> new ConcurrentLinkedQueue<>()).add(new Script(When.INSTEAD, failure));
    return this;
  }

  /**
   * The next call of {@code operation} is processed (the order, capture or refund happens) and then answers
   * {@code failure}, as when the connection closes after PayKKa processed the request.
   */
  public FakePaykka failNextAfterProcessing(Operation operation, GatewayFailure failure) {
    requireNonNull(operation, "operation == null");
    requireNonNull(failure, "failure == null");
    scripts.computeIfAbsent(operation, o -> new ConcurrentLinkedQueue<>())
        .add(new Script(When.AFTER_PROCESSING, failure));
    return this;
  }

  /**
   * The next call of {@code operation} is processed and then answers {@link GatewayFailure.OutcomeUnknown} (one
   * attempt, no HTTP status, reference: what the call concerned), as when the answer is lost.
   */
  public FakePaykka failNextAfterProcessing(Operation operation) {
    requireNonNull(operation, "operation == null");
    scripts.computeIfAbsent(operation, o -> new ConcurrentLinkedQueue<>())
        .add(new Script(When.AFTER_PROCESSING, null));
    return this;
  }

  /** Forgets every scripted failure not used yet. */
  public void clearScriptedFailures() {
    scripts.clear();
  }

  /** Every call so far, oldest first. */
  public List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /** The calls of {@code operation} so far, oldest first. */
  public List<RecordedCall> calls(Operation operation) {
    requireNonNull(operation, "operation == null");
    return calls.stream().filter(c -> c.operation() == operation).toList();
  }

  /** Forgets the recorded calls. */
  public void clearCalls() {
    calls.clear();
  }

  /** @throws IllegalStateException if the order does not exist or has no pending challenge */
  @Override
  public void completeChallenge(OrderId orderId, boolean passed) {
    orThrow(engine.completeChallenge(orderId, passed));
  }

  /** @throws IllegalStateException if the order does not exist or has no pending asynchronous result */
  @Override
  public void settlePending(OrderId orderId) {
    orThrow(engine.settlePending(orderId));
  }

  /**
   * The shopper pays on the hosted page of a checkout session with {@code instrument} (see
   * {@link SimulatedPaykka#payThroughSession}).
   *
   * @return the order made
   * @throws IllegalStateException if the session does not exist or is not open
   */
  public PaymentResult payCheckoutSession(SessionId sessionId, PaymentInstrument instrument) {
    return orThrow(engine.payThroughSession(sessionId, instrument));
  }

  @Override
  public String toString() {
    return "FakePaykka[merchant=" + merchantId + ", " + engine + "]";
  }

  private static <T> T orThrow(Either<SimulatedRefusal, T> result) {
    if (result.isLeft()) {
      throw new IllegalStateException(result.getLeft().retCode() + " " + result.getLeft().message());
    }
    return result.get();
  }

  // Records the call, then answers a scripted failure or what the engine says.
  private <T> Either<GatewayFailure, T> call(
      Operation operation, String reference, List<Object> arguments, Supplier<Either<GatewayFailure, T>> process) {
    calls.add(new RecordedCall(operation, arguments));
    Queue<Script> queue = scripts.get(operation);
    Script script = queue == null ? null : queue.poll();
    if (script == null) return process.get();
    if (script.when == When.INSTEAD) return Either.left(script.failure);
    process.get();
    GatewayFailure failure = script.failure != null ? script.failure
        : new GatewayFailure.OutcomeUnknown(operation, reference, 1,
            "connection closed after the request was processed (scripted)", 0);
    return Either.left(failure);
  }

  // the catalog reads the code, as for the HTTP adapter: a fake's refusal says what PayKKa's would (notFound() ...)
  private static <T> Either<GatewayFailure, T> rejected(
      Operation operation, String reference, Either<SimulatedRefusal, T> result) {
    return result.mapLeft(refusal -> ErrorCatalog.standard().rejected(operation, reference, 1, refusal.retCode(),
        refusal.errorCode(), refusal.message(), 200));
  }

  private final class Payments implements PaymentGateway {
    @Override
    public Either<GatewayFailure, PaymentResult> initiate(PaymentRequest request) {
      requireNonNull(request, "request == null");
      String reference = request.transId().value();
      return call(Operation.INITIATE, reference, List.of(request), () ->
          rejected(Operation.INITIATE, reference, engine.initiate(merchantId, request))
              .flatMap(result -> result.asOutcomeOf(Operation.INITIATE, reference, 1)));
    }

    @Override
    public Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup) {
      requireNonNull(lookup, "lookup == null");
      return call(Operation.QUERY, lookup.reference(), List.of(lookup),
          () -> rejected(Operation.QUERY, lookup.reference(), engine.query(merchantId, lookup)));
    }

    @Override
    public Either<GatewayFailure, Accepted> capture(CaptureCommand command) {
      requireNonNull(command, "command == null");
      String reference = command.orderId().value();
      return call(Operation.CAPTURE, reference, List.of(command),
          () -> rejected(Operation.CAPTURE, reference, engine.capture(merchantId, command))
              .map(r -> new Accepted(Operation.CAPTURE, reference)));
    }

    @Override
    public Either<GatewayFailure, Accepted> voidPayment(VoidCommand command) {
      requireNonNull(command, "command == null");
      String reference = command.orderId().value();
      return call(Operation.VOID, reference, List.of(command),
          () -> rejected(Operation.VOID, reference, engine.voidPayment(merchantId, command))
              .map(r -> new Accepted(Operation.VOID, reference)));
    }
  }

  private final class Refunds implements RefundGateway {
    @Override
    public Either<GatewayFailure, Refund> refund(RefundCommand command) {
      requireNonNull(command, "command == null");
      String reference = command.refundTransId().value();
      return call(Operation.REFUND, reference, List.of(command),
          () -> rejected(Operation.REFUND, reference, engine.refund(merchantId, command)));
    }

    @Override
    public Either<GatewayFailure, Refund> query(RefundLookup lookup) {
      requireNonNull(lookup, "lookup == null");
      return call(Operation.REFUND_QUERY, lookup.reference(), List.of(lookup),
          () -> rejected(Operation.REFUND_QUERY, lookup.reference(), engine.queryRefund(merchantId, lookup)));
    }
  }

  private final class Tokens implements TokenGateway {
    @Override
    public Either<GatewayFailure, List<StoredCardToken>> list(ShopperReference shopper) {
      requireNonNull(shopper, "shopper == null");
      return call(Operation.TOKEN_LIST, shopper.value(), List.of(shopper),
          () -> Either.right(engine.listTokens(merchantId, shopper)));
    }

    @Override
    public Either<GatewayFailure, Accepted> remove(CardToken token, ShopperReference shopper) {
      requireNonNull(token, "token == null");
      requireNonNull(shopper, "shopper == null");
      String reference = token.value();
      return call(Operation.TOKEN_REMOVE, reference, List.of(token, shopper),
          () -> rejected(Operation.TOKEN_REMOVE, reference, engine.removeToken(merchantId, token, shopper))
              .map(t -> new Accepted(Operation.TOKEN_REMOVE, reference)));
    }
  }

  private final class Agreements implements RecurringAgreementGateway {
    @Override
    public Either<GatewayFailure, Accepted> cancel(RecurringAgreementId agreement, ShopperReference shopper) {
      requireNonNull(agreement, "agreement == null");
      requireNonNull(shopper, "shopper == null");
      String reference = agreement.value();
      return call(Operation.RECURRING_CANCEL, reference, List.of(agreement, shopper),
          () -> rejected(Operation.RECURRING_CANCEL, reference,
              engine.cancelAgreement(merchantId, agreement, shopper))
              .map(a -> new Accepted(Operation.RECURRING_CANCEL, reference)));
    }
  }

  private final class Sessions implements CheckoutSessionGateway {
    @Override
    public Either<GatewayFailure, CheckoutSession> create(CheckoutSessionRequest request) {
      requireNonNull(request, "request == null");
      String reference = request.transId().value();
      return call(Operation.CHECKOUT_CREATE, reference, List.of(request),
          () -> rejected(Operation.CHECKOUT_CREATE, reference, engine.createSession(merchantId, request)));
    }

    @Override
    public Either<GatewayFailure, CheckoutSession> query(SessionLookup lookup) {
      requireNonNull(lookup, "lookup == null");
      return call(Operation.CHECKOUT_QUERY, lookup.reference(), List.of(lookup),
          () -> rejected(Operation.CHECKOUT_QUERY, lookup.reference(), engine.querySession(merchantId, lookup)));
    }
  }

  private final class ApplePay implements ApplePaySessionGateway {
    @Override
    public Either<GatewayFailure, ApplePayMerchantSession> createSession(ApplePaySessionRequest request) {
      requireNonNull(request, "request == null");
      return call(Operation.APPLE_PAY_SESSION, request.domainName(), List.of(request),
          () -> Either.right(engine.applePaySession(merchantId, request)));
    }
  }

  /** Builds a {@link FakePaykka}. */
  public static final class Builder {
    // the engine made when none is given: its builder holds the defaults and checks the settings
    private final SimulatedPaykka.Builder ownEngine = SimulatedPaykka.builder();
    private MerchantId merchantId = DEFAULT_MERCHANT_ID;
    private @Nullable SimulatedPaykka engine;

    private Builder() {}

    /** The clock (default: system UTC); ignored when an {@link #engine} is given. */
    public Builder clock(Clock clock) {
      ownEngine.clock(clock);
      return this;
    }

    /** The identifiers (default: {@link IdGenerator#sequential()}); ignored when an {@link #engine} is given. */
    public Builder idGenerator(IdGenerator idGenerator) {
      ownEngine.idGenerator(idGenerator);
      return this;
    }

    /** The merchant the fakes act for (default {@link FakePaykka#DEFAULT_MERCHANT_ID}). */
    public Builder merchantId(MerchantId merchantId) {
      this.merchantId = requireNonNull(merchantId, "merchantId == null");
      return this;
    }

    /**
     * The merchant the fakes act for, as text.
     *
     * @throws IllegalArgumentException naming {@code merchantId} if it is not a merchant id
     */
    public Builder merchantId(String merchantId) {
      requireNonNull(merchantId, "merchantId == null");
      try {
        this.merchantId = MerchantId.of(merchantId);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("merchantId: " + e.getMessage(), e);
      }
      return this;
    }

    /** An engine to share, e.g. with fakes of another merchant (default: a new one). */
    public Builder engine(SimulatedPaykka engine) {
      this.engine = requireNonNull(engine, "engine == null");
      return this;
    }

    public FakePaykka build() {
      SimulatedPaykka chosen = engine != null ? engine : ownEngine.build();
      return new FakePaykka(chosen, merchantId);
    }
  }
}

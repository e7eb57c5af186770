package io.github.paykka.micrometer;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.CallOutcome;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.ports.token.TokenGateway;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Times every call through the driven ports: wrap each gateway, whatever implements it (the HTTP adapter, the
 * testkit's fakes, your own transport), and use the wrapper in its place.
 *
 * <p>One timer, {@value #CALLS}, tagged {@code operation} (the {@link Operation#label()}, e.g.
 * {@code payments.initiate}) and {@code outcome} (a {@link CallOutcome#tag()}: {@code success}, {@code declined},
 * {@code rejected}, {@code not_sent}, {@code outcome_unknown}, {@code unauthentic}, {@code invalid},
 * {@code refused}, {@code unknown_status}, or {@code error} when the implementation threw, which is then rethrown).
 * The duration is the whole call as the caller sees it (every attempt, backoff and reconciliation query of the HTTP adapter), measured
 * with the registry's clock. A timer is registered the first time its pair of tags occurs.
 *
 * <pre>{@code
 * PaykkaCallMetrics metrics = PaykkaCallMetrics.of(registry);
 * PaymentGateway payments = metrics.payments(adapter);
 * }</pre>
 *
 * <p>Thread-safe; the wrappers are too, as far as their delegate is.
 */
public final class PaykkaCallMetrics {
  /** The name of the timer. */
  public static final String CALLS = "paykka.calls";

  /** The outcomes a timer can have: a {@link CallOutcome}, or {@value #ERROR} when the implementation threw. */
  private static final int OUTCOMES = CallOutcome.values().length + 1;
  /** The {@code outcome} tag of a call whose implementation threw instead of answering a value. */
  public static final String ERROR = "error";

  private final MeterRegistry registry;
  private final AtomicReferenceArray<Timer> timers =
      new AtomicReferenceArray<>(Operation.values().length * OUTCOMES);

  private PaykkaCallMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics registered with {@code registry}. */
  public static PaykkaCallMetrics of(MeterRegistry registry) {
    return new PaykkaCallMetrics(requireNonNull(registry, "registry == null"));
  }

  /** {@code delegate}, its calls timed. */
  public PaymentGateway payments(PaymentGateway delegate) {
    return new TimedPorts.Payments(this, requireNonNull(delegate, "delegate == null"));
  }

  /** {@code delegate}, its calls timed. */
  public RefundGateway refunds(RefundGateway delegate) {
    return new TimedPorts.Refunds(this, requireNonNull(delegate, "delegate == null"));
  }

  /** {@code delegate}, its calls timed. */
  public TokenGateway tokens(TokenGateway delegate) {
    return new TimedPorts.Tokens(this, requireNonNull(delegate, "delegate == null"));
  }

  /** {@code delegate}, its calls timed. */
  public RecurringAgreementGateway recurringAgreements(RecurringAgreementGateway delegate) {
    return new TimedPorts.RecurringAgreements(this, requireNonNull(delegate, "delegate == null"));
  }

  /** {@code delegate}, its calls timed. */
  public CheckoutSessionGateway checkoutSessions(CheckoutSessionGateway delegate) {
    return new TimedPorts.CheckoutSessions(this, requireNonNull(delegate, "delegate == null"));
  }

  /** {@code delegate}, its calls timed. */
  public ApplePaySessionGateway applePaySessions(ApplePaySessionGateway delegate) {
    return new TimedPorts.ApplePaySessions(this, requireNonNull(delegate, "delegate == null"));
  }

  /** Runs {@code call} and records its duration under {@code operation} and its outcome. */
  <T> Either<GatewayFailure, T> time(Operation operation, Supplier<Either<GatewayFailure, T>> call) {
    Timer.Sample sample = Timer.start(registry);
    @Nullable CallOutcome outcome = null;
    try {
      Either<GatewayFailure, T> result = call.get();
      outcome = CallOutcome.of(result);
      return result;
    } finally {
      sample.stop(timer(operation, outcome));
    }
  }

  /** The timer of {@code operation} and {@code outcome} (null: the implementation threw). */
  private Timer timer(Operation operation, @Nullable CallOutcome outcome) {
    int i = operation.ordinal() * OUTCOMES + (outcome == null ? 0 : outcome.ordinal() + 1);
    Timer timer = timers.get(i);
    if (timer == null) {
      // registering twice is harmless: the registry answers the meter it already has
      timer = Timer.builder(CALLS)
          .description("Calls to PayKKa through the driven ports, by operation and outcome")
          .tag("operation", operation.label())
          .tag("outcome", outcome == null ? ERROR : outcome.tag())
          .register(registry);
      timers.set(i, timer);
    }
    return timer;
  }

  @Override
  public String toString() {
    return "PaykkaCallMetrics[" + registry.getClass().getSimpleName() + "]";
  }
}

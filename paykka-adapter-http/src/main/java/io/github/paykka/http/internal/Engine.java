package io.github.paykka.http.internal;

import static io.github.paykka.wire.error.Outcome.UNKNOWN;
import static java.util.Objects.requireNonNull;

import io.github.paykka.http.ResilienceEvent;
import io.github.paykka.http.ResilienceListener;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.error.ErrorEntry;
import io.github.paykka.wire.error.Retryability;
import io.github.paykka.wire.message.Envelope;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call to PayKKa with the adapter's resilience, without blocking a thread (except a caller's that waits anyway,
 * inside {@link #await}): rate limiter, circuit breaker, retries with backoff where repeating is safe, reconciliation of
 * money-moving calls after an ambiguous failure, and one deadline over everything.
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.paykka.http.PaykkaHttpAdapter");
  private static final String DUPLICATE = "010004";

  private final Transport transport;
  private final CircuitBreaker circuitBreaker;
  private final RateLimiter rateLimiter;
  private final Retry retry;
  private final ScheduledExecutorService scheduler;
  private final ResilienceListener listener;
  private final ErrorCatalog catalog = ErrorCatalog.standard();
  /** True on a thread inside {@link #await}: a call it starts may send on it. */
  private final ThreadLocal<Boolean> callerWaits = ThreadLocal.withInitial(() -> Boolean.FALSE);

  public Engine(
      Transport transport, CircuitBreaker circuitBreaker, RateLimiter rateLimiter, Retry retry,
      ScheduledExecutorService scheduler, ResilienceListener listener) {
    this.transport = requireNonNull(transport, "transport == null");
    this.circuitBreaker = requireNonNull(circuitBreaker, "circuitBreaker == null");
    this.rateLimiter = requireNonNull(rateLimiter, "rateLimiter == null");
    this.retry = requireNonNull(retry, "retry == null");
    this.scheduler = requireNonNull(scheduler, "scheduler == null");
    this.listener = requireNonNull(listener, "listener == null");
  }

  /** How a call may be repeated. */
  public enum Kind {
    /** Reads: repeat after any transient failure, ambiguous ones included. */
    SAFE,
    /** Commands without a reference to query: repeat only what was not processed; ambiguous is unknown. */
    ONCE,
    /** Money-moving commands: after an ambiguous failure, ask PayKKa before sending again. */
    RECONCILE
  }

  /** What a reconciliation found. */
  public sealed interface Reconciled<R> {
    /** PayKKa knows the result: this is the call's answer. */
    record Done<R>(Either<GatewayFailure, R> result) implements Reconciled<R> {}

    /** PayKKa says it did not happen: sending again is safe. */
    record Resend<R>() implements Reconciled<R> {}

    /** Still unknown. */
    record Unknown<R>(String reason) implements Reconciled<R> {}
  }

  /**
   * One call.
   *
   * @param operation e.g. {@code payments.initiate}
   * @param reference the id the call concerns
   * @param kind how it may be repeated
   * @param endpoint the endpoint
   * @param body the request for a timestamp
   * @param success maps the data of a {@code 000000} answer (possibly null) and the attempts to the result
   * @param reconcile for {@link Kind#RECONCILE}: asks PayKKa, given the attempts so far and the deadline
   */
  public record Spec<D, R>(
      String operation, String reference, Kind kind, Endpoint<D> endpoint, LongFunction<Object> body,
      BiFunction<Envelope<D>, Integer, Either<GatewayFailure, R>> success,
      BiFunction<Integer, Long, CompletableFuture<Reconciled<R>>> reconcile) {
    public Spec {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(kind, "kind == null");
      requireNonNull(endpoint, "endpoint == null");
      requireNonNull(body, "body == null");
      requireNonNull(success, "success == null");
      requireNonNull(reconcile, "reconcile == null");
    }

    /** A call that never reconciles. */
    public static <D, R> Spec<D, R> of(
        String operation, String reference, Kind kind, Endpoint<D> endpoint, LongFunction<Object> body,
        BiFunction<Envelope<D>, Integer, Either<GatewayFailure, R>> success) {
      return new Spec<>(operation, reference, kind, endpoint, body, success,
          (a, d) -> CompletableFuture.completedFuture(new Reconciled.Unknown<>("no reconciliation")));
    }
  }

  /** Runs {@code spec} until a result, within {@code deadlineNanos} ({@link System#nanoTime}); never fails. */
  public <D, R> CompletableFuture<Either<GatewayFailure, R>> run(Spec<D, R> spec, long deadlineNanos) {
    Run<D, R> run = new Run<>(spec, deadlineNanos);
    run.attempt();
    return run.result;
  }

  /**
   * Starts a call with {@code start} and waits for its result, letting every attempt sent from this thread meanwhile
   * run on it (OkHttp's {@code execute}) instead of handing it to OkHttp's dispatcher and waiting for the answer to be
   * handed back: the thread would wait anyway, and the two thread wake-ups cost more than the adapter's own work.
   * Attempts sent from elsewhere (retries and waits on the scheduler, continuations on the dispatcher) stay
   * non-blocking.
   */
  public <T> T await(Supplier<CompletableFuture<T>> start) {
    if (callerWaits.get()) return start.get().join();
    callerWaits.set(Boolean.TRUE);
    CompletableFuture<T> call;
    try {
      call = start.get();
    } finally {
      // set, not remove: remove() would make the next call re-create the thread's entry (measurable per call)
      callerWaits.set(Boolean.FALSE);
    }
    return call.join();
  }

  /** The circuit breaker's state (for tests and health checks). */
  public ResilienceEvent.CircuitState circuitState() {
    return map(circuitBreaker.getState());
  }

  public static ResilienceEvent.CircuitState map(CircuitBreaker.State s) {
    return switch (s) {
      case CLOSED -> ResilienceEvent.CircuitState.CLOSED;
      case OPEN -> ResilienceEvent.CircuitState.OPEN;
      case HALF_OPEN -> ResilienceEvent.CircuitState.HALF_OPEN;
      default -> ResilienceEvent.CircuitState.OTHER;
    };
  }

  private void emit(ResilienceEvent event) {
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      LOG.warn("resilience listener failed on {}: {}", event.getClass().getSimpleName(), e.toString());
    }
  }

  /** The state of one call; each step runs on whichever thread completed the previous one. */
  private final class Run<D, R> {
    final Spec<D, R> spec;
    final long deadline;
    final long start = System.nanoTime();
    final Retry.AsyncContext<Object> retries = retry.asyncContext();
    final CompletableFuture<Either<GatewayFailure, R>> result = new CompletableFuture<>();
    int attempts;
    /** The last failure seen: what the call answers if it runs out of time or attempts. */
    GatewayFailure last;

    Run(Spec<D, R> spec, long deadline) {
      this.spec = spec;
      this.deadline = deadline;
      this.last = new GatewayFailure.NotSent(spec.operation(), spec.reference(), 0, "deadline reached before sending");
    }

    long remaining() {
      return deadline - System.nanoTime();
    }

    void attempt() {
      if (remaining() <= 0) {
        finish(Either.left(last));
        return;
      }
      long wait = rateLimiter.reservePermission();
      if (wait < 0 || wait >= remaining()) {
        emit(new ResilienceEvent.RateLimited(spec.operation(), spec.reference()));
        finish(Either.left(lastOr(notSent("rate limited locally: no permit within the wait allowed"))));
        return;
      }
      if (wait == 0) send();
      else schedule(this::send, wait);
    }

    void send() {
      if (!circuitBreaker.tryAcquirePermission()) {
        emit(new ResilienceEvent.CallNotPermitted(spec.operation(), spec.reference()));
        finish(Either.left(lastOr(notSent("circuit breaker open: PayKKa failed repeatedly, not calling for now"))));
        return;
      }
      long sentAt = System.nanoTime();
      attempts++;
      CompletableFuture<Outcome<D>> exchange;
      try {
        exchange = callerWaits.get()
            ? CompletableFuture.completedFuture(
                transport.exchangeOnCallerThread(spec.endpoint(), spec.body(), deadline))
            : transport.exchange(spec.endpoint(), spec.body(), deadline);
      } catch (RuntimeException e) {
        // encoding, or an executor already shut down: nothing left this process
        exchange = CompletableFuture.completedFuture(
            new Outcome.NotSent<>("not sent: " + e.getClass().getSimpleName()));
      }
      exchange
          .whenComplete((outcome, error) -> {
            if (error != null) outcome = new Outcome.Ambiguous<>("internal error: " + error.getClass().getSimpleName(), 0);
            long took = System.nanoTime() - sentAt;
            try {
              handle(outcome, took);
            } catch (RuntimeException e) {
              finish(Either.left(new GatewayFailure.OutcomeUnknown(spec.operation(), spec.reference(), attempts,
                  "internal error: " + e.getClass().getSimpleName(), 0)));
            }
          });
    }

    void handle(Outcome<D> outcome, long took) {
      if (outcome instanceof Outcome.Answered<D> a) {
        Envelope<D> env = a.envelope();
        if (env.isSuccess()) {
          circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
          retries.onComplete();
          finish(spec.success().apply(env, attempts));
          return;
        }
        ErrorEntry entry = catalog.retCode(env.retCode(), env.retMsg());
        GatewayFailure.Rejected rejected = new GatewayFailure.Rejected(spec.operation(), spec.reference(), attempts,
            env.retCode(), Option.none(), env.retMsg() == null ? entry.meaning() : env.retMsg(), a.httpStatus(),
            entry.retryability() == Retryability.AFTER_BACKOFF
                || entry.retryability() == Retryability.WITH_FRESH_SIGNATURE);
        if (entry.retryability() == Retryability.AFTER_BACKOFF) {
          circuitBreaker.releasePermission();
          emit(new ResilienceEvent.BackPressure(spec.operation(), spec.reference(), a.httpStatus()));
          repeat(outcome, rejected);
        } else if (entry.retryability() == Retryability.WITH_FRESH_SIGNATURE) {
          circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
          repeat(outcome, rejected);
        } else if (entry.outcome() == UNKNOWN) {
          circuitBreaker.onError(took, TimeUnit.NANOSECONDS, new AttemptFailed(outcome.describe()));
          ambiguous(outcome, outcome.describe(), a.httpStatus());
        } else if (spec.kind() == Kind.RECONCILE && DUPLICATE.equals(env.retCode())) {
          // the reference exists already (an earlier attempt of ours, or of the caller): find out what it is
          circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
          last = rejected;
          reconcile("ret_code " + DUPLICATE + " (reference exists)", true);
        } else {
          circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
          finish(Either.left(rejected));
        }
      } else if (outcome instanceof Outcome.BackPressure<D> b) {
        circuitBreaker.releasePermission();
        emit(new ResilienceEvent.BackPressure(spec.operation(), spec.reference(), b.httpStatus()));
        repeat(outcome, new GatewayFailure.Rejected(spec.operation(), spec.reference(), attempts,
            b.retCode().isEmpty() ? "010001" : b.retCode(), Option.none(), "Too many requests", b.httpStatus(), true));
      } else if (outcome instanceof Outcome.NotSent<D> n) {
        if (n.reason().startsWith("deadline")) circuitBreaker.releasePermission();
        else circuitBreaker.onError(took, TimeUnit.NANOSECONDS, new AttemptFailed(n.reason()));
        repeat(outcome, notSent(n.reason()));
      } else if (outcome instanceof Outcome.Ambiguous<D> amb) {
        circuitBreaker.onError(took, TimeUnit.NANOSECONDS, new AttemptFailed(amb.reason()));
        ambiguous(outcome, amb.reason(), amb.httpStatus());
      } else if (outcome instanceof Outcome.Unauthentic<D> u) {
        // not PayKKa being down: a key or a network problem that opening the circuit would only hide
        circuitBreaker.releasePermission();
        finish(Either.left(new GatewayFailure.Unauthentic(spec.operation(), spec.reference(), attempts, u.reason(),
            u.httpStatus())));
      }
    }

    void ambiguous(Outcome<D> outcome, String reason, int httpStatus) {
      GatewayFailure unknown =
          new GatewayFailure.OutcomeUnknown(spec.operation(), spec.reference(), attempts, reason, httpStatus);
      switch (spec.kind()) {
        case SAFE -> repeat(outcome, unknown);
        case ONCE -> finish(Either.left(unknown));
        case RECONCILE -> {
          last = unknown;
          reconcile(reason, false);
        }
      }
    }

    void reconcile(String reason, boolean duplicate) {
      emit(new ResilienceEvent.Reconciling(spec.operation(), spec.reference(), reason));
      spec.reconcile().apply(attempts, deadline).whenComplete((found, error) -> {
        if (error != null || found == null) {
          finish(Either.left(unknown(reason + "; reconciliation failed")));
        } else if (found instanceof Reconciled.Done<R> done) {
          retries.onComplete();
          finish(done.result());
        } else if (found instanceof Reconciled.Resend<R>) {
          if (duplicate) {
            // PayKKa said the reference exists and then that it does not: do not guess
            finish(Either.left(unknown(reason + "; PayKKa contradicts itself")));
          } else {
            repeat(new Outcome.NotSent<>("not processed"), unknown(reason + "; PayKKa has no record of it"));
          }
        } else {
          finish(Either.left(unknown(reason + "; " + ((Reconciled.Unknown<R>) found).reason())));
        }
      });
    }

    GatewayFailure unknown(String reason) {
      int status = last instanceof GatewayFailure.OutcomeUnknown u ? u.httpStatus() : 0;
      return new GatewayFailure.OutcomeUnknown(spec.operation(), spec.reference(), attempts, reason, status);
    }

    /** Sends again after a backoff if attempts and time allow; otherwise answers {@code failure}. */
    void repeat(Outcome<D> outcome, GatewayFailure failure) {
      last = failure;
      long delayMillis = retries.onResult(outcome);
      if (delayMillis < 0) {
        finish(Either.left(failure));
        return;
      }
      long delay = TimeUnit.MILLISECONDS.toNanos(delayMillis);
      if (delay >= remaining()) {
        finish(Either.left(failure));
        return;
      }
      emit(new ResilienceEvent.Retrying(spec.operation(), spec.reference(), attempts, Duration.ofNanos(delay),
          outcome.describe()));
      schedule(this::attempt, delay);
    }

    void schedule(Runnable step, long nanos) {
      try {
        scheduler.schedule(step, nanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        finish(Either.left(lastOr(notSent("adapter closed"))));
      }
    }

    GatewayFailure notSent(String reason) {
      return new GatewayFailure.NotSent(spec.operation(), spec.reference(), attempts, reason);
    }

    /** An earlier ambiguous failure outranks a later "not sent": the first request may still have been processed. */
    GatewayFailure lastOr(GatewayFailure now) {
      if (last instanceof GatewayFailure.OutcomeUnknown u) {
        return new GatewayFailure.OutcomeUnknown(u.operation(), u.reference(), attempts,
            u.reason() + "; then " + ((GatewayFailure.NotSent) now).reason(), u.httpStatus());
      }
      return now;
    }

    void finish(Either<GatewayFailure, R> r) {
      if (!result.complete(r)) return;
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if (r.isRight()) {
        // successes are the bulk of the traffic: DEBUG; every failure: INFO
        LOG.debug("{} [{}] ok in {} ms, {} attempt(s)", spec.operation(), spec.reference(), ms, attempts);
      } else {
        GatewayFailure f = r.getLeft();
        LOG.info("{} [{}] {} in {} ms, {} attempt(s): {}", spec.operation(), spec.reference(),
            f.getClass().getSimpleName(), ms, attempts, f.message());
      }
    }
  }

  /** Reported to the circuit breaker as a failure; no stack trace, no data. */
  static final class AttemptFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AttemptFailed(String reason) {
      super(reason, null, false, false);
    }
  }

}

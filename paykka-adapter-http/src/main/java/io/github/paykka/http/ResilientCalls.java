package io.github.paykka.http;

import static io.github.paykka.ports.Processing.UNKNOWN;
import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.error.ErrorEntry;
import io.github.paykka.wire.error.RetCode;
import io.github.paykka.wire.error.Retryability;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.operation.RepeatPolicy;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call to PayKKa with the adapter's resilience, without blocking a thread (except a caller's that waits
 * anyway, inside {@link #await}): the rate limiter when one is set, the circuit breaker, retries with backoff where
 * the wire table's {@link RepeatPolicy} allows, reconciliation of money-moving calls after an ambiguous failure, one
 * deadline over everything; and, around a money-moving call a user made, the payment journal (intent before the first
 * request, definite outcome at the end) and, for every call a user made, its {@link ResilienceEvent.CallCompleted}.
 *
 * <p>What is ambiguous, beyond timeouts and 5xx: a {@code 000000} answer that is not about the request (another
 * {@code trans_id}, merchant, amount ...: a misrouted or replayed answer is never a success); an answer that does not
 * verify (for a money-moving call, a signed query settles it; otherwise it is {@code Unauthentic}, claims shown); and a
 * request that failed on a pooled connection before any answer came (a connection the server closed while idle): a read
 * is sent again at once on a fresh connection, a money-moving call is queried first on a fresh connection and re-sent
 * on one only if PayKKa has no record of it; this recovery costs neither a retry nor a failure of the circuit breaker,
 * and happens at most once per call, as a fresh connection is never stale. Commands without a reference to query
 * (token removal, agreement cancellation: {@link RepeatPolicy#NEVER_AFTER_AMBIGUITY}) always go on a fresh connection,
 * so a stale one never leaves them unknown.
 */
final class ResilientCalls {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.paykka.http.PaykkaHttpAdapter");

  private final Transport transport;
  private final CircuitBreaker circuitBreaker;
  /** Null: no client-side limit (the default; PayKKa's own back-pressure is honoured by the retry). */
  private final @Nullable RateLimiter rateLimiter;
  private final Retry retry;
  private final ScheduledExecutorService scheduler;
  private final ResilienceListener listener;
  private final CallJournal journal;
  private final ErrorCatalog catalog = ErrorCatalog.standard();
  /** True on a thread inside {@link #await}: a call it starts may send on it. */
  private final ThreadLocal<Boolean> callerWaits = ThreadLocal.withInitial(() -> Boolean.FALSE);

  ResilientCalls(
      Transport transport, CircuitBreaker circuitBreaker, @Nullable RateLimiter rateLimiter, Retry retry,
      ScheduledExecutorService scheduler, ResilienceListener listener, CallJournal journal) {
    this.transport = requireNonNull(transport, "transport == null");
    this.circuitBreaker = requireNonNull(circuitBreaker, "circuitBreaker == null");
    this.rateLimiter = rateLimiter;
    this.retry = requireNonNull(retry, "retry == null");
    this.scheduler = requireNonNull(scheduler, "scheduler == null");
    this.listener = requireNonNull(listener, "listener == null");
    this.journal = requireNonNull(journal, "journal == null");
  }

  /** Runs {@code spec} until a result, within {@code deadlineNanos} ({@link System#nanoTime}); never fails. */
  <Q, D, R> CompletableFuture<Either<GatewayFailure, R>> run(CallSpec<Q, D, R> spec, long deadlineNanos) {
    return run(spec, deadlineNanos, false);
  }

  /**
   * Runs {@code spec} until a result, within {@code deadlineNanos}; never fails.
   *
   * @param fresh send every request of the call on a fresh connection
   */
  <Q, D, R> CompletableFuture<Either<GatewayFailure, R>> run(
      CallSpec<Q, D, R> spec, long deadlineNanos, boolean fresh) {
    Run<Q, D, R> run =
        new Run<>(spec, deadlineNanos, fresh || spec.repeatPolicy() == RepeatPolicy.NEVER_AFTER_AMBIGUITY);
    if (run.openJournal()) run.attempt();
    return run.result;
  }

  /**
   * Reports a user's call that ended before {@link #run} could send it (e.g. the query a capture needs first failed):
   * its completion event and log line, as {@link #run} does for the others.
   */
  void reportUnsent(GatewayFailure failure, long startNanos) {
    long took = System.nanoTime() - startNanos;
    log(failure.operation(), failure.reference(), Either.left(failure), took, 0);
    emit(new ResilienceEvent.CallCompleted(failure.operation(),
        io.github.paykka.ports.CallOutcome.of(Either.left(failure)), Duration.ofNanos(took), 0));
  }

  /**
   * Starts a call with {@code start} and waits for its result, letting every attempt sent from this thread meanwhile
   * run on it (OkHttp's {@code execute}) instead of handing it to OkHttp's dispatcher and waiting for the answer to be
   * handed back: the thread would wait anyway, and the two thread wake-ups cost more than the adapter's own work.
   * Attempts sent from elsewhere (retries and waits on the scheduler, continuations on the dispatcher) stay
   * non-blocking.
   */
  <T> T await(Supplier<CompletableFuture<T>> start) {
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
  ResilienceEvent.CircuitState circuitState() {
    return map(circuitBreaker.getState());
  }

  static ResilienceEvent.CircuitState map(CircuitBreaker.State s) {
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
  private final class Run<Q, D, R> {
    final CallSpec<Q, D, R> spec;
    final Operation op;
    final long deadline;
    final long start = System.nanoTime();
    final Retry.AsyncContext<Object> retries = retry.asyncContext();
    final CompletableFuture<Either<GatewayFailure, R>> result = new CompletableFuture<>();
    final AtomicBoolean finished = new AtomicBoolean();
    int attempts;
    /** The last failure seen: what the call answers if it runs out of time or attempts. */
    GatewayFailure last;
    /** Send on fresh connections: the pooled ones proved stale, or the call has no reference to query. */
    boolean fresh;
    /** The running reconciliation follows a stale connection: if PayKKa has no record, re-send at once. */
    boolean staleResend;

    /** The journal entry of the call's intent, when the call is journaled. */
    @Nullable EntryId journalEntry;
    /** The result came from a reconciliation's query, not from the call's own answer. */
    boolean settledByQuery;
    /**
     * A request of this call was sent again because a query found no trace of an earlier one: that one may still be
     * in flight at PayKKa, so a later refusal or failure to send does not prove the call never happened.
     */
    boolean resentAfterQuery;

    Run(CallSpec<Q, D, R> spec, long deadline, boolean fresh) {
      this.spec = spec;
      this.op = spec.operation().operation();
      this.deadline = deadline;
      this.fresh = fresh;
      this.last = new GatewayFailure.NotSent(op, spec.reference(), 0, "deadline reached before sending");
    }

    long remaining() {
      return deadline - System.nanoTime();
    }

    /**
     * Records the intent of a journaled call before anything is sent; false (the call answered {@code NotSent}) if the
     * journal failed: a call the journal does not know of must not reach PayKKa.
     */
    boolean openJournal() {
      if (spec.intent() == null) return true;
      try {
        journalEntry = journal.open(spec.intent());
        return true;
      } catch (RuntimeException e) {
        LOG.warn("{} [{}] not sent: the payment journal failed to record the intent: {}", op.label(),
            spec.reference(), e.toString());
        finish(Either.left(notSent("the payment journal could not record the intent (" + e.getClass().getSimpleName()
            + ")")));
        return false;
      }
    }

    void attempt() {
      if (remaining() <= 0) {
        finish(Either.left(last));
        return;
      }
      long wait = rateLimiter == null ? 0 : rateLimiter.reservePermission();
      if (wait < 0 || wait >= remaining()) {
        emit(new ResilienceEvent.RateLimited(op, spec.reference()));
        finish(Either.left(lastOr(notSent("rate limited locally: no permit within the wait allowed"))));
        return;
      }
      if (wait == 0) send();
      else schedule(this::send, wait);
    }

    void send() {
      if (!circuitBreaker.tryAcquirePermission()) {
        emit(new ResilienceEvent.CallNotPermitted(op, spec.reference()));
        finish(Either.left(lastOr(notSent("circuit breaker open: PayKKa failed repeatedly, not calling for now"))));
        return;
      }
      long sentAt = System.nanoTime();
      attempts++;
      CompletableFuture<ExchangeResult<D>> exchange;
      try {
        exchange = callerWaits.get()
            ? CompletableFuture.completedFuture(
                transport.exchangeOnCallerThread(spec.operation(), spec.request(), deadline, fresh))
            : transport.exchange(spec.operation(), spec.request(), deadline, fresh);
      } catch (RuntimeException e) {
        // encoding, or an executor already shut down: nothing left this process
        exchange = CompletableFuture.completedFuture(
            new ExchangeResult.NotSent<>("not sent: " + e.getClass().getSimpleName()));
      }
      exchange
          .whenComplete((outcome, error) -> {
            if (error != null) {
              outcome = new ExchangeResult.Ambiguous<>("internal error: " + error.getClass().getSimpleName(), 0);
            }
            long took = System.nanoTime() - sentAt;
            try {
              handle(outcome, took);
            } catch (RuntimeException e) {
              finish(Either.left(new GatewayFailure.OutcomeUnknown(op, spec.reference(), attempts,
                  "internal error: " + e.getClass().getSimpleName(), 0)));
            }
          });
    }

    void handle(ExchangeResult<D> outcome, long took) {
      if (outcome instanceof ExchangeResult.Answered<D> a) {
        Envelope<D> env = a.envelope();
        if (env.isSuccess()) {
          circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
          String mismatch = spec.binding().mismatch(env.data());
          if (mismatch != null) {
            // validly signed, but about another request (misrouted, cached or replayed): never this call's success
            LOG.warn("{} [{}] answer is not about this request: {}", op, spec.reference(), mismatch);
            ambiguous(outcome, "answer not about this request: " + mismatch, a.httpStatus());
            return;
          }
          retries.onComplete();
          finish(spec.success().apply(env, attempts));
          return;
        }
        // six-digit system codes, and four-digit transaction codes that PayKKa also sends as ret_code
        ErrorEntry entry = catalog.answer(env.retCode(), env.retMsg());
        GatewayFailure.Rejected rejected = catalog.rejected(op, spec.reference(), attempts, env.retCode(),
            Option.none(), env.retMsg(), a.httpStatus());
        if (entry.retryability() == Retryability.AFTER_BACKOFF) {
          circuitBreaker.releasePermission();
          emit(new ResilienceEvent.BackPressure(op, spec.reference(), a.httpStatus()));
          repeat(outcome, rejected);
        } else if (entry.retryability() == Retryability.WITH_FRESH_SIGNATURE) {
          circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
          repeat(outcome, rejected);
        } else if (entry.processing() == UNKNOWN) {
          circuitBreaker.onError(took, TimeUnit.NANOSECONDS, new AttemptFailed(outcome.describe()));
          ambiguous(outcome, outcome.describe(), a.httpStatus());
        } else if (spec.repeatPolicy().movesMoney() && RetCode.DATA_INTEGRITY.equals(env.retCode())) {
          // the reference exists already (an earlier attempt of ours, or of the caller): find out what it is
          circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
          last = rejected;
          reconcile("ret_code " + RetCode.DATA_INTEGRITY + " (reference exists)", true);
        } else {
          circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
          finish(Either.left(rejected));
        }
      } else if (outcome instanceof ExchangeResult.BackPressure<D> b) {
        circuitBreaker.releasePermission();
        emit(new ResilienceEvent.BackPressure(op, spec.reference(), b.httpStatus()));
        repeat(outcome, catalog.rejected(op, spec.reference(), attempts,
            b.retCode().isEmpty() ? RetCode.TOO_MANY_REQUESTS : b.retCode(), Option.none(), "Too many requests",
            b.httpStatus()));
      } else if (outcome instanceof ExchangeResult.NotSent<D> n) {
        if (!n.repeatable()) {
          // a proxy that wants credentials: PayKKa is fine, and sending again cannot help
          circuitBreaker.releasePermission();
          finish(Either.left(lastOr(notSent(n.reason()))));
          return;
        }
        if (n.reason().startsWith("deadline")) circuitBreaker.releasePermission();
        else circuitBreaker.onError(took, TimeUnit.NANOSECONDS, new AttemptFailed(n.reason()));
        repeat(outcome, notSent(n.reason()));
      } else if (outcome instanceof ExchangeResult.Ambiguous<D> amb) {
        if (amb.staleConnection() && !fresh) {
          // a connection the server closed while it sat in the pool: not PayKKa failing, and not worth a backoff
          circuitBreaker.releasePermission();
          fresh = true;
          if (spec.repeatPolicy().movesMoney()) {
            last = new GatewayFailure.OutcomeUnknown(op, spec.reference(), attempts, amb.reason(), 0);
            staleResend = true;
            reconcile(amb.reason(), false);
          } else {
            emit(new ResilienceEvent.Retrying(op, spec.reference(), attempts, Duration.ZERO,
                amb.reason() + "; again on a fresh connection"));
            attempt();
          }
          return;
        }
        circuitBreaker.onError(took, TimeUnit.NANOSECONDS, new AttemptFailed(amb.reason()));
        ambiguous(outcome, amb.reason(), amb.httpStatus());
      } else if (outcome instanceof ExchangeResult.Unauthentic<D> u) {
        // not PayKKa being down: a key, a network or an intermediary problem that opening the circuit would only hide
        circuitBreaker.releasePermission();
        GatewayFailure.Unauthentic failure = new GatewayFailure.Unauthentic(op, spec.reference(),
            attempts, u.reason(), u.httpStatus(), u.claimedRetCode(), u.claimedRetMsg());
        if (spec.repeatPolicy().movesMoney()) {
          // neither a success nor a refusal can be taken from it: a signed query says what happened
          last = failure;
          reconcile("answer not authentic", false);
        } else {
          finish(Either.left(failure));
        }
      }
    }

    void ambiguous(ExchangeResult<D> outcome, String reason, int httpStatus) {
      GatewayFailure unknown =
          new GatewayFailure.OutcomeUnknown(op, spec.reference(), attempts, reason, httpStatus);
      switch (spec.repeatPolicy()) {
        case REPEAT -> repeat(outcome, unknown);
        case NEVER_AFTER_AMBIGUITY -> finish(Either.left(unknown));
        case QUERY_BEFORE_RESEND, QUERY_NEVER_RESEND -> {
          last = unknown;
          reconcile(reason, false);
        }
      }
    }

    void reconcile(String reason, boolean duplicate) {
      emit(new ResilienceEvent.Reconciling(op, spec.reference(), reason));
      boolean resendAtOnce = staleResend;
      staleResend = false;
      CompletableFuture<CallSpec.Reconciled<R>> asked;
      try {
        asked = spec.reconciler().reconcile(attempts, deadline, fresh);
      } catch (RuntimeException e) {
        asked = CompletableFuture.failedFuture(e);
      }
      asked.whenComplete((found, error) -> {
        if (error != null || found == null) {
          finish(Either.left(unresolved(reason, "reconciliation failed")));
        } else if (found instanceof CallSpec.Reconciled.Done<R> done) {
          retries.onComplete();
          settledByQuery = true;
          finish(done.result());
        } else if (found instanceof CallSpec.Reconciled.Resend<R>) {
          if (duplicate) {
            // PayKKa said the reference exists and then that it does not: do not guess
            finish(Either.left(unresolved(reason, "PayKKa contradicts itself")));
          } else if (spec.repeatPolicy() == RepeatPolicy.QUERY_NEVER_RESEND && !resendAtOnce) {
            // no reference PayKKa could know a second request by: a first one still on its way would take effect
            // beside it (a capture twice), so the call stays open for a later query or the journal's reconciler
            finish(Either.left(unresolved(reason, "PayKKa shows no trace of it yet, but the request may still be on "
                + "its way: query the order later, do not send it again blindly")));
          } else if (resendAtOnce) {
            resentAfterQuery = true;
            // the request died with a stale connection and PayKKa has no record of it: send it, on a fresh one
            last = unresolved(reason, "PayKKa has no record of it");
            emit(new ResilienceEvent.Retrying(op, spec.reference(), attempts, Duration.ZERO,
                reason + "; not processed, again on a fresh connection"));
            attempt();
          } else {
            resentAfterQuery = true;
            repeat(new ExchangeResult.NotSent<>("not processed"), unresolved(reason, "PayKKa has no record of it"));
          }
        } else {
          finish(Either.left(unresolved(reason, ((CallSpec.Reconciled.Unknown<R>) found).reason())));
        }
      });
    }

    /**
     * What the call answers when a reconciliation did not settle it: still {@code Unauthentic} (claims kept) after an
     * answer that did not verify, {@code OutcomeUnknown} otherwise.
     */
    GatewayFailure unresolved(String reason, String note) {
      if (last instanceof GatewayFailure.Unauthentic u) {
        return new GatewayFailure.Unauthentic(u.operation(), u.reference(), attempts, u.reason() + "; " + note,
            u.httpStatus(), u.claimedRetCode(), u.claimedRetMsg());
      }
      int status = last instanceof GatewayFailure.OutcomeUnknown u ? u.httpStatus() : 0;
      return new GatewayFailure.OutcomeUnknown(op, spec.reference(), attempts, reason + "; " + note,
          status);
    }

    /** Sends again after a backoff if attempts and time allow; otherwise answers {@code failure}. */
    void repeat(ExchangeResult<D> outcome, GatewayFailure failure) {
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
      emit(new ResilienceEvent.Retrying(op, spec.reference(), attempts, Duration.ofNanos(delay),
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
      return new GatewayFailure.NotSent(op, spec.reference(), attempts, reason);
    }

    /** An earlier ambiguous failure outranks a later "not sent": the first request may still have been processed. */
    GatewayFailure lastOr(GatewayFailure now) {
      String then = "; then " + ((GatewayFailure.NotSent) now).reason();
      if (last instanceof GatewayFailure.OutcomeUnknown u) {
        return new GatewayFailure.OutcomeUnknown(u.operation(), u.reference(), attempts, u.reason() + then,
            u.httpStatus());
      }
      if (last instanceof GatewayFailure.Unauthentic u) {
        return new GatewayFailure.Unauthentic(u.operation(), u.reference(), attempts, u.reason() + then,
            u.httpStatus(), u.claimedRetCode(), u.claimedRetMsg());
      }
      return now;
    }

    /**
     * Ends the call with {@code r}, once: records the journal outcome, logs and reports the completion first, so that
     * whoever sees the result also sees them.
     */
    void finish(Either<GatewayFailure, R> r) {
      if (!finished.compareAndSet(false, true)) return;
      try {
        if (journalEntry != null) journal.close(journalEntry, r, settledByQuery, resentAfterQuery);
        long took = System.nanoTime() - start;
        log(op, spec.reference(), r, took, attempts);
        Long reportedFrom = spec.reportedFrom();
        if (reportedFrom != null) {
          emit(new ResilienceEvent.CallCompleted(op, io.github.paykka.ports.CallOutcome.of(r),
              Duration.ofNanos(System.nanoTime() - reportedFrom), attempts));
        }
      } finally {
        result.complete(r);
      }
    }
  }

  /** One line per call: successes (the bulk of the traffic) at DEBUG, every failure at INFO. */
  private static void log(Operation op, String reference, Either<GatewayFailure, ?> r, long tookNanos, int attempts) {
    long ms = TimeUnit.NANOSECONDS.toMillis(tookNanos);
    if (r.isRight()) {
      LOG.debug("{} [{}] ok in {} ms, {} attempt(s)", op.label(), reference, ms, attempts);
    } else {
      GatewayFailure f = r.getLeft();
      LOG.info("{} [{}] {} in {} ms, {} attempt(s): {}", op.label(), reference, f.getClass().getSimpleName(), ms,
          attempts, f.message());
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

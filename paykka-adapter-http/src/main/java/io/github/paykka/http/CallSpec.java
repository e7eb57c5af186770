package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.operation.RepeatPolicy;
import io.github.paykka.wire.operation.WireOperation;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * One call to PayKKa as {@link ResilientCalls} runs it. What is the same for every call of an operation (its path, how
 * its answer decodes, how it may be repeated) is the wire table's row; what is particular to this call is here.
 *
 * @param operation the row of the wire table
 * @param reference the id the call concerns, for failures and logs
 * @param request makes the request message for a timestamp (epoch ms): each attempt is signed anew
 * @param binding checks that a {@code 000000} answer is about this request; a mismatch is ambiguous, never a success
 * @param success maps the envelope of a {@code 000000} answer and the attempts made to the call's result
 * @param reconciler for a money-moving operation ({@link RepeatPolicy#movesMoney()}): asks PayKKa what became
 *     of the call after an ambiguous failure
 * @param intent for a money-moving call a user made: what a payment journal records before it is sent, at a time;
 *     null for the queries a reconciliation makes
 * @param reportedFrom when the user's call started ({@link System#nanoTime}), for its completion event; null for the
 *     queries the adapter makes on its own (they are part of the user's call, not calls of their own)
 */
record CallSpec<Q, D, R>(
    WireOperation<Q, D> operation,
    String reference,
    LongFunction<Q> request,
    Binding<D> binding,
    BiFunction<Envelope<D>, Integer, Either<GatewayFailure, R>> success,
    Reconciler<R> reconciler,
    @Nullable Function<Instant, JournalIntent> intent,
    @Nullable Long reportedFrom) {

  CallSpec {
    requireNonNull(operation, "operation == null");
    requireNonNull(reference, "reference == null");
    requireNonNull(request, "request == null");
    requireNonNull(binding, "binding == null");
    requireNonNull(success, "success == null");
    requireNonNull(reconciler, "reconciler == null");
    if (intent != null && !operation.movesMoney()) {
      throw new IllegalArgumentException(operation + " moves no money: nothing to journal");
    }
  }

  /** A call of an operation that moves no money: it never reconciles and is never journaled. */
  static <Q, D, R> CallSpec<Q, D, R> of(
      WireOperation<Q, D> operation, String reference, LongFunction<Q> request, Binding<D> binding,
      BiFunction<Envelope<D>, Integer, Either<GatewayFailure, R>> success) {
    if (operation.movesMoney()) throw new IllegalArgumentException(operation + " moves money: it must reconcile");
    return new CallSpec<>(operation, reference, request, binding, success,
        (a, d, f) -> CompletableFuture.completedFuture(new Reconciled.Unknown<>("no reconciliation")), null, null);
  }

  /** This call, reported as the user's call that started at {@code startNanos}. */
  CallSpec<Q, D, R> reportedFrom(long startNanos) {
    return new CallSpec<>(operation, reference, request, binding, success, reconciler, intent, startNanos);
  }

  /** This money-moving call, journaled with {@code intent} before it is sent. */
  CallSpec<Q, D, R> journaled(Function<Instant, JournalIntent> intent) {
    return new CallSpec<>(operation, reference, request, binding, success, reconciler, requireNonNull(intent),
        reportedFrom);
  }

  /** How the call may be repeated: the wire table's policy of its operation. */
  RepeatPolicy repeatPolicy() {
    return operation.repeatPolicy();
  }

  /** Whether the data of a {@code 000000} answer is about the request that was sent. */
  @FunctionalInterface
  interface Binding<D> {
    /**
     * What in {@code data} contradicts the request (e.g. {@code $.trans_id is 'A' where 'B' was asked}), or null when
     * nothing does; absent fields contradict nothing (the mapper decides whether they are required).
     */
    @Nullable String mismatch(@Nullable D data);

    /** An answer that carries nothing to compare (an Apple Pay session object of Apple's, a token list). */
    static <D> Binding<D> none() {
      return data -> null;
    }
  }

  /** Asks PayKKa what became of a money-moving call. */
  @FunctionalInterface
  interface Reconciler<R> {
    /**
     * @param attempts the requests sent so far
     * @param deadlineNanos the call's deadline ({@link System#nanoTime})
     * @param fresh query on a fresh connection (the pooled ones proved stale)
     */
    CompletableFuture<Reconciled<R>> reconcile(int attempts, long deadlineNanos, boolean fresh);
  }

  /** What a reconciliation found. */
  sealed interface Reconciled<R> {
    /** PayKKa knows the result: this is the call's answer. */
    record Done<R>(Either<GatewayFailure, R> result) implements Reconciled<R> {}

    /** PayKKa says it did not happen: sending again is safe. */
    record Resend<R>() implements Reconciled<R> {}

    /** Still unknown. */
    record Unknown<R>(String reason) implements Reconciled<R> {}
  }
}

package io.github.paykka.http.internal;

import static java.util.Objects.requireNonNull;

import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.signature.SignatureFailure;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.github.paykka.wire.signature.VerifiedResponse;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;

/**
 * Sends one signed request and turns whatever happens into an {@link Outcome}: signs the exact bytes it sends,
 * verifies the exact bytes it receives before decoding, and tells "nothing was sent" from "it may have been
 * processed". {@link #exchange} does not block: the answer completes a future on OkHttp's dispatcher;
 * {@link #exchangeOnCallerThread} runs the same exchange on the calling thread.
 */
public final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.paykka.http.wire");
  private static final MediaType JSON = MediaType.get("application/json");

  private final PaykkaApi api;
  private final Signer signer;
  private final SignatureScheme scheme;
  private final List<PublicKey> platformKeys;
  private final String merchantId;
  private final Clock clock;
  private final WireCodec codec;
  private final ScheduledExecutorService scheduler;
  private final BodyMasker masker = new BodyMasker();
  private final Deadlines deadlines;

  public Transport(
      PaykkaApi api, Signer signer, SignatureScheme scheme, List<PublicKey> platformKeys, String merchantId,
      Clock clock, WireCodec codec, ScheduledExecutorService scheduler) {
    this.api = requireNonNull(api, "api == null");
    this.signer = requireNonNull(signer, "signer == null");
    this.scheme = requireNonNull(scheme, "scheme == null");
    this.platformKeys = List.copyOf(platformKeys);
    this.merchantId = requireNonNull(merchantId, "merchantId == null");
    this.clock = requireNonNull(clock, "clock == null");
    this.codec = requireNonNull(codec, "codec == null");
    this.scheduler = requireNonNull(scheduler, "scheduler == null");
    this.deadlines = new Deadlines(scheduler);
  }

  /** The network interceptor that marks an {@link Attempt} as handed to a connection. */
  public static Interceptor sentMarker() {
    return chain -> {
      Attempt attempt = chain.request().tag(Attempt.class);
      if (attempt != null) attempt.markSent();
      return chain.proceed(chain.request());
    };
  }

  /**
   * Sends one request whose body is made for a fresh timestamp, within {@code deadlineNanos} ({@link System#nanoTime}),
   * without blocking: the answer completes the future on OkHttp's dispatcher (or the scheduler, at the deadline).
   *
   * @param body makes the request message for a timestamp (epoch ms)
   */
  public <D> CompletableFuture<Outcome<D>> exchange(Endpoint<D> endpoint, LongFunction<Object> body, long deadlineNanos) {
    Either<Outcome<D>, Prepared> prepared = prepare(endpoint, body, deadlineNanos);
    if (prepared.isLeft()) return CompletableFuture.completedFuture(prepared.getLeft());
    Call<ResponseBody> call = prepared.get().call();
    Attempt attempt = prepared.get().attempt();
    CompletableFuture<Outcome<D>> result = new CompletableFuture<>();
    // also bounds the time a call waits in the dispatcher's queue, which OkHttp's timeout does not count
    ScheduledFuture<?> watchdog =
        scheduler.schedule(
            () -> {
              if (result.complete(deadlineOutcome(attempt))) call.cancel();
            },
            prepared.get().remaining(), TimeUnit.NANOSECONDS);
    call.enqueue(
        new Callback<>() {
          @Override
          public void onResponse(Call<ResponseBody> c, retrofit2.Response<ResponseBody> response) {
            watchdog.cancel(false);
            if (result.isDone()) return;
            Outcome<D> outcome;
            try {
              outcome = read(endpoint, response);
            } catch (IOException | RuntimeException e) {
              outcome = failed(attempt, e);
            }
            result.complete(outcome);
          }

          @Override
          public void onFailure(Call<ResponseBody> c, Throwable t) {
            watchdog.cancel(false);
            result.complete(failed(attempt, t));
          }
        });
    return result;
  }

  /**
   * {@link #exchange}, run on the calling thread ({@code Call.execute}), which it blocks until the answer or the
   * deadline: no hand-off to OkHttp's dispatcher and back. No queue to wait in: cancelling the call at the deadline
   * (which aborts connecting, writing or reading, as OkHttp's call timeout does) bounds it.
   */
  public <D> Outcome<D> exchangeOnCallerThread(Endpoint<D> endpoint, LongFunction<Object> body, long deadlineNanos) {
    // the dispatcher path refuses calls once the adapter is closed (its scheduler rejects the watchdog): so does this
    if (scheduler.isShutdown()) return new Outcome.NotSent<>("not sent: adapter closed");
    Either<Outcome<D>, Prepared> prepared = prepare(endpoint, body, deadlineNanos);
    if (prepared.isLeft()) return prepared.getLeft();
    Call<ResponseBody> call = prepared.get().call();
    Attempt attempt = prepared.get().attempt();
    Deadlines.Watch watch = deadlines.watch(deadlineNanos, call::cancel);
    // the sweep cancels the call at the deadline as OkHttp's call timeout would, without waking a thread per call
    if (watch != null) call.timeout().clearTimeout();
    try {
      return read(endpoint, call.execute());
    } catch (IOException | RuntimeException e) {
      // cancelled at the deadline: report it as the dispatcher path's watchdog would
      if (call.isCanceled() || deadlineNanos - System.nanoTime() <= 0) return deadlineOutcome(attempt);
      return failed(attempt, e);
    } finally {
      if (watch != null) watch.close();
    }
  }

  /** A signed call ready to go, or why nothing will be sent. */
  private <D> Either<Outcome<D>, Prepared> prepare(Endpoint<D> endpoint, LongFunction<Object> body, long deadlineNanos) {
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) return Either.left(new Outcome.NotSent<>("deadline reached before sending"));
    long timestamp = clock.millis();
    byte[] bytes = codec.encode(body.apply(timestamp));
    String signature;
    try {
      signature = scheme.signRequest(signer, merchantId, timestamp, bytes);
    } catch (RuntimeException e) {
      // a Signer in an HSM may fail; its message is not ours to print, its type is enough
      return Either.left(new Outcome.NotSent<>("signing failed: " + e.getClass().getSimpleName()));
    }
    if (LOG.isDebugEnabled()) LOG.debug("{} request {}", endpoint.operation(), masker.mask(bytes));
    Attempt attempt = new Attempt();
    Call<ResponseBody> call = endpoint.call().call(api, signature, RequestBody.create(bytes, JSON), attempt);
    // one budget for the whole exchange: OkHttp's call timeout covers connect, write, wait and read
    remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) return Either.left(new Outcome.NotSent<>("deadline reached before sending"));
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    return Either.right(new Prepared(call, attempt, remaining));
  }

  /**
   * Cancels the calls still running on callers' threads: once the scheduler is stopped nothing else would end them at
   * their deadline. They answer as at a deadline ({@code NotSent} or {@code OutcomeUnknown}).
   */
  public void close() {
    deadlines.expireAll();
  }

  private record Prepared(Call<ResponseBody> call, Attempt attempt, long remaining) {}

  private <D> Outcome<D> read(Endpoint<D> endpoint, retrofit2.Response<ResponseBody> response) throws IOException {
    int status = response.code();
    ResponseBody raw = response.isSuccessful() ? response.body() : response.errorBody();
    byte[] bytes = raw == null ? new byte[0] : raw.bytes();
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} response HTTP {} {}", endpoint.operation(), status, masker.mask(bytes));
    }
    if (status == 429) return new Outcome.BackPressure<>("", status);
    Either<SignatureFailure, VerifiedResponse> verified =
        scheme.verifyResponse(platformKeys, response.headers().get("signature"), bytes);
    if (verified.isLeft()) {
      // a 5xx page from a proxy or load balancer carries no signature: still no answer from PayKKa
      if (status >= 500) return new Outcome.Ambiguous<>("HTTP " + status + " (unsigned)", status);
      return new Outcome.Unauthentic<>(verified.getLeft().describe(), status);
    }
    if (status >= 500) return new Outcome.Ambiguous<>("HTTP " + status, status);
    Either<WireError, Envelope<D>> envelope = endpoint.decoder().decode(codec, bytes);
    if (envelope.isLeft()) {
      return new Outcome.Ambiguous<>("answer not decodable: " + envelope.getLeft().describe(), status);
    }
    return new Outcome.Answered<>(envelope.get(), status);
  }

  private static <D> Outcome<D> deadlineOutcome(Attempt attempt) {
    return attempt.sent()
        ? new Outcome.Ambiguous<>("deadline reached after sending", 0)
        : new Outcome.NotSent<>("deadline reached before sending");
  }

  private static <D> Outcome<D> failed(Attempt attempt, Throwable t) {
    String what = describe(t);
    // ConnectException: the TCP connection never opened, whatever the interceptor saw
    if (!attempt.sent() || t instanceof ConnectException) return new Outcome.NotSent<>(what);
    return new Outcome.Ambiguous<>(what, 0);
  }

  private static String describe(@Nullable Throwable t) {
    if (t == null) return "unknown failure";
    if (t instanceof InterruptedIOException && "timeout".equals(t.getMessage())) return "timeout";
    String name = t.getClass().getSimpleName();
    String message = t.getMessage();
    // OkHttp's and the JDK's I/O messages name hosts and states, never bodies
    return message == null ? name : name + ": " + message;
  }

  @Override
  public String toString() {
    return "Transport[" + merchantId + "]";
  }

}

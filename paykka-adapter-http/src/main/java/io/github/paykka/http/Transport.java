package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.wire.SecretMasking;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.operation.WireOperation;
import io.github.paykka.wire.signature.SignatureFailure;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.github.paykka.wire.signature.VerifiedResponse;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import okhttp3.Connection;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;

/**
 * Sends one signed request of an operation of the wire table and turns whatever happens into an
 * {@link ExchangeResult}: signs the exact bytes it sends, verifies the exact bytes it receives before decoding (as the
 * table says the operation's answer reads), and tells "nothing was sent" from "it may have been processed".
 * {@link #exchange} does not block: the answer completes a future on OkHttp's dispatcher;
 * {@link #exchangeOnCallerThread} runs the same exchange on the calling thread.
 *
 * <p>Two ways to PayKKa: the pooled one (connections kept alive and reused), and a fresh one whose pool keeps no idle
 * connection, so that every request opens its own. {@link ResilientCalls} asks for a fresh connection after a request
 * failed on a reused connection before any answer (a server or load balancer that closed the idle connection), and the
 * transport uses it by itself while the server answers HTTP/1.0 without keep-alive (it closes after every answer,
 * which OkHttp does not anticipate).
 *
 * <p>An answer that does not verify is never read as PayKKa's, but what it claims is kept to be shown: the
 * {@code ret_code} and {@code ret_msg} of an unsigned error envelope, or, for a page that is not JSON, that it most
 * likely came from a proxy, firewall or load balancer (with its {@code Server} / {@code Via} header). HTTP 407 is a
 * proxy asking for credentials: nothing reached PayKKa.
 */
final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.paykka.http.wire");
  private static final MediaType JSON = MediaType.get("application/json");
  /** OkHttp 4's message when a proxy refuses a CONNECT for want of credentials. */
  private static final String PROXY_CONNECT_AUTH = "Failed to authenticate with proxy";

  private final PaykkaApi api;
  private final PaykkaApi freshApi;
  private final Signer signer;
  private final SignatureScheme scheme;
  private final List<PublicKey> platformKeys;
  private final String merchantId;
  private final Clock clock;
  private final WireCodec codec;
  private final ScheduledExecutorService scheduler;
  private final Deadlines deadlines;
  /** The last answer was HTTP/1.0 without keep-alive: the server closes every connection after answering. */
  private volatile boolean serverCloses;

  /**
   * @param api PayKKa through the pooled client
   * @param freshApi PayKKa through a client whose pool keeps no idle connection (a new connection per request)
   */
  Transport(
      PaykkaApi api, PaykkaApi freshApi, Signer signer, SignatureScheme scheme, List<PublicKey> platformKeys,
      String merchantId, Clock clock, WireCodec codec, ScheduledExecutorService scheduler) {
    this.api = requireNonNull(api, "api == null");
    this.freshApi = requireNonNull(freshApi, "freshApi == null");
    this.signer = requireNonNull(signer, "signer == null");
    this.scheme = requireNonNull(scheme, "scheme == null");
    this.platformKeys = List.copyOf(platformKeys);
    this.merchantId = requireNonNull(merchantId, "merchantId == null");
    this.clock = requireNonNull(clock, "clock == null");
    this.codec = requireNonNull(codec, "codec == null");
    this.scheduler = requireNonNull(scheduler, "scheduler == null");
    this.deadlines = new Deadlines(scheduler);
  }

  /**
   * A network interceptor that marks each {@link Attempt} as handed to a connection (noting whether that connection had
   * carried a request before) and as answered once the answer's headers arrived. One per client (it remembers the
   * connections it saw, weakly); a client derived with {@code newBuilder()} may share it.
   */
  static Interceptor sentMarker() {
    Map<Connection, Boolean> seen = Collections.synchronizedMap(new WeakHashMap<>());
    return chain -> {
      Attempt attempt = chain.request().tag(Attempt.class);
      if (attempt == null) return chain.proceed(chain.request());
      Connection connection = chain.connection();
      // RealConnection has identity equality: a connection seen before is one the pool handed out again
      attempt.markSent(connection != null && seen.put(connection, Boolean.TRUE) != null);
      okhttp3.Response response = chain.proceed(chain.request());
      attempt.markAnswered();
      return response;
    };
  }

  /**
   * Sends one request whose body is made for a fresh timestamp, within {@code deadlineNanos} ({@link System#nanoTime}),
   * without blocking: the answer completes the future on OkHttp's dispatcher (or the scheduler, at the deadline).
   *
   * @param body makes the request message for a timestamp (epoch ms)
   * @param fresh send on a new connection, not one from the pool
   */
  <D> CompletableFuture<ExchangeResult<D>> exchange(
      WireOperation<?, D> operation, LongFunction<?> body, long deadlineNanos, boolean fresh) {
    Either<ExchangeResult<D>, Prepared> prepared = prepare(operation, body, deadlineNanos, fresh);
    if (prepared.isLeft()) return CompletableFuture.completedFuture(prepared.getLeft());
    Call<ResponseBody> call = prepared.get().call();
    Attempt attempt = prepared.get().attempt();
    CompletableFuture<ExchangeResult<D>> result = new CompletableFuture<>();
    // also bounds the time a call waits in the dispatcher's queue, which OkHttp's timeout does not count
    ScheduledFuture<?> watchdog =
        scheduler.schedule(
            () -> {
              if (result.complete(deadlineExchangeResult(attempt))) call.cancel();
            },
            prepared.get().remaining(), TimeUnit.NANOSECONDS);
    call.enqueue(
        new Callback<>() {
          @Override
          public void onResponse(Call<ResponseBody> c, retrofit2.Response<ResponseBody> response) {
            watchdog.cancel(false);
            if (result.isDone()) return;
            ExchangeResult<D> outcome;
            try {
              outcome = read(operation, response);
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
  <D> ExchangeResult<D> exchangeOnCallerThread(
      WireOperation<?, D> operation, LongFunction<?> body, long deadlineNanos, boolean fresh) {
    // the dispatcher path refuses calls once the adapter is closed (its scheduler rejects the watchdog): so does this
    if (scheduler.isShutdown()) return new ExchangeResult.NotSent<>("not sent: adapter closed");
    Either<ExchangeResult<D>, Prepared> prepared = prepare(operation, body, deadlineNanos, fresh);
    if (prepared.isLeft()) return prepared.getLeft();
    Call<ResponseBody> call = prepared.get().call();
    Attempt attempt = prepared.get().attempt();
    Deadlines.Watch watch = deadlines.watch(deadlineNanos, call::cancel);
    // the sweep cancels the call at the deadline as OkHttp's call timeout would, without waking a thread per call
    if (watch != null) call.timeout().clearTimeout();
    try {
      return read(operation, call.execute());
    } catch (IOException | RuntimeException e) {
      // cancelled at the deadline: report it as the dispatcher path's watchdog would
      if (call.isCanceled() || deadlineNanos - System.nanoTime() <= 0) return deadlineExchangeResult(attempt);
      return failed(attempt, e);
    } finally {
      if (watch != null) watch.close();
    }
  }

  /** A signed call ready to go, or why nothing will be sent. */
  private <D> Either<ExchangeResult<D>, Prepared> prepare(
      WireOperation<?, D> operation, LongFunction<?> body, long deadlineNanos, boolean fresh) {
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) return Either.left(new ExchangeResult.NotSent<>("deadline reached before sending"));
    long timestamp = clock.millis();
    byte[] bytes = codec.encode(body.apply(timestamp));
    String signature;
    try {
      signature = scheme.signRequest(signer, merchantId, timestamp, bytes);
    } catch (RuntimeException e) {
      // a Signer in an HSM may fail; its message is not ours to print, its type is enough
      return Either.left(new ExchangeResult.NotSent<>("signing failed: " + e.getClass().getSimpleName()));
    }
    if (LOG.isDebugEnabled()) LOG.debug("{} request {}", operation.operation().label(), SecretMasking.forLog(bytes));
    Attempt attempt = new Attempt();
    PaykkaApi via = fresh || serverCloses ? freshApi : api;
    Call<ResponseBody> call = via.post(operation.path(), signature, RequestBody.create(bytes, JSON), attempt);
    // one budget for the whole exchange: OkHttp's call timeout covers connect, write, wait and read
    remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) return Either.left(new ExchangeResult.NotSent<>("deadline reached before sending"));
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    return Either.right(new Prepared(call, attempt, remaining));
  }

  /**
   * Cancels the calls still running on callers' threads: once the scheduler is stopped nothing else would end them at
   * their deadline. They answer as at a deadline ({@code NotSent} or {@code ExchangeResultUnknown}).
   */
  void close() {
    deadlines.expireAll();
  }

  private record Prepared(Call<ResponseBody> call, Attempt attempt, long remaining) {}

  private <D> ExchangeResult<D> read(WireOperation<?, D> operation, retrofit2.Response<ResponseBody> response)
      throws IOException {
    int status = response.code();
    okhttp3.Response raw = response.raw();
    // HTTP/1.0 closes after each answer unless it says keep-alive; OkHttp would pool the connection all the same
    serverCloses = raw.protocol() == Protocol.HTTP_1_0 && !"keep-alive".equalsIgnoreCase(raw.header("Connection"));
    ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
    byte[] bytes = body == null ? new byte[0] : body.bytes();
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} response HTTP {} {}", operation.operation().label(), status, SecretMasking.forLog(bytes));
    }
    if (status == 429) return new ExchangeResult.BackPressure<>("", status);
    Either<SignatureFailure, VerifiedResponse> verified =
        scheme.verifyResponse(platformKeys, response.headers().get("signature"), bytes);
    if (verified.isLeft()) return unverified(verified.getLeft(), status, response.headers(), bytes);
    if (status >= 500) return new ExchangeResult.Ambiguous<>("HTTP " + status, status);
    Either<WireError, Envelope<D>> envelope = operation.decodeAnswer(codec, bytes);
    if (envelope.isLeft()) {
      return new ExchangeResult.Ambiguous<>("answer not decodable: " + envelope.getLeft().describe(), status);
    }
    return new ExchangeResult.Answered<>(envelope.get(), status);
  }

  /** An answer whose signature did not verify: never PayKKa's word, but what it claims and who likely sent it. */
  private <D> ExchangeResult<D> unverified(SignatureFailure failure, int status, Headers headers, byte[] bytes) {
    if (status == 407) {
      return new ExchangeResult.NotSent<>("HTTP 407 from a proxy: it wants credentials (set a proxyAuthenticator on the"
          + " OkHttp client); nothing reached PayKKa" + sender(headers), false);
    }
    JsonNode json = codec.tree(bytes).getOrNull();
    JsonNode code = json != null && json.isObject() ? json.get("ret_code") : null;
    boolean claims = code != null && code.isValueNode() && !code.isNull();
    String origin;
    if (json == null) {
      origin = "an unsigned " + what(headers, bytes) + ", not an answer of PayKKa: most likely from a proxy, firewall"
          + " or load balancer between this application and PayKKa" + sender(headers)
          + ", not a problem of PayKKa's key";
    } else if (!claims) {
      origin = "an unsigned JSON answer without ret_code, not an envelope of PayKKa: most likely from a proxy, firewall"
          + " or load balancer between this application and PayKKa" + sender(headers);
    } else if (failure instanceof SignatureFailure.Missing) {
      origin = "an unsigned answer in PayKKa's format (" + failure.describe() + ")" + sender(headers);
    } else {
      origin = failure.describe() + ": altered on the way, or signed with a key not configured as platformPublicKey";
    }
    Option<String> claimedCode = claims ? Option.some(code.asText()) : Option.none();
    JsonNode msg = claims ? json.get("ret_msg") : null;
    Option<String> claimedMsg =
        msg != null && msg.isValueNode() && !msg.isNull() ? Option.some(msg.asText()) : Option.none();
    if (status >= 500) {
      // a 5xx page from a proxy or load balancer carries no signature: still no answer from PayKKa
      return new ExchangeResult.Ambiguous<>("HTTP " + status + ", " + origin
          + claimedCode.map(c -> ", claiming ret_code " + printable(c, 16)).getOrElse(""), status);
    }
    return new ExchangeResult.Unauthentic<>(origin, status, claimedCode, claimedMsg);
  }

  /** "text/html page (512 bytes)": the kind of body, never its content. */
  private static String what(Headers headers, byte[] bytes) {
    String type = headers.get("Content-Type");
    String kind = type == null ? "" : printable(type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT), 40);
    if (kind.isEmpty()) kind = "non-JSON";
    return kind + " page (" + bytes.length + " bytes)";
  }

  /** " (Server: nginx, Via: 1.1 proxy)" when the answer names its sender; the header values bounded and printable. */
  private static String sender(Headers headers) {
    StringBuilder out = new StringBuilder();
    for (String name : List.of("Server", "Via", "X-Cache", "X-Squid-Error")) {
      String value = headers.get(name);
      if (value == null || value.isBlank()) continue;
      out.append(out.length() == 0 ? " (" : ", ").append(name).append(": ").append(printable(value, 60));
    }
    return out.length() == 0 ? "" : out.append(')').toString();
  }

  /** At most {@code max} printable ASCII characters of {@code value}. */
  private static String printable(String value, int max) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), max));
    for (int i = 0; i < value.length() && out.length() < max; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f) out.append(c);
    }
    return out.toString().trim();
  }

  private static <D> ExchangeResult<D> deadlineExchangeResult(Attempt attempt) {
    return attempt.sent()
        ? new ExchangeResult.Ambiguous<>("deadline reached after sending", 0)
        : new ExchangeResult.NotSent<>("deadline reached before sending");
  }

  private static <D> ExchangeResult<D> failed(Attempt attempt, Throwable t) {
    String what = describe(t);
    // OkHttp's own words for a proxy wanting credentials: through a configured proxy's CONNECT, or from an
    // intercepting proxy when none is configured. Either way the request stopped before PayKKa.
    String message = t.getMessage();
    if (message != null && (message.equals(PROXY_CONNECT_AUTH) || (t instanceof ProtocolException
        && message.contains("(407)")))) {
      return new ExchangeResult.NotSent<>("HTTP 407 from a proxy: it wants credentials (set a proxyAuthenticator on the"
          + " OkHttp client); nothing reached PayKKa", false);
    }
    // ConnectException: the TCP connection never opened, whatever the interceptor saw
    if (!attempt.sent() || t instanceof ConnectException) return new ExchangeResult.NotSent<>(what);
    // end of stream or reset on a connection from the pool before any answer: the server (or a load balancer) had
    // closed it while idle, and most likely never read the request; a timeout is a slow server, not a stale connection
    boolean stale = attempt.reused() && !attempt.answered() && t instanceof IOException
        && !(t instanceof InterruptedIOException) && !"Canceled".equals(t.getMessage());
    return new ExchangeResult.Ambiguous<>(
        stale ? what + " (on a reused connection, before any answer)" : what, 0, stale);
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

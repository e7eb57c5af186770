package io.github.paykka.testkit.sandbox;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.github.paykka.wire.signature.SignatureFailure;
import java.net.URI;
import java.security.PublicKey;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers signed notifications with exponential backoff until a receiver answers HTTP 200, recording every attempt.
 *
 * <p>The signature is computed once per notification; every attempt sends the same bytes, a redelivery by hand
 * ({@link #redeliver}) too. Attempts run on a small scheduler; the HTTP exchange itself is asynchronous, so a slow
 * receiver never blocks the scheduler. Each attempt is recorded with what the dashboard shows
 * ({@link Delivery}): its latency, the start of the receiver's answer, and whether the signature verifies against the
 * platform public key.
 */
final class NotificationDispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final SignatureScheme scheme;
  private final Signer platformSigner;
  private final Clock clock;
  private final Duration firstRetryDelay;
  private final Duration maxRetryDelay;
  private final int maxAttempts;
  private final HttpClient client;
  private final ScheduledExecutorService scheduler;
  private final AtomicLong ids = new AtomicLong();
  private final WatchedState state = new WatchedState();
  private final List<NotificationAttempt> attempts = new ArrayList<>();
  private final List<Delivery> deliveries = new ArrayList<>();
  private final Map<Long, Pending> sent = new java.util.concurrent.ConcurrentHashMap<>();
  private final PublicKey platformPublicKey;
  private final SignatureScheme anyAge =
      SignatureScheme.builder().freshness(Duration.ofDays(36_500)).build();
  private final Supplier<Quirks> quirks;
  private final QuirkRewriter rewriter;
  private volatile boolean closed;

  NotificationDispatcher(
      SignatureScheme scheme,
      Signer platformSigner,
      Clock clock,
      Duration firstRetryDelay,
      Duration maxRetryDelay,
      int maxAttempts,
      PublicKey platformPublicKey,
      QuirkRewriter rewriter,
      Supplier<Quirks> quirks) {
    this.platformPublicKey = platformPublicKey;
    this.rewriter = rewriter;
    this.quirks = quirks;
    this.scheme = scheme;
    this.platformSigner = platformSigner;
    this.clock = clock;
    this.firstRetryDelay = firstRetryDelay;
    this.maxRetryDelay = maxRetryDelay;
    this.maxAttempts = maxAttempts;
    ScheduledThreadPoolExecutor s =
        new ScheduledThreadPoolExecutor(
            2,
            r -> {
              Thread t = new Thread(r, "paykka-sandbox-notify");
              t.setDaemon(true);
              return t;
            });
    s.setRemoveOnCancelPolicy(true);
    this.scheduler = s;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(s)
            .build();
  }

  /**
   * Applies the quirks in force ({@link Quirk}) to {@code body}, signs it and schedules its first delivery now; every
   * later attempt sends the same bytes.
   *
   * @param timestamp the body's {@code timestamp}, epoch milliseconds
   */
  void send(URI url, String notifyType, OrderId orderId, String merchantId, long timestamp, byte[] plainBody) {
    if (closed) return;
    QuirkRewriter.Notification rewritten = rewriter.notification(quirks.get(), plainBody, timestamp);
    byte[] body = rewritten.body();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(PaykkaHeaders.CONTENT_TYPE, PaykkaHeaders.APPLICATION_JSON);
    headers.put(PaykkaHeaders.TYPE, PaykkaHeaders.TYPE_RSA256);
    headers.put(PaykkaHeaders.VERSION, PaykkaHeaders.VERSION_V1_2);
    headers.put(PaykkaHeaders.SIGNATURE,
        scheme.signNotification(platformSigner, merchantId, rewritten.timestampText(), body));
    Pending p = new Pending(ids.incrementAndGet(), url, notifyType, orderId, body, Map.copyOf(headers), timestamp,
        signatureCheck(headers.get(PaykkaHeaders.SIGNATURE), body), new AtomicInteger());
    sent.put(p.id, p);
    schedule(p, 1, false, Duration.ZERO);
  }

  /**
   * Sends notification {@code notificationId} once more now, with the same bytes and headers, whatever its earlier
   * attempts answered; a failed redelivery is not retried.
   *
   * @return whether such a notification exists
   */
  boolean redeliver(long notificationId) {
    Pending p = sent.get(notificationId);
    if (p == null || closed) return false;
    schedule(p, 0, true, Duration.ZERO);
    return true;
  }

  // Whether the signature verifies against the platform key, whatever the timestamp's age (judged per attempt).
  private String signatureCheck(String signature, byte[] body) {
    return anyAge.verifyNotification(List.of(platformPublicKey), signature, body)
        .fold(SignatureFailure::describe, ok -> "");
  }

  private void schedule(Pending p, int automatic, boolean manual, Duration delay) {
    if (closed) return;
    try {
      scheduler.schedule(() -> attempt(p, automatic, manual), delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // closing: the notification is abandoned, like PayKKa's after its last retry
    }
  }

  /** One attempt: {@code automatic} counts the scheduled ones (for the backoff); a manual one is not retried. */
  private void attempt(Pending p, int automatic, boolean manual) {
    if (closed) return;
    int attempt = p.attempts.incrementAndGet();
    java.time.Instant sentAt = clock.instant();
    long started = System.nanoTime();
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(p.url)
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofByteArray(p.body));
    p.headers.forEach(rb::header);
    HttpRequest request;
    try {
      request = rb.build();
    } catch (IllegalArgumentException e) {
      record(p, attempt, sentAt, null, "invalid notify_url", 0, new byte[0], manual);
      return;
    }
    client
        .sendAsync(request, CappedBody.handler(RESPONSE_SHOWN))
        .whenComplete(
            (response, error) -> {
              long latency = (System.nanoTime() - started) / 1_000_000;
              Integer status = response == null ? null : response.statusCode();
              String err = error == null ? null : describe(error);
              record(p, attempt, sentAt, status, err, latency, response == null ? new byte[0] : response.body(), manual);
              if (status != null && status == 200) return;
              if (manual) return;
              if (automatic >= maxAttempts) {
                log.info("notification #{} {} to {} abandoned after {} attempts", p.id, p.notifyType, p.url, attempt);
                return;
              }
              schedule(p, automatic + 1, false, backoff(automatic));
            });
  }

  /** How much of a receiver's answer is kept for the dashboard. */
  static final int RESPONSE_SHOWN = 2048;

  /** The delay before attempt {@code done + 1}: first, doubled each time, capped. */
  Duration backoff(int done) {
    Duration d = firstRetryDelay;
    for (int i = 1; i < done && d.compareTo(maxRetryDelay) < 0; i++) d = d.multipliedBy(2);
    return d.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : d;
  }

  private static String describe(Throwable error) {
    Throwable e = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
        ? error.getCause() : error;
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private void record(Pending p, int attempt, java.time.Instant sentAt, Integer status, String error, long latency,
      byte[] response, boolean manual) {
    NotificationAttempt a =
        new NotificationAttempt(p.id, p.url, p.notifyType, p.orderId, p.body, p.headers, attempt, sentAt, status, error);
    log.debug("{}", a);
    long ageMillis = sentAt.toEpochMilli() - p.timestamp;
    Delivery d = new Delivery(a, latency, response, p.signatureFailure.isEmpty(), p.signatureFailure,
        Duration.ofMillis(ageMillis).compareTo(scheme.maxAge()) > 0, manual);
    state.update(() -> {
      attempts.add(a);
      deliveries.add(d);
    });
  }

  /** Every attempt with what the dashboard shows of it, in the order they completed. */
  List<Delivery> deliveries() {
    return state.read(() -> List.copyOf(deliveries));
  }

  List<NotificationAttempt> attempts() {
    return state.read(() -> List.copyOf(attempts));
  }

  /** Waits until {@code condition} holds for the recorded attempts, or {@code timeout} passes (see WatchedState). */
  boolean await(Predicate<? super List<NotificationAttempt>> condition, Duration timeout) {
    return state.await(() -> List.copyOf(attempts), condition, timeout, "notifications");
  }

  @Override
  public void close() {
    closed = true;
    scheduler.shutdownNow();
  }

  private record Pending(
      long id, URI url, String notifyType, OrderId orderId, byte[] body, Map<String, String> headers, long timestamp,
      String signatureFailure, AtomicInteger attempts) {}

  /**
   * One attempt as the dashboard shows it.
   *
   * @param attempt the attempt
   * @param latencyMillis from sending to the answer's end (or the error)
   * @param response the start of the receiver's answer (at most {@link #RESPONSE_SHOWN} bytes)
   * @param signatureVerified whether the signature verifies over the exact body against the platform public key
   * @param signatureFailure why it does not, or empty
   * @param stale whether the signed timestamp was older than the freshness window when the attempt was sent
   * @param manual whether it was a redelivery by hand
   */
  record Delivery(NotificationAttempt attempt, long latencyMillis, byte[] response, boolean signatureVerified,
      String signatureFailure, boolean stale, boolean manual) {}
}

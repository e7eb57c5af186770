package io.github.paykka.testkit.sandbox;

import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.net.URI;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers signed notifications with exponential backoff until a receiver answers HTTP 200, recording every attempt.
 *
 * <p>The signature is computed once per notification; every attempt sends the same bytes. Attempts run on a small
 * scheduler; the HTTP exchange itself is asynchronous, so a slow receiver never blocks the scheduler.
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
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final List<NotificationAttempt> attempts = new ArrayList<>();
  private volatile boolean closed;

  NotificationDispatcher(
      SignatureScheme scheme,
      Signer platformSigner,
      Clock clock,
      Duration firstRetryDelay,
      Duration maxRetryDelay,
      int maxAttempts) {
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

  /** Signs {@code body} and schedules its first delivery now. */
  void send(URI url, String notifyType, String orderId, String merchantId, long timestamp, byte[] body) {
    if (closed) return;
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(PaykkaHeaders.CONTENT_TYPE, PaykkaHeaders.APPLICATION_JSON);
    headers.put(PaykkaHeaders.TYPE, PaykkaHeaders.TYPE_RSA256);
    headers.put(PaykkaHeaders.VERSION, PaykkaHeaders.VERSION_V1_2);
    headers.put(PaykkaHeaders.SIGNATURE, scheme.signNotification(platformSigner, merchantId, timestamp, body));
    Pending p = new Pending(ids.incrementAndGet(), url, notifyType, orderId, body, Map.copyOf(headers));
    schedule(p, 1, Duration.ZERO);
  }

  private void schedule(Pending p, int attempt, Duration delay) {
    if (closed) return;
    try {
      scheduler.schedule(() -> attempt(p, attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // closing: the notification is abandoned, like PayKKa's after its last retry
    }
  }

  private void attempt(Pending p, int attempt) {
    if (closed) return;
    java.time.Instant sentAt = clock.instant();
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(p.url)
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofByteArray(p.body));
    p.headers.forEach(rb::header);
    HttpRequest request;
    try {
      request = rb.build();
    } catch (IllegalArgumentException e) {
      record(p, attempt, sentAt, null, "invalid notify_url");
      return;
    }
    client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, error) -> {
              Integer status = response == null ? null : response.statusCode();
              String err = error == null ? null : describe(error);
              record(p, attempt, sentAt, status, err);
              if (status != null && status == 200) return;
              if (attempt >= maxAttempts) {
                log.info("notification #{} {} to {} abandoned after {} attempts", p.id, p.notifyType, p.url, attempt);
                return;
              }
              schedule(p, attempt + 1, backoff(attempt));
            });
  }

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

  private void record(Pending p, int attempt, java.time.Instant sentAt, Integer status, String error) {
    NotificationAttempt a =
        new NotificationAttempt(p.id, p.url, p.notifyType, p.orderId, p.body, p.headers, attempt, sentAt, status, error);
    log.debug("{}", a);
    lock.lock();
    try {
      attempts.add(a);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  List<NotificationAttempt> attempts() {
    lock.lock();
    try {
      return List.copyOf(attempts);
    } finally {
      lock.unlock();
    }
  }

  /** Waits until {@code condition} holds for the recorded attempts, or {@code timeout} passes. */
  boolean await(Predicate<? super List<NotificationAttempt>> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (!condition.test(List.copyOf(attempts))) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return false;
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    closed = true;
    scheduler.shutdownNow();
  }

  private record Pending(
      long id, URI url, String notifyType, String orderId, byte[] body, Map<String, String> headers) {}
}

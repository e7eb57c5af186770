package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.testkit.webhook.WebhookTestSigner.SignedNotification;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.WebhookOutcome;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Three instances of an application, each with its own webhook handler, inbox and connection pool, share one
 * PostgreSQL. PayKKa delivers 2,000 signed notifications (1,400 distinct, 600 second deliveries, a third of those
 * re-signed later) to random instances from six threads at once; the listener fails 10% of the time; every delivery
 * not acknowledged (listener failed, or another instance is processing it) is delivered again, to a random instance,
 * until it is. Afterwards every notification was processed exactly once: none twice, none lost.
 */
class MultiInstanceStormTest {
  static final int DISTINCT = 1400;
  static final int SECOND_DELIVERIES = 600;
  static final int INSTANCES = 3;
  static final int THREADS = 6;
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  @Test
  void everyNotificationIsProcessedExactlyOnceAcrossThreeInstances() throws Exception {
    Random random = new Random(20250612L);
    TestKeys.TestKeyPair platform = TestKeys.generate();
    WebhookTestSigner signer = WebhookTestSigner.withPlatformKey(platform.privateKey());

    List<SignedNotification> distinct = new ArrayList<>();
    for (int n = 1; n <= DISTINCT; n++) {
      distinct.add(Notifications.paymentSuccess(signer, n, 100 + random.nextInt(100_000),
          NOW.toEpochMilli() - random.nextInt(120_000)));
    }
    List<SignedNotification> deliveries = new ArrayList<>(distinct);
    for (int i = 0; i < SECOND_DELIVERIES; i++) {
      int n = 1 + random.nextInt(DISTINCT);
      SignedNotification original = distinct.get(n - 1);
      // PayKKa may sign a redelivery anew: other bytes, other signature, the same notification
      deliveries.add(random.nextInt(3) == 0
          ? Notifications.paymentSuccess(signer, n, amountOf(original), NOW.toEpochMilli() - random.nextInt(60_000))
          : original);
    }
    Collections.shuffle(deliveries, random);
    assertThat(deliveries).hasSize(2000);

    Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
    AtomicInteger listenerFailures = new AtomicInteger();
    NotificationListener listener = notification -> {
      if (ThreadLocalRandom.current().nextInt(10) == 0) {
        listenerFailures.incrementAndGet();
        throw new IllegalStateException("the application's database hiccuped");
      }
      // the application's effect, counted only when the listener succeeds
      processed.computeIfAbsent(notification.deduplicationKey(), k -> new AtomicInteger()).incrementAndGet();
    };

    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    try (TestPostgres db = TestPostgres.freshSchema()) {
      List<PaykkaWebhookHandler> instances = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        JdbcNotificationInbox inbox = JdbcNotificationInbox.builder(db.pool(4)).instanceName("web-" + i).build();
        instances.add(PaykkaWebhookHandler.builder()
            .merchantId(Notifications.MERCHANT)
            .platformPublicKey(platform.publicKey())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .listener(listener)
            .inbox(inbox)
            .onOutcome(o -> outcomes.computeIfAbsent(o.getClass().getSimpleName(), k -> new AtomicInteger())
                .incrementAndGet())
            .build());
      }

      LinkedBlockingQueue<SignedNotification> pending = new LinkedBlockingQueue<>(deliveries);
      AtomicInteger unacknowledged = new AtomicInteger(deliveries.size());
      AtomicInteger attempts = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          workers.add(pool.submit(() -> {
            while (unacknowledged.get() > 0 && attempts.get() < 20_000) {
              SignedNotification d = pending.poll(20, TimeUnit.MILLISECONDS);
              if (d == null) continue;
              attempts.incrementAndGet();
              PaykkaWebhookHandler instance = instances.get(ThreadLocalRandom.current().nextInt(INSTANCES));
              WebhookOutcome outcome = instance.handle("POST", Notifications.headers(d), d.body()).outcome();
              if (outcome.acknowledged()) {
                unacknowledged.decrementAndGet();
              } else {
                pending.add(d); // PayKKa delivers it again
              }
            }
            return null;
          }));
        }
        for (Future<?> w : workers) w.get(2, TimeUnit.MINUTES);
      } finally {
        pool.shutdownNow();
      }

      assertThat(unacknowledged.get()).as("every delivery acknowledged in the end").isZero();
      assertThat(processed).as("no notification lost").hasSize(DISTINCT);
      assertThat(processed.values()).as("none processed twice").allSatisfy(c -> assertThat(c.get()).isEqualTo(1));
      assertThat(listenerFailures.get()).as("the listener did fail, and each failure was redelivered").isPositive();
      assertThat(outcomes.get("ListenerFailed").get()).isEqualTo(listenerFailures.get());
      assertThat(outcomes.get("Processed").get()).isEqualTo(DISTINCT);
      assertThat(outcomes.get("Duplicate").get()).isPositive();
      assertThat(outcomes.keySet()).isSubsetOf("Processed", "Duplicate", "ListenerFailed", "InProgress");
      assertThat(count(db, "processed_at IS NOT NULL")).isEqualTo(DISTINCT);
      assertThat(count(db, "processed_at IS NULL")).as("no claim left behind").isZero();
    }
  }

  private static long amountOf(SignedNotification n) {
    String text = n.bodyText();
    int at = text.indexOf("\"amount\":") + "\"amount\":".length();
    int end = at;
    while (Character.isDigit(text.charAt(end))) end++;
    return Long.parseLong(text.substring(at, end));
  }

  private static long count(TestPostgres db, String where) throws SQLException {
    try (Connection c = db.pool(1).getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM paykka_inbox WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-schema
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.paykka.jdbc.PaykkaSchema;
import io.github.paykka.ports.notification.NotificationListener;
import java.security.PublicKey;
// endregion
// region imports-inbox
import io.github.paykka.jdbc.JdbcNotificationInbox;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import java.time.Duration;
// endregion
// region imports-journal
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.jdbc.JdbcPaymentJournal;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
// endregion
// region imports-reconciler
import io.github.paykka.ports.journal.JournalReconciler;
import java.time.Clock;
// endregion
// region imports-schedule
import io.github.paykka.ports.journal.ReconciliationReport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
// endregion
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
import io.github.paykka.webhook.WebhookOutcome;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * multiple-instances.md's examples, run: two instances of an application share a real PostgreSQL (started by the
 * test), talk to the testkit sandbox through the real HTTP adapter and receive its notifications through the real
 * webhook adapter.
 */
@ExtendWith(PaykkaSandboxExtension.class)
class MultipleInstancesExampleTest {

  /** One instance of the application: its own pool and adapters; the tables are shared. */
  static final class Instance implements AutoCloseable {
    final HikariDataSource dataSource;
    final JdbcNotificationInbox inbox;
    final JdbcPaymentJournal journal;
    final PaykkaWebhookHandler handler;
    final HttpServer server;

    // region schema
    Instance(String name, String jdbcUrl, String merchantId, PublicKey platformKey, NotificationListener listener)
        throws Exception {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(jdbcUrl);                      // your PostgreSQL 14+
      config.setMaximumPoolSize(10);
      HikariDataSource dataSource = new HikariDataSource(config);
      PaykkaSchema.createSchema(dataSource);           // every instance at start-up: applies what is missing, once
      // endregion
      this.dataSource = dataSource;
      // region inbox
      JdbcNotificationInbox inbox = JdbcNotificationInbox.builder(dataSource)
          .instanceName(name)                          // optional: shows who holds a claim in paykka_inbox
          .lease(Duration.ofMinutes(5))                // the default; longer than your slowest listener
          .retention(Duration.ofDays(30))              // the default; how long processed keys are remembered
          .build();
      PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
          .merchantId(merchantId)                      // notifications for another merchant are refused
          .platformPublicKey(platformKey)
          .listener(listener)
          .inbox(inbox)                                // the same table behind every instance
          .build();
      // endregion
      this.inbox = inbox;
      this.journal = JdbcPaymentJournal.create(dataSource);
      this.handler = handler;
      this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/paykka/notifications", PaykkaHttpHandler.of(handler));
      server.start();
    }

    String notifyUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/paykka/notifications";
    }

    @Override
    public void close() {
      server.stop(0);
      dataSource.close();
    }
  }

  @Test
  void twoInstancesShareTheInboxAndTheJournal(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(new File("target/postgres.log")))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(new File("target/postgres.log")))
            .start();
        PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
            .merchantId(keys.merchantId())
            .merchantPrivateKey(keys.merchant().privateKey())
            .platformPublicKey(sandbox.platformPublicKey())
            .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
            .build()) {
      String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
      List<String> processed = new CopyOnWriteArrayList<>();   // stands for the application's shared books
      NotificationListener listener = n -> processed.add(n.deduplicationKey());

      PaymentRequest sentThenCrashed;
      PaymentRequest crashedBeforeSending;
      PaymentRequest completed;
      String merchant = keys.merchantId();
      try (Instance first = new Instance("web-1", jdbcUrl, merchant, sandbox.platformPublicKey(), listener);
          Instance second = new Instance("web-2", jdbcUrl, merchant, sandbox.platformPublicKey(), listener)) {
        // a notification to the first instance, then its redelivery to the second: processed once
        completed = purchase(first.notifyUrl());
        Clock clock = Clock.systemUTC();
        PaymentRequest request = completed;
        JdbcPaymentJournal journal = first.journal;
        PaykkaHttpAdapter journaled = journaled(sandbox, keys, journal);
        Either<GatewayFailure, PaymentResult> answer = journaled.initiate(request);
        journaled.close();
        assertThat(answer.isRight()).isTrue();
        EntryId entry = journal.entriesFor(request.transId().value()).get(0).id();
        String orderId = answer.get().order().orderId().value();
        NotificationAttempt delivered = sandbox.awaitAttempts(
            a -> a.orderId().value().equals(orderId) && a.acknowledged(), 1, Duration.ofSeconds(10)).get(0);
        WebhookOutcome redelivered = second.handler.handle("POST", delivered.headers(), delivered.body()).outcome();
        assertThat(redelivered).isInstanceOf(WebhookOutcome.Duplicate.class);
        assertThat(processed).hasSize(1);
        assertThat(journal.find(entry).get().isResolved()).isTrue();

        // the first instance dies twice: once after sending, before the answer; once before sending
        sentThenCrashed = purchase(first.notifyUrl());
        first.journal.recordIntent(JournalIntent.initiate(sentThenCrashed, clock.instant()));
        assertThat(paykka.initiate(sentThenCrashed).isRight()).isTrue();          // the answer is never recorded
        crashedBeforeSending = purchase(first.notifyUrl());
        first.journal.recordIntent(JournalIntent.initiate(crashedBeforeSending, clock.instant()));
      }

      // a restart, more than five minutes later: the new instance's reconciler runs at start-up
      Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6));
      CompletableFuture<ReconciliationReport> firstRun = new CompletableFuture<>();
      try (Instance restarted =
          new Instance("web-1", jdbcUrl, keys.merchantId(), sandbox.platformPublicKey(), listener)) {
        JdbcPaymentJournal journal = restarted.journal;
        JdbcNotificationInbox inbox = restarted.inbox;
        JournalReconciler reconciler = reconciler(journal, paykka, clock);
        ScheduledExecutorService scheduler = schedule(reconciler, inbox, journal, clock, firstRun);
        ReconciliationReport report;
        try {
          report = firstRun.get(30, TimeUnit.SECONDS);
        } finally {
          scheduler.shutdownNow();
        }

        assertThat(report.isComplete()).isTrue();
        Map<String, JournalOutcome> learned = report.resolved().stream()
            .collect(Collectors.toMap(r -> r.entry().intent().reference(), ReconciliationReport.Resolved::outcome));
        String sent = sentThenCrashed.transId().value();
        String neverSent = crashedBeforeSending.transId().value();
        assertThat(learned).containsOnlyKeys(sent, neverSent);
        assertThat(learned.get(sent)).isInstanceOf(JournalOutcome.Happened.class);
        assertThat(learned.get(neverSent)).isInstanceOf(JournalOutcome.NeverHappened.class);
        // the reconciler asked; it did not send: PayKKa still has no order for the payment that never left
        assertThat(paykka.query(PaymentLookup.byTransId(crashedBeforeSending.transId())).isLeft()).isTrue();
        assertThat(journal.unresolved(clock.instant(), Option.none(), 10)).isEmpty();
      }
    }
  }

  // region journal
  /** An instance's HTTP adapter, recording each money-moving call in the journal the instances share. */
  static PaykkaHttpAdapter journaled(PaykkaSandbox sandbox, SandboxKeys keys, JdbcPaymentJournal journal) {
    return PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKey())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .paymentJournal(journal)   // each money-moving call: its intent before it is sent, its outcome once definite
        .build();                  // an ambiguous end (OutcomeUnknown, Unauthentic) stays open for the reconciler
  }
  // endregion

  // region reconciler
  /** The reconciler of an instance: it resolves by query the journal's entries left open. */
  static JournalReconciler reconciler(JdbcPaymentJournal journal, PaykkaHttpAdapter paykka, Clock clock) {
    return JournalReconciler.builder()
        .journal(journal)
        .payments(paykka).refunds(paykka).checkoutSessions(paykka)   // it only ever queries
        .minimumAge(Duration.ofMinutes(5))   // the default; longer than your longest call, retries included
        .clock(clock)                        // the default is the system clock
        .build();
  }
  // endregion

  // region schedule
  private static final Logger log = LoggerFactory.getLogger("shop.reconciliation");   // your logger

  /** Runs the reconciler at start-up and every five minutes, and the purges every hour. */
  static ScheduledExecutorService schedule(JournalReconciler reconciler, JdbcNotificationInbox inbox,
      JdbcPaymentJournal journal, Clock clock, CompletableFuture<ReconciliationReport> firstRun) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        ReconciliationReport report = reconciler.run();   // at start-up, then every five minutes
        for (ReconciliationReport.Resolved r : report.resolved()) {
          // e.g. a payment that went through while you were down: bring your order up to date
          log.info("{} {}: {}", r.entry().intent().operation(), r.entry().intent().reference(), r.outcome());
        }
        for (ReconciliationReport.Unresolved u : report.unresolved()) {
          log.warn("{} {} unresolved: {}", u.entry().intent().operation(), u.entry().intent().reference(),
              u.reason());                                 // tried again next run; alert if it stays
        }
        firstRun.complete(report);                         // the test waits for the first run
      } catch (RuntimeException e) {
        log.error("reconciliation failed", e);             // an exception would cancel the schedule
      }
    }, 0, 5, TimeUnit.MINUTES);
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        inbox.purgeExpired();                              // keys processed more than the retention ago
        journal.purgeResolvedBefore(clock.instant().minus(Duration.ofDays(400)));   // your books' retention
      } catch (RuntimeException e) {
        log.error("purge failed", e);
      }
    }, 1, 60, TimeUnit.MINUTES);
    return scheduler;
  }
  // endregion

  private static PaymentRequest purchase(String notifyUrl) {
    return TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).notifyUrl(notifyUrl));
  }
}

package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.github.paykka.ports.notification.NotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox.Claim;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.testkit.webhook.WebhookTestSigner.SignedNotification;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.WebhookOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An instance dies while its listener processes a notification: it holds the claim and never completes or releases
 * it. PayKKa's redeliveries go to another instance: refused (503) while the lease holds, processed once after it ran
 * out; the dead instance's claim, presented again after a restart, changes nothing.
 */
class WebhookLeaseTest {
  static final Duration LEASE = Duration.ofMinutes(5);

  final TestPostgres db = TestPostgres.freshSchema();
  final TestKeys.TestKeyPair platform = TestKeys.generate();
  final WebhookTestSigner signer = WebhookTestSigner.withPlatformKey(platform.privateKey());
  // the inboxes' clock moves by hand; the handlers judge signatures by the real clock
  final MutableClock inboxClock = new MutableClock(Instant.now());

  @AfterEach
  void close() {
    db.close();
  }

  /** Thrown by the listener of the instance that dies; nothing after it runs on that instance. */
  static final class Killed extends Error {
    Killed() {
      super("instance killed");
    }
  }

  @Test
  void theRedeliveryAfterTheLeaseIsProcessedOnceAndTheDeadOwnerChangesNothing() {
    SignedNotification notification = Notifications.paymentSuccess(signer, 1, 2500, Instant.now().toEpochMilli());
    List<String> effects = new CopyOnWriteArrayList<>();

    // instance A: claims, starts processing, dies (its pool goes with it, so not even a release gets out)
    HikariDataSource poolA = db.pool(2);
    List<Claim.Acquired> claimsOfA = new ArrayList<>();
    NotificationInbox inboxA = recording(inbox(poolA), claimsOfA);
    PaykkaWebhookHandler a = handler(inboxA, n -> {
      poolA.close();
      throw new Killed();
    });
    assertThatThrownBy(() -> deliver(a, notification)).isInstanceOf(Killed.class);
    assertThat(claimsOfA).hasSize(1);
    Claim.Acquired dead = claimsOfA.get(0);

    // instance B gets the redeliveries
    JdbcNotificationInbox inboxB = inbox(db.pool(2));
    JdbcNotificationInbox restartedA = inbox(db.pool(2));
    PaykkaWebhookHandler b = handler(inboxB, n -> {
      // while B processes, the restarted A presents its dead claim: neither call may touch B's claim
      restartedA.release(dead);
      restartedA.complete(dead);
      assertThat(restartedA.claim(n.deduplicationKey())).isEqualTo(new Claim.InProgress(n.deduplicationKey()));
      effects.add(n.deduplicationKey());
    });

    inboxClock.advance(LEASE.minusSeconds(1));
    assertThat(deliver(b, notification)).as("within the lease").isInstanceOf(WebhookOutcome.InProgress.class);
    assertThat(effects).isEmpty();

    inboxClock.advance(Duration.ofSeconds(1));
    assertThat(deliver(b, notification)).isInstanceOf(WebhookOutcome.Processed.class);
    assertThat(effects).hasSize(1);

    // later redeliveries, to either instance, are duplicates; the dead claim still changes nothing
    restartedA.release(dead);
    restartedA.complete(dead);
    assertThat(deliver(b, notification)).isInstanceOf(WebhookOutcome.Duplicate.class);
    assertThat(deliver(handler(restartedA, n -> effects.add("again")), notification))
        .isInstanceOf(WebhookOutcome.Duplicate.class);
    assertThat(effects).hasSize(1);
  }

  private JdbcNotificationInbox inbox(HikariDataSource pool) {
    return JdbcNotificationInbox.builder(pool).clock(inboxClock).lease(LEASE).build();
  }

  private PaykkaWebhookHandler handler(NotificationInbox inbox, NotificationListener listener) {
    return PaykkaWebhookHandler.builder().merchantId(Notifications.MERCHANT).platformPublicKey(platform.publicKey()).inbox(inbox).listener(listener).build();
  }

  private static WebhookOutcome deliver(PaykkaWebhookHandler handler, SignedNotification n) {
    return handler.handle("POST", Notifications.headers(n), n.body()).outcome();
  }

  /** Passes every call on, and keeps the claims acquired. */
  private static NotificationInbox recording(NotificationInbox inbox, List<Claim.Acquired> acquired) {
    return new NotificationInbox() {
      @Override
      public Duration retention() {
        return inbox.retention();
      }

      @Override
      public Claim claim(String key) {
        Claim claim = inbox.claim(key);
        if (claim instanceof Claim.Acquired a) acquired.add(a);
        return claim;
      }

      @Override
      public void complete(Claim.Acquired claim) {
        inbox.complete(claim);
      }

      @Override
      public void release(Claim.Acquired claim) {
        inbox.release(claim);
      }
    };
  }
}

package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.github.paykka.ports.notification.NotificationInbox.Claim;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcNotificationInboxTest {
  static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

  final TestPostgres db = TestPostgres.freshSchema();
  final MutableClock clock = new MutableClock(T0);

  @AfterEach
  void close() {
    db.close();
  }

  JdbcNotificationInbox instance(DataSource ds) {
    return JdbcNotificationInbox.builder(ds).clock(clock).lease(Duration.ofMinutes(5)).build();
  }

  static Claim.Acquired acquire(JdbcNotificationInbox inbox, String key) {
    Claim claim = inbox.claim(key);
    assertThat(claim).isInstanceOf(Claim.Acquired.class);
    return (Claim.Acquired) claim;
  }

  @Test
  void claimCompleteAndDuplicate() {
    JdbcNotificationInbox inbox = instance(db.pool(2));
    Claim.Acquired k = acquire(inbox, "k");
    assertThat(inbox.claim("k")).isEqualTo(new Claim.InProgress("k"));
    inbox.complete(k);
    assertThat(inbox.claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
    assertThat(inbox.claim("other")).isInstanceOf(Claim.Acquired.class);
  }

  @Test
  void releaseLetsTheRedeliveryBeProcessedOnAnotherInstance() {
    JdbcNotificationInbox a = instance(db.pool(1));
    JdbcNotificationInbox b = instance(db.pool(1));
    a.release(acquire(a, "k"));
    Claim.Acquired byB = acquire(b, "k");
    assertThat(a.claim("k")).isEqualTo(new Claim.InProgress("k"));
    b.complete(byB);
    assertThat(a.claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
  }

  @Test
  void everyClaimHasItsOwnOwnerAndTheSameOwnerCannotBeForged() {
    JdbcNotificationInbox a = instance(db.pool(1));
    JdbcNotificationInbox b = instance(db.pool(1));
    Claim.Acquired first = acquire(a, "k1");
    Claim.Acquired second = acquire(a, "k2");
    Claim.Acquired third = acquire(b, "k3");
    assertThat(List.of(first.owner(), second.owner(), third.owner())).doesNotHaveDuplicates();
    // another owner's token for the same key completes nothing
    a.complete(new Claim.Acquired("k1", second.owner()));
    assertThat(a.claim("k1")).isEqualTo(new Claim.InProgress("k1"));
  }

  @Test
  void aClaimHeldByAKilledInstanceExpiresWithItsLeaseAndIsTakenOver() throws SQLException {
    JdbcNotificationInbox killed = instance(db.pool(1));
    JdbcNotificationInbox survivor = instance(db.pool(1));
    Claim.Acquired stale = acquire(killed, "k");
    // the instance dies here: no complete, no release

    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    assertThat(survivor.claim("k")).as("within the lease").isEqualTo(new Claim.InProgress("k"));
    clock.advance(Duration.ofMillis(1));
    Claim.Acquired taken = acquire(survivor, "k");
    assertThat(taken.owner()).isNotEqualTo(stale.owner());

    // the stale holder comes back: its release and complete change nothing
    killed.release(stale);
    assertThat(survivor.claim("k")).isEqualTo(new Claim.InProgress("k"));
    killed.complete(stale);
    assertThat(survivor.claim("k")).isEqualTo(new Claim.InProgress("k"));
    assertThat(row("k")).isEqualTo(taken.owner() + " unprocessed");

    survivor.complete(taken);
    assertThat(killed.claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
    // a stale release after the completion does not forget the processed key either
    killed.release(stale);
    survivor.release(taken);
    assertThat(survivor.claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
  }

  @Test
  void aProcessedKeyIsNeverTakenOverWhateverItsAge() {
    JdbcNotificationInbox inbox = instance(db.pool(1));
    inbox.complete(acquire(inbox, "k"));
    clock.advance(Duration.ofDays(400));
    assertThat(inbox.claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
  }

  @Test
  void simultaneousClaimsFromManyInstancesAcquireExactlyOnce() throws Exception {
    int instances = 6;
    List<JdbcNotificationInbox> inboxes = new ArrayList<>();
    for (int i = 0; i < instances; i++) inboxes.add(instance(db.pool(1)));
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      for (int round = 0; round < 50; round++) {
        String key = "key-" + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Claim>> claims = new ArrayList<>();
        for (JdbcNotificationInbox inbox : inboxes) {
          claims.add(pool.submit((Callable<Claim>) () -> {
            start.await();
            return inbox.claim(key);
          }));
        }
        start.countDown();
        List<Claim> results = new ArrayList<>();
        for (Future<Claim> f : claims) results.add(f.get());
        assertThat(results).filteredOn(c -> c instanceof Claim.Acquired).hasSize(1);
        assertThat(results).filteredOn(c -> c instanceof Claim.InProgress).hasSize(instances - 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void purgeDeletesWhatIsOlderThanTheRetentionAndNothingElse() throws SQLException {
    JdbcNotificationInbox inbox = JdbcNotificationInbox.builder(db.pool(1)).clock(clock)
        .lease(Duration.ofMinutes(5)).retention(Duration.ofDays(30)).build();
    inbox.complete(acquire(inbox, "old-processed"));
    acquire(inbox, "old-abandoned");
    clock.advance(Duration.ofDays(20));
    inbox.complete(acquire(inbox, "young-processed"));
    acquire(inbox, "young-abandoned");
    clock.advance(Duration.ofDays(10).plusMinutes(6));
    Claim.Acquired live = acquire(inbox, "live-claim");

    assertThat(inbox.purgeExpired()).isEqualTo(2);
    assertThat(keys()).containsExactlyInAnyOrder("young-processed", "young-abandoned", "live-claim");
    assertThat(inbox.claim("young-processed")).isEqualTo(new Claim.AlreadyProcessed("young-processed"));
    // a purged key is new again: its notification is older than the retention, which the webhook refuses first
    assertThat(inbox.claim("old-processed")).isInstanceOf(Claim.Acquired.class);
    inbox.complete(live);
    assertThat(inbox.purgeExpired()).isZero();
  }

  @Test
  void defaultsAndSettings() {
    JdbcNotificationInbox inbox = JdbcNotificationInbox.create(db.pool(1));
    assertThat(inbox.retention()).isEqualTo(Duration.ofDays(30));
    assertThat(inbox.lease()).isEqualTo(Duration.ofMinutes(5));
    DataSource ds = db.pool(1);
    assertThatThrownBy(() -> JdbcNotificationInbox.builder(ds).lease(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    assertThatThrownBy(() -> JdbcNotificationInbox.builder(ds).retention(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    assertThatThrownBy(() -> JdbcNotificationInbox.builder(ds).lease(Duration.ofDays(2)).retention(Duration.ofDays(1))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    assertThatThrownBy(() -> JdbcNotificationInbox.builder(ds).instanceName("x".repeat(33)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instanceName");
    Claim.Acquired named = acquire(JdbcNotificationInbox.builder(ds).instanceName("web-1").build(), "n");
    assertThat(named.owner()).startsWith("web-1/").hasSizeLessThanOrEqualTo(64);
  }

  @Test
  void aFailingDatabaseIsAJdbcStoreExceptionNamingTheOperation() {
    HikariDataSource ds = db.pool(1);
    JdbcNotificationInbox inbox = instance(ds);
    Claim.Acquired k = acquire(inbox, "k");
    ds.close();
    assertThatThrownBy(() -> inbox.claim("k2")).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("paykka_inbox claim failed");
    assertThatThrownBy(() -> inbox.complete(k)).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("paykka_inbox complete failed");
  }

  @Test
  void aPoolWithoutAutoCommitStillCommitsEachOperation() {
    JdbcNotificationInbox inbox = instance(db.pool(1, false));
    inbox.complete(acquire(inbox, "k"));
    assertThat(instance(db.pool(1)).claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
  }

  private String row(String key) throws SQLException {
    try (Connection c = db.pool(1).getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT claim_owner, processed_at FROM paykka_inbox WHERE dedup_key = '"
            + key + "'")) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1) + (rs.getObject(2) == null ? " unprocessed" : " processed");
    }
  }

  private List<String> keys() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.pool(1).getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT dedup_key FROM paykka_inbox")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}

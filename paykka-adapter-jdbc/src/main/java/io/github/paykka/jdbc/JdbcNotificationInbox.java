package io.github.paykka.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.notification.NotificationInbox;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link NotificationInbox} in PostgreSQL, shared by every instance of an application: table {@code paykka_inbox}
 * (see {@link PaykkaSchema}).
 *
 * <ul>
 *   <li>{@link #claim} is one atomic statement: an insert that, on a conflicting key, takes the row over only if it is
 *       an unprocessed claim whose lease has run out (its holder crashed or hung). Otherwise the key is answered
 *       processed or in progress. Each claim gets its own owner token.
 *   <li>{@link #complete} and {@link #release} act only on a row still held by the caller's token: a stale holder
 *       whose claim was taken over changes nothing.
 *   <li>Nothing runs in the background. Call {@link #purgeExpired} from your own scheduler (e.g. hourly): it deletes
 *       keys processed longer ago than the {@link #retention()} and claims abandoned longer ago than that.
 * </ul>
 *
 * <p>Times come from the {@link Builder#clock clock} of each instance, so instances need synchronised clocks (NTP):
 * the lease (default 5 minutes) must exceed both the clock skew and your slowest listener, or a slow listener's
 * notification may be taken over and processed twice. Each method takes one connection from the pool, uses it in
 * auto-commit (or commits, if the pool hands out connections in a transaction) and returns it. Thread-safe. A
 * database failure is thrown as {@link JdbcStoreException}; the webhook adapter answers PayKKa with an error then, so
 * PayKKa delivers again.
 */
public final class JdbcNotificationInbox implements NotificationInbox {
  /** The default lease of a claim: 5 minutes. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
  /** The default retention of processed keys: 30 days. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
  /** The longest instance name. */
  public static final int MAX_INSTANCE_NAME_LENGTH = 32;

  private static final int ATTEMPTS = 3;
  private static final int PURGE_BATCH = 10_000;
  private static final String CLAIM = "INSERT INTO paykka_inbox AS i (dedup_key, claim_owner, lease_until) "
      + "VALUES (?, ?, ?) ON CONFLICT (dedup_key) DO UPDATE "
      + "SET claim_owner = EXCLUDED.claim_owner, lease_until = EXCLUDED.lease_until "
      + "WHERE i.processed_at IS NULL AND i.lease_until <= ?";
  private static final String STATE = "SELECT processed_at IS NOT NULL FROM paykka_inbox WHERE dedup_key = ?";
  private static final String COMPLETE = "UPDATE paykka_inbox SET processed_at = ? "
      + "WHERE dedup_key = ? AND claim_owner = ? AND processed_at IS NULL";
  private static final String RELEASE =
      "DELETE FROM paykka_inbox WHERE dedup_key = ? AND claim_owner = ? AND processed_at IS NULL";
  private static final String PURGE = "DELETE FROM paykka_inbox WHERE dedup_key IN (SELECT dedup_key FROM "
      + "paykka_inbox WHERE COALESCE(processed_at, lease_until) < ? LIMIT " + PURGE_BATCH + ")";

  private final DataSource dataSource;
  private final Duration lease;
  private final Duration retention;
  private final Clock clock;
  private final String ownerPrefix;
  private final AtomicLong claims = new AtomicLong();

  private JdbcNotificationInbox(Builder b) {
    this.dataSource = requireNonNull(b.dataSource);
    this.lease = b.lease;
    this.retention = b.retention;
    this.clock = b.clock;
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    // unique across instances even if two share a name; the name only helps a person reading the table
    this.ownerPrefix = (b.instanceName == null ? "" : b.instanceName + "/") + HexFormat.of().formatHex(random) + ":";
  }

  /** A builder over {@code dataSource}, the application's pool. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource == null"));
  }

  /** An inbox over {@code dataSource} with the default lease, retention and clock. */
  public static JdbcNotificationInbox create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  @Override
  public Duration retention() {
    return retention;
  }

  /** How long a claim holds before another instance may take it over. */
  public Duration lease() {
    return lease;
  }

  /** @throws JdbcStoreException if the database failed */
  @Override
  public Claim claim(String key) {
    requireNonNull(key, "key == null");
    String owner = ownerPrefix + Long.toString(claims.incrementAndGet(), 36);
    return Jdbc.run(dataSource, "paykka_inbox claim", c -> {
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        Instant now = clock.instant();
        try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
          claim.setString(1, key);
          claim.setString(2, owner);
          claim.setObject(3, Jdbc.timestamp(now.plus(lease)));
          claim.setObject(4, Jdbc.timestamp(now));
          // one row inserted, or taken over from an expired claim; none when the conflict's condition failed
          if (claim.executeUpdate() == 1) return new Claim.Acquired(key, owner);
        }
        try (PreparedStatement state = c.prepareStatement(STATE)) {
          state.setString(1, key);
          try (ResultSet rs = state.executeQuery()) {
            if (rs.next()) return rs.getBoolean(1) ? new Claim.AlreadyProcessed(key) : new Claim.InProgress(key);
          }
        }
        // the holder released it between the two statements: try again
      }
      // released and re-claimed by others over and over: someone is at it; PayKKa delivers again
      return new Claim.InProgress(key);
    });
  }

  /** @throws JdbcStoreException if the database failed (the claim then runs out with its lease) */
  @Override
  public void complete(Claim.Acquired claim) {
    requireNonNull(claim, "claim == null");
    Jdbc.run(dataSource, "paykka_inbox complete", c -> {
      try (PreparedStatement ps = c.prepareStatement(COMPLETE)) {
        ps.setObject(1, Jdbc.timestamp(clock.instant()));
        ps.setString(2, claim.key());
        ps.setString(3, claim.owner());
        return ps.executeUpdate();
      }
    });
  }

  /** @throws JdbcStoreException if the database failed (the claim then runs out with its lease) */
  @Override
  public void release(Claim.Acquired claim) {
    requireNonNull(claim, "claim == null");
    Jdbc.run(dataSource, "paykka_inbox release", c -> {
      try (PreparedStatement ps = c.prepareStatement(RELEASE)) {
        ps.setString(1, claim.key());
        ps.setString(2, claim.owner());
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Deletes keys processed more than {@link #retention()} ago, and claims whose lease ran out more than that ago, in
   * batches of 10,000 rows (each its own statement, so that no lock is held long). Call it from your scheduler; safe
   * on several instances at once.
   *
   * @return how many rows were deleted
   * @throws JdbcStoreException if the database failed (the batches deleted before stay deleted)
   */
  public long purgeExpired() {
    return Jdbc.purge(dataSource, "paykka_inbox purge", PURGE, clock.instant().minus(retention), PURGE_BATCH);
  }

  @Override
  public String toString() {
    return "JdbcNotificationInbox[lease=" + lease + ", retention=" + retention + "]";
  }

  /** Builds a {@link JdbcNotificationInbox}; checked as set. */
  public static final class Builder {
    private final DataSource dataSource;
    private Duration lease = DEFAULT_LEASE;
    private Duration retention = DEFAULT_RETENTION;
    private Clock clock = Clock.systemUTC();
    private @Nullable String instanceName;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * How long a claim holds before another instance may take it over (default 5 minutes): longer than your slowest
     * listener plus the clock skew between instances, shorter than you want a crashed instance's notification to wait.
     *
     * @throws IllegalArgumentException if not positive, or longer than a century (36,500 days)
     */
    public Builder lease(Duration lease) {
      this.lease = Jdbc.positive(requireNonNull(lease, "lease == null"), "lease");
      return this;
    }

    /**
     * How long processed keys are remembered, at least (default 30 days): a redelivery within it is a duplicate. The
     * webhook adapter accepts notifications signed up to this long ago.
     *
     * @throws IllegalArgumentException if not positive, or longer than a century (36,500 days)
     */
    public Builder retention(Duration retention) {
      this.retention = Jdbc.positive(requireNonNull(retention, "retention == null"), "retention");
      return this;
    }

    /** The clock leases and processing times are read from (default: the UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * A name for this instance, written into the claims it holds so that a person reading {@code paykka_inbox} can
     * tell who holds what (default: none; a random token is always added).
     *
     * @throws IllegalArgumentException if blank or longer than
     *     {@value JdbcNotificationInbox#MAX_INSTANCE_NAME_LENGTH} characters
     */
    public Builder instanceName(String instanceName) {
      requireNonNull(instanceName, "instanceName == null");
      if (instanceName.isBlank() || instanceName.length() > MAX_INSTANCE_NAME_LENGTH) {
        throw new IllegalArgumentException(
            "instanceName must be 1.." + MAX_INSTANCE_NAME_LENGTH + " characters, was " + instanceName.length());
      }
      this.instanceName = instanceName;
      return this;
    }

    /**
     * Builds the inbox. It does not touch the database: create the table first ({@link PaykkaSchema}).
     *
     * @throws IllegalArgumentException if the lease is not shorter than the retention
     */
    public JdbcNotificationInbox build() {
      if (lease.compareTo(retention) >= 0) {
        throw new IllegalArgumentException("lease (" + lease + ") must be shorter than retention (" + retention + ")");
      }
      return new JdbcNotificationInbox(this);
    }
  }
}

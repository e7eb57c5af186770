package io.github.paykka.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Runs work on a connection of the user's pool, committing it if the pool hands out connections in a transaction. */
final class Jdbc {
  private Jdbc() {}

  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  static <T> T run(DataSource dataSource, String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      if (c.getAutoCommit()) return work.run(c);
      // a pool configured without auto-commit: each of our operations is its own transaction
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new JdbcStoreException(operation, e);
    }
  }

  static void rollback(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** An instant as PostgreSQL stores it: to the microsecond, UTC. */
  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
    Instant t = instant(rs, column);
    if (t == null) throw new SQLException(column + " is null", "22004");
    return t;
  }

  /**
   * Runs {@code deleteBatch}, a DELETE of at most {@code batch} rows older than its one parameter {@code cutoff}, until
   * it deletes fewer: each batch its own statement, so that no lock is held long.
   *
   * @return how many rows were deleted
   */
  static long purge(DataSource dataSource, String operation, String deleteBatch, Instant cutoff, int batch) {
    long total = 0;
    while (true) {
      int deleted = run(dataSource, operation, c -> {
        try (PreparedStatement ps = c.prepareStatement(deleteBatch)) {
          ps.setObject(1, timestamp(cutoff));
          return ps.executeUpdate();
        }
      });
      total += deleted;
      if (deleted < batch) return total;
    }
  }

  /** The longest lease or retention: a century, so that no instant computed from one can overflow. */
  static final Duration LONGEST = Duration.ofDays(36_500);

  static Duration positive(Duration d, String setting) {
    if (d.isNegative() || d.isZero() || d.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(setting + " must be positive and at most 36500 days, was " + d);
    }
    return d;
  }
}

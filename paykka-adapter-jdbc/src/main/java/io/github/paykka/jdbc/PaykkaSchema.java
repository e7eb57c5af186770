package io.github.paykka.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of {@link JdbcNotificationInbox} and {@link JdbcPaymentJournal}, as versioned SQL files in this jar.
 *
 * <p>With a migration tool, adopt the files: they sit at {@value #LOCATION} and are named as Flyway expects
 * ({@code V1__paykka_inbox_and_journal.sql}); each is also Liquibase "formatted SQL". Without one, call
 * {@link #createSchema} at start-up: it applies the versions not applied yet, records them in
 * {@code paykka_schema_version}, and is safe to call from several instances at once (a PostgreSQL advisory lock
 * serialises them). The tables are created in the connection's current schema ({@code search_path}).
 */
public final class PaykkaSchema {
  /** Where the SQL files are on the class path, for Flyway's {@code locations}. */
  public static final String LOCATION = "classpath:io/github/paykka/jdbc/postgresql";

  private static final Logger LOG = LoggerFactory.getLogger(PaykkaSchema.class);
  private static final String FOLDER = "io/github/paykka/jdbc/postgresql/";
  /** Every version, in order: its number and the rest of its file name. */
  private static final List<Migration> MIGRATIONS = List.of(new Migration(1, "paykka_inbox_and_journal"));
  /** The advisory lock that serialises createSchema across instances ("paykka" in ASCII). */
  private static final long LOCK = 0x70_61_79_6b_6b_61L;

  private PaykkaSchema() {}

  private record Migration(int version, String description) {
    String fileName() {
      return "V" + version + "__" + description + ".sql";
    }
  }

  /** The class-path resource names of the SQL files, oldest version first. */
  public static List<String> migrations() {
    return MIGRATIONS.stream().map(m -> FOLDER + m.fileName()).toList();
  }

  /**
   * Creates or upgrades the tables: applies, in one transaction, every version not yet recorded in
   * {@code paykka_schema_version}.
   *
   * @return the versions applied now (empty if the schema was up to date)
   * @throws JdbcStoreException if the database refused (nothing is applied then)
   */
  public static List<Integer> createSchema(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource == null");
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        List<Integer> applied = apply(c);
        c.commit();
        if (!applied.isEmpty()) LOG.info("paykka schema: applied version(s) {}", applied);
        return applied;
      } catch (SQLException | RuntimeException e) {
        Jdbc.rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("createSchema", e);
    }
  }

  private static List<Integer> apply(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
      st.execute("CREATE TABLE IF NOT EXISTS paykka_schema_version ("
          + "version INT NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
      Set<Integer> done = new HashSet<>();
      try (ResultSet rs = st.executeQuery("SELECT version FROM paykka_schema_version")) {
        while (rs.next()) done.add(rs.getInt(1));
      }
      List<Integer> applied = new ArrayList<>();
      for (Migration m : MIGRATIONS) {
        if (done.contains(m.version())) continue;
        for (String statement : statements(read(FOLDER + m.fileName()))) st.execute(statement);
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO paykka_schema_version (version, description, applied_at) VALUES (?, ?, now())")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.executeUpdate();
        }
        applied.add(m.version());
      }
      return List.copyOf(applied);
    }
  }

  /** The statements of a file: comment lines dropped, split where a line ends with a semicolon. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) continue;
      if (current.length() > 0) current.append('\n');
      if (t.endsWith(";")) {
        current.append(line, 0, line.lastIndexOf(';'));
        out.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(line);
      }
    }
    if (!current.toString().isBlank()) throw new IllegalStateException("a statement without a final semicolon");
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = PaykkaSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

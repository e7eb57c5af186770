package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PaykkaSchemaTest {

  @Test
  void createSchemaAppliesVersionOneOnceAndRecordsIt() throws Exception {
    try (TestPostgres db = TestPostgres.emptySchema()) {
      DataSource ds = db.pool(2);
      assertThat(PaykkaSchema.createSchema(ds)).containsExactly(1);
      assertThat(PaykkaSchema.createSchema(ds)).as("a second call applies nothing").isEmpty();
      assertThat(tables(ds)).contains("paykka_inbox", "paykka_journal", "paykka_schema_version");
    }
  }

  @Test
  void instancesStartingTogetherApplyTheSchemaExactlyOnce() throws Exception {
    try (TestPostgres db = TestPostgres.emptySchema()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<Integer>>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          DataSource ds = db.pool(1);
          calls.add(pool.submit((Callable<List<Integer>>) () -> PaykkaSchema.createSchema(ds)));
        }
        List<Integer> applied = new ArrayList<>();
        for (Future<List<Integer>> f : calls) applied.addAll(f.get());
        assertThat(applied).containsExactly(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void theFilesAreFlywayNamedAndSplitIntoPlainStatements() {
    assertThat(PaykkaSchema.migrations())
        .containsExactly("io/github/paykka/jdbc/postgresql/V1__paykka_inbox_and_journal.sql");
    assertThat(PaykkaSchema.LOCATION).isEqualTo("classpath:io/github/paykka/jdbc/postgresql");
    assertThat(PaykkaSchema.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i\n  ON a (x)");
  }

  private static List<String> tables(DataSource ds) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
            + "WHERE table_schema = current_schema()")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}

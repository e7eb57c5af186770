package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the breaker (the kind of issue 10, item 9: "a huge window must not overflow"): the JDBC inbox's
 * builder takes any positive retention, {@code ChronoUnit.FOREVER} included ("remember processed notifications
 * forever"), and the webhook handler accepts that inbox; but {@link JdbcNotificationInbox#purgeExpired()} then throws
 * an undocumented {@code DateTimeException}/{@code ArithmeticException} from {@code now.minus(retention)}, before
 * touching the database, on every run of the user's scheduler. Either the builder refuses it with an
 * IllegalArgumentException naming {@code retention} (as JournalReconciler bounds its minimumAge to a century), or the
 * purge works (here: reaches the database, whose failure is the documented JdbcStoreException).
 */
class InboxRetentionOverflowTest {
  /** A pool whose database is down: any use of it is a JdbcStoreException. */
  private static final DataSource DOWN = (DataSource) Proxy.newProxyInstance(
      DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
        if (method.getName().equals("toString")) return "DOWN";
        throw new SQLException("database down", "08001");
      });

  @Test
  void aRetentionOfForeverIsRefusedAtBuildOrPurgesWithoutOverflow() {
    Throwable thrown = catchThrowable(() -> JdbcNotificationInbox.builder(DOWN)
        .retention(ChronoUnit.FOREVER.getDuration()).build().purgeExpired());

    assertThat(thrown).satisfiesAnyOf(
        t -> assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention"),
        t -> assertThat(t).isInstanceOf(JdbcStoreException.class));
  }
}

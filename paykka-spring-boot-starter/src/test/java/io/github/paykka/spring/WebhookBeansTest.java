package io.github.paykka.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.notification.Notification;
import io.github.paykka.jdbc.JdbcNotificationInbox;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.WebhookResponse;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The webhook handler, its endpoint and its inbox: each condition and each override. */
@ExtendWith(OutputCaptureExtension.class)
class WebhookBeansTest {
  private static final String WARNING = "PayKKa notifications are deduplicated in memory, per instance";
  private static EmbeddedPostgres postgres;

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) postgres.close();
  }

  @Test
  void withoutANotificationListenerThereIsNoWebhook() {
    Fixtures.webRunner().run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(PaykkaWebhookHandler.class);
      assertThat(context).doesNotHaveBean(NotificationInbox.class);
      assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
    });
  }

  @Test
  void aListenerGetsAHandlerButOutsideAServletApplicationNoEndpoint() {
    Fixtures.runner().withUserConfiguration(TwoListeners.class).run(context -> {
      assertThat(context).hasSingleBean(PaykkaWebhookHandler.class);
      assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
    });
  }

  @Test
  void inAServletApplicationTheEndpointIsAtTheConfiguredPath() {
    Fixtures.webRunner().withUserConfiguration(TwoListeners.class).run(context ->
        assertThat(registration(context.getBean(PaykkaWebhookAutoConfiguration.SERVLET_REGISTRATION)).getUrlMappings())
            .containsExactly("/paykka/notifications"));
    Fixtures.webRunner().withUserConfiguration(TwoListeners.class)
        .withPropertyValues("paykka.webhook.path=/hooks/paykka")
        .run(context -> assertThat(
            registration(context.getBean(PaykkaWebhookAutoConfiguration.SERVLET_REGISTRATION)).getUrlMappings())
            .containsExactly("/hooks/paykka"));
  }

  @Test
  void theWebhookCanBeSwitchedOff() {
    Fixtures.webRunner().withUserConfiguration(TwoListeners.class).withPropertyValues("paykka.webhook.enabled=false")
        .run(context -> {
          assertThat(context).doesNotHaveBean(PaykkaWebhookHandler.class);
          assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
        });
  }

  @Test
  void aHandlerOrRegistrationOfTheApplicationReplacesTheStarters() {
    Fixtures.webRunner().withUserConfiguration(TwoListeners.class, OwnEndpoint.class).run(context -> {
      assertThat(context.getBean(PaykkaWebhookHandler.class)).isSameAs(context.getBean(OwnEndpoint.class).handler);
      assertThat(registration(context.getBean(PaykkaWebhookAutoConfiguration.SERVLET_REGISTRATION)).getUrlMappings())
          .containsExactly("/own");
    });
  }

  @Test
  void everyListenerBeanGetsEachNotificationInTheirOrder() {
    Fixtures.runner().withUserConfiguration(TwoListeners.class).run(context -> {
      WebhookResponse response = deliver(context.getBean(PaykkaWebhookHandler.class), "T-ORDER");
      assertThat(response.status()).isEqualTo(200);
      assertThat(context.getBean(TwoListeners.class).calls).containsExactly("first", "second");
    });
  }

  @Test
  void anInboxOfTheApplicationIsTheOneUsed(CapturedOutput output) {
    RecordingInbox inbox = new RecordingInbox();
    Fixtures.runner().withUserConfiguration(TwoListeners.class)
        .withBean(NotificationInbox.class, () -> inbox)
        .run(context -> {
          deliver(context.getBean(PaykkaWebhookHandler.class), "T-INBOX");
          assertThat(inbox.claimed).hasSize(1).allMatch(k -> k.contains("GWT-INBOX"));
        });
    assertThat(output).doesNotContain(WARNING);
  }

  @Test
  void withoutAnotherInboxItIsInMemoryAndStartUpWarnsThatItIsPerInstance(CapturedOutput output) {
    Fixtures.runner().withUserConfiguration(TwoListeners.class).run(context ->
        assertThat(context.getBean(NotificationInbox.class)).isInstanceOf(InMemoryNotificationInbox.class));
    assertThat(output).contains(WARNING);
  }

  @Test
  void withTheJdbcModuleAndADataSourceTheInboxIsInTheDatabaseAndItsTablesAreCreated(CapturedOutput output)
      throws Exception {
    DataSource dataSource = postgres().getPostgresDatabase();
    Fixtures.runner().withUserConfiguration(TwoListeners.class)
        .withBean(DataSource.class, () -> dataSource)
        .run(context -> {
          assertThat(context.getBean(NotificationInbox.class)).isInstanceOf(JdbcNotificationInbox.class);
          assertThat(deliver(context.getBean(PaykkaWebhookHandler.class), "T-JDBC").status()).isEqualTo(200);
        });
    try (Connection c = dataSource.getConnection();
        ResultSet rows = c.createStatement().executeQuery(
            "SELECT count(*) FROM paykka_inbox WHERE dedup_key LIKE '%GWT-JDBC%' AND processed_at IS NOT NULL")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
    assertThat(output).doesNotContain(WARNING);
  }

  @Test
  void withoutTheJdbcModuleADataSourceIsNotUsed(CapturedOutput output) {
    Fixtures.runner().withUserConfiguration(TwoListeners.class)
        .withClassLoader(new FilteredClassLoader(JdbcNotificationInbox.class))
        .withBean(DataSource.class, Unreachable::new)
        .run(context ->
            assertThat(context.getBean(NotificationInbox.class)).isInstanceOf(InMemoryNotificationInbox.class));
    assertThat(output).contains(WARNING);
  }

  @Test
  void withTwoDataSourcesNoneIsGuessed() {
    Fixtures.runner().withUserConfiguration(TwoListeners.class)
        .withBean("one", DataSource.class, Unreachable::new)
        .withBean("two", DataSource.class, Unreachable::new)
        .run(context ->
            assertThat(context.getBean(NotificationInbox.class)).isInstanceOf(InMemoryNotificationInbox.class));
  }

  @Test
  void theSchemaIsLeftAloneWhenInitializeSchemaIsFalse() {
    // the database cannot be reached: with initialize-schema=false, start-up does not try
    Fixtures.runner().withUserConfiguration(TwoListeners.class)
        .withBean(DataSource.class, Unreachable::new)
        .withPropertyValues("paykka.inbox.initialize-schema=false")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(NotificationInbox.class)).isInstanceOf(JdbcNotificationInbox.class);
        });
  }

  private static WebhookResponse deliver(PaykkaWebhookHandler handler, String transId) {
    WebhookTestSigner.SignedNotification n = Fixtures.paymentSuccess(transId);
    return handler.handle("POST", Fixtures.headers(n), n.body());
  }

  private static ServletRegistrationBean<?> registration(Object bean) {
    return (ServletRegistrationBean<?>) bean;
  }

  private static synchronized EmbeddedPostgres postgres() throws IOException {
    if (postgres == null) postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    return postgres;
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoListeners {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Bean
    @Order(2)
    NotificationListener second() {
      return n -> calls.add("second");
    }

    @Bean
    @Order(1)
    NotificationListener first() {
      return n -> calls.add("first");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnEndpoint {
    final PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(Fixtures.PLATFORM.publicKey())
        .merchantId(Fixtures.MERCHANT_ID)
        .listener(n -> {})
        .build();

    @Bean
    PaykkaWebhookHandler ownHandler() {
      return handler;
    }

    @Bean(name = PaykkaWebhookAutoConfiguration.SERVLET_REGISTRATION)
    ServletRegistrationBean<?> ownRegistration() {
      return new ServletRegistrationBean<>(new io.github.paykka.webhook.servlet.PaykkaWebhookServlet(handler), "/own");
    }
  }

  /** An inbox that records what was claimed, and otherwise keeps nothing. */
  static final class RecordingInbox implements NotificationInbox {
    final List<String> claimed = new CopyOnWriteArrayList<>();
    private final InMemoryNotificationInbox delegate = InMemoryNotificationInbox.create();

    @Override
    public Claim claim(String key) {
      claimed.add(key);
      return delegate.claim(key);
    }

    @Override
    public void complete(Claim.Acquired claim) {
      delegate.complete(claim);
    }

    @Override
    public void release(Claim.Acquired claim) {
      delegate.release(claim);
    }

    @Override
    public Duration retention() {
      return delegate.retention();
    }
  }

  /** A data source whose database is down. */
  static final class Unreachable implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("connection refused");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      throw new SQLException("connection refused");
    }

    @Override
    public PrintWriter getLogWriter() {
      return new PrintWriter(java.io.Writer.nullWriter());
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}

package io.github.paykka.spring;

import io.github.paykka.jdbc.JdbcNotificationInbox;
import io.github.paykka.jdbc.JdbcStoreException;
import io.github.paykka.jdbc.PaykkaSchema;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inboxes {@link PaykkaWebhookAutoConfiguration} imports, in order: the application's own {@code NotificationInbox}
 * bean wins over both, the JDBC one over the in-memory one. Not members of the auto-configuration, so that the import
 * order is the order they are considered in.
 */
final class InboxConfigurations {
  private InboxConfigurations() {}

  /** The JDBC inbox, shared by every instance on the application's database. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JdbcNotificationInbox.class)
  @ConditionalOnSingleCandidate(DataSource.class)
  static final class Jdbc {
    @Bean
    @ConditionalOnMissingBean
    NotificationInbox paykkaJdbcNotificationInbox(DataSource dataSource, PaykkaProperties properties) {
      if (properties.getInbox().isInitializeSchema()) {
        try {
          PaykkaSchema.createSchema(dataSource);
        } catch (JdbcStoreException e) {
          throw new PaykkaPropertyException("paykka.inbox.initialize-schema",
              "the inbox's table could not be created (" + e.getMessage() + "); create it with your migration tool"
                  + " from the files at " + PaykkaSchema.LOCATION + " and set it to false");
        }
      }
      return JdbcNotificationInbox.create(dataSource);
    }
  }

  /** The in-memory inbox, when the application has no other. */
  @Configuration(proxyBeanMethods = false)
  static final class InMemory {
    private static final Logger LOG = LoggerFactory.getLogger(PaykkaWebhookAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    NotificationInbox paykkaInMemoryNotificationInbox() {
      LOG.warn("PayKKa notifications are deduplicated in memory, per instance: with several instances of this"
          + " application one notification may be processed by each, and a restart forgets what was processed."
          + " Add paykka-adapter-jdbc with a DataSource, or declare a NotificationInbox bean.");
      return InMemoryNotificationInbox.create();
    }
  }
}

package io.github.paykka.spring;

import io.github.paykka.micrometer.PaykkaNotificationMetrics;
import io.github.paykka.ports.notification.NotificationInbox;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.servlet.PaykkaWebhookServlet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * PayKKa's notifications: a {@link PaykkaWebhookHandler} that dispatches to the application's
 * {@link NotificationListener} beans (in their order), deduplicated by the application's {@link NotificationInbox}
 * bean, else a JDBC one (paykka-adapter-jdbc and one {@code DataSource}), else an in-memory one (per instance: a
 * start-up warning says so); and the handler served at {@code paykka.webhook.path} on the application's own servlet
 * container.
 *
 * <p>Only when the application has at least one {@code NotificationListener} bean, and {@code paykka.webhook.enabled}
 * is not false.
 */
@AutoConfiguration(after = PaykkaAutoConfiguration.class,
    afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@ConditionalOnClass(PaykkaWebhookHandler.class)
@ConditionalOnBooleanProperty(name = "paykka.webhook.enabled", matchIfMissing = true)
@ConditionalOnBean(NotificationListener.class)
// in this order: the in-memory inbox only when no other one was registered before it
@Import({InboxConfigurations.Jdbc.class, InboxConfigurations.InMemory.class,
    PaykkaWebhookAutoConfiguration.ServletEndpoint.class})
public final class PaykkaWebhookAutoConfiguration {
  /** The name of the servlet registration bean. */
  public static final String SERVLET_REGISTRATION = "paykkaWebhookServletRegistration";

  /** The handler: verifies, deduplicates and dispatches every delivery. */
  @Bean
  @ConditionalOnMissingBean
  public PaykkaWebhookHandler paykkaWebhookHandler(PaykkaCredentials credentials,
      ObjectProvider<NotificationListener> listeners, NotificationInbox inbox,
      ObjectProvider<PaykkaNotificationMetrics> metrics,
      ObjectProvider<PaykkaWebhookHandlerBuilderCustomizer> customizers) {
    return Builders.webhookHandler(credentials, Listeners.notifications(listeners.orderedStream().toList()), inbox,
        metrics.getIfAvailable(), customizers.orderedStream().toList());
  }

  /** The endpoint on the application's servlet container. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass({jakarta.servlet.Servlet.class, ServletRegistrationBean.class})
  static final class ServletEndpoint {
    @Bean(name = SERVLET_REGISTRATION)
    @ConditionalOnMissingBean(name = SERVLET_REGISTRATION)
    ServletRegistrationBean<PaykkaWebhookServlet> paykkaWebhookServletRegistration(PaykkaWebhookHandler handler,
        PaykkaProperties properties) {
      ServletRegistrationBean<PaykkaWebhookServlet> registration =
          new ServletRegistrationBean<>(new PaykkaWebhookServlet(handler), PropertyReader.webhookPath(properties));
      registration.setName("paykkaWebhook");
      return registration;
    }
  }
}

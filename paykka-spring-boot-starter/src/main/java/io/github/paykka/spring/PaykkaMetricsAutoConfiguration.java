package io.github.paykka.spring;

import io.github.paykka.micrometer.PaykkaCallMetrics;
import io.github.paykka.micrometer.PaykkaNotificationMetrics;
import io.github.paykka.micrometer.PaykkaResilienceMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PayKKa's metrics in the application's {@link MeterRegistry}: the port beans are timed, the adapter reports its
 * resilience, the webhook handler counts notifications. Only when the application has a registry (Actuator makes
 * one) and {@code paykka.metrics.enabled} is not false.
 */
@AutoConfiguration(before = {PaykkaAutoConfiguration.class, PaykkaWebhookAutoConfiguration.class}, afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, PaykkaCallMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "paykka.metrics.enabled", matchIfMissing = true)
public final class PaykkaMetricsAutoConfiguration {

  /** Times the port beans: {@value PaykkaCallMetrics#CALLS}. */
  @Bean
  @ConditionalOnMissingBean
  public PaykkaCallMetrics paykkaCallMetrics(MeterRegistry registry) {
    return PaykkaCallMetrics.of(registry);
  }

  /** The adapter's circuit state, retries and other decisions: a {@code ResilienceListener} the adapter is given. */
  @Bean
  @ConditionalOnMissingBean
  public PaykkaResilienceMetrics paykkaResilienceMetrics(MeterRegistry registry) {
    return PaykkaResilienceMetrics.of(registry);
  }

  /** Counts notifications, as the webhook handler's {@code onOutcome} hook. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.paykka.webhook.WebhookOutcome")
  static final class Notifications {
    @Bean
    @ConditionalOnMissingBean
    PaykkaNotificationMetrics paykkaNotificationMetrics(MeterRegistry registry) {
      return PaykkaNotificationMetrics.of(registry);
    }
  }
}

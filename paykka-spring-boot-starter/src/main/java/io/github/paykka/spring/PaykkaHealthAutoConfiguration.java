package io.github.paykka.spring;

import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code paykka} health indicator ({@link PaykkaHealthIndicator}), when Actuator is present, the starter built the
 * adapter, and {@code management.health.paykka.enabled} is not false.
 */
@AutoConfiguration(after = PaykkaAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
    "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
public final class PaykkaHealthAutoConfiguration {

  /** Its own class: Actuator's condition can only be read once Actuator is known to be there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(name = PaykkaAutoConfiguration.ADAPTER)
  @ConditionalOnEnabledHealthIndicator("paykka")
  static final class Indicator {
    /** The indicator, contributed as {@code paykka}. */
    @Bean
    @ConditionalOnMissingBean(name = "paykkaHealthIndicator")
    PaykkaHealthIndicator paykkaHealthIndicator(@Qualifier(PaykkaAutoConfiguration.ADAPTER) PaykkaHttpAdapter adapter,
        PaykkaCredentials credentials, PaykkaEnvironment environment) {
      return new PaykkaHealthIndicator(adapter, credentials, environment);
    }
  }
}

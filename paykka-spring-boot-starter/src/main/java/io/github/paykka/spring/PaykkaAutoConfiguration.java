package io.github.paykka.spring;

import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.ResilienceListener;
import io.github.paykka.micrometer.PaykkaCallMetrics;
import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.ports.token.TokenGateway;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * The HTTP adapter, built from the {@code paykka.*} properties, and a bean for every driven port over it.
 *
 * <p>The adapter bean ({@value #ADAPTER}) is not a default candidate: injecting {@code PaymentGateway} finds the port
 * bean, never the adapter (which implements every port); inject the adapter itself only with
 * {@code @Qualifier("paykkaHttpAdapter")}, e.g. for its {@code ...Async} methods. It is closed with the context. A bean
 * of a port that the application declares replaces the starter's; so does a {@code PaykkaHttpAdapter},
 * {@link PaykkaCredentials} or {@link PaykkaEnvironment} bean of its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(PaykkaProperties.class)
public final class PaykkaAutoConfiguration {
  /** The name of the adapter bean. */
  public static final String ADAPTER = "paykkaHttpAdapter";

  /** Reads the merchant id and keys from the properties, once. */
  @Bean
  @ConditionalOnMissingBean
  public PaykkaCredentials paykkaCredentials(PaykkaProperties properties, ResourceLoader resources) {
    return PropertyReader.credentials(properties, resources);
  }

  /** Where PayKKa is, from {@code paykka.environment} (and {@code paykka.base-url}). */
  @Bean
  @ConditionalOnMissingBean
  public PaykkaEnvironment paykkaEnvironment(PaykkaProperties properties) {
    return PropertyReader.environment(properties);
  }

  /** The adapter; closed with the context. */
  @Bean(name = ADAPTER, destroyMethod = "close", defaultCandidate = false)
  @ConditionalOnMissingBean
  public PaykkaHttpAdapter paykkaHttpAdapter(PaykkaProperties properties, PaykkaCredentials credentials,
      PaykkaEnvironment environment, ObjectProvider<ResilienceListener> listeners,
      ObjectProvider<PaykkaHttpAdapterBuilderCustomizer> customizers) {
    return Builders.adapter(properties, credentials, environment,
        Listeners.resilience(listeners.orderedStream().toList()), customizers.orderedStream().toList());
  }

  /** Payments: initiate, query, capture, void; timed when the application has a {@code MeterRegistry}. */
  @Bean
  @ConditionalOnMissingBean
  public PaymentGateway paykkaPaymentGateway(@Qualifier(ADAPTER) PaykkaHttpAdapter adapter,
      ObjectProvider<PaykkaCallMetrics> metrics) {
    return metrics.getIfAvailable(PaykkaAutoConfiguration::untimed).payments(adapter);
  }

  /** Refunds; timed when the application has a {@code MeterRegistry}. */
  @Bean
  @ConditionalOnMissingBean
  public RefundGateway paykkaRefundGateway(@Qualifier(ADAPTER) PaykkaHttpAdapter adapter,
      ObjectProvider<PaykkaCallMetrics> metrics) {
    return metrics.getIfAvailable(PaykkaAutoConfiguration::untimed).refunds(adapter);
  }

  /** Stored tokens; timed when the application has a {@code MeterRegistry}. */
  @Bean
  @ConditionalOnMissingBean
  public TokenGateway paykkaTokenGateway(@Qualifier(ADAPTER) PaykkaHttpAdapter adapter,
      ObjectProvider<PaykkaCallMetrics> metrics) {
    return metrics.getIfAvailable(PaykkaAutoConfiguration::untimed).tokens(adapter);
  }

  /** Recurring agreements; timed when the application has a {@code MeterRegistry}. */
  @Bean
  @ConditionalOnMissingBean
  public RecurringAgreementGateway paykkaRecurringAgreementGateway(@Qualifier(ADAPTER) PaykkaHttpAdapter adapter,
      ObjectProvider<PaykkaCallMetrics> metrics) {
    return metrics.getIfAvailable(PaykkaAutoConfiguration::untimed).recurringAgreements(adapter);
  }

  /** Hosted checkout sessions; timed when the application has a {@code MeterRegistry}. */
  @Bean
  @ConditionalOnMissingBean
  public CheckoutSessionGateway paykkaCheckoutSessionGateway(@Qualifier(ADAPTER) PaykkaHttpAdapter adapter,
      ObjectProvider<PaykkaCallMetrics> metrics) {
    return metrics.getIfAvailable(PaykkaAutoConfiguration::untimed).checkoutSessions(adapter);
  }

  /** Apple Pay merchant sessions; timed when the application has a {@code MeterRegistry}. */
  @Bean
  @ConditionalOnMissingBean
  public ApplePaySessionGateway paykkaApplePaySessionGateway(@Qualifier(ADAPTER) PaykkaHttpAdapter adapter,
      ObjectProvider<PaykkaCallMetrics> metrics) {
    return metrics.getIfAvailable(PaykkaAutoConfiguration::untimed).applePaySessions(adapter);
  }

  /**
   * The wrappers' metrics when the application has no {@code MeterRegistry}: they time into a composite registry
   * with no registry in it, which keeps nothing. The wrappers are needed all the same: a port bean must be that one
   * port, never the adapter, which implements every port and would match every port's injection point.
   */
  private static PaykkaCallMetrics untimed() {
    return PaykkaCallMetrics.of(new CompositeMeterRegistry());
  }
}

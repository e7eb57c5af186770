package io.github.paykka.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.ResilienceEvent;
import io.github.paykka.http.ResilienceListener;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.ports.token.TokenGateway;
import io.github.paykka.testkit.fake.FakePaykka;
import io.github.paykka.wire.signature.Signer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The adapter and the port beans: what is there, what the application can replace, and the lifecycle. */
class PortBeansTest {
  static final List<Class<?>> PORTS = List.of(PaymentGateway.class, RefundGateway.class, TokenGateway.class,
      RecurringAgreementGateway.class, CheckoutSessionGateway.class, ApplePaySessionGateway.class);

  @Test
  void everyDrivenPortIsABeanAndNoneOfThemIsTheAdapter() {
    Fixtures.runner().run(context -> {
      assertThat(context).hasNotFailed();
      for (Class<?> port : PORTS) {
        // getBean by type fails on two candidates: the adapter (which implements every port) is not one
        Object bean = context.getBean(port);
        assertThat(bean).as(port.getSimpleName()).isNotInstanceOf(PaykkaHttpAdapter.class);
        for (Class<?> other : PORTS) {
          if (other != port) assertThat(bean).as(port.getSimpleName()).isNotInstanceOf(other);
        }
      }
      assertThat(context.getBeanNamesForType(PaykkaHttpAdapter.class))
          .containsExactly(PaykkaAutoConfiguration.ADAPTER);
    });
  }

  @Test
  void theAdapterIsClosedWithTheContext() {
    Fixtures.runner().run(context -> {
      PaymentGateway payments = context.getBean(PaymentGateway.class);
      context.close();
      // a closed adapter sends nothing: NotSent at once
      assertThat(payments.query(PaymentLookup.byTransId(TransId.of("T1"))).getLeft())
          .isInstanceOf(GatewayFailure.NotSent.class);
    });
  }

  @Test
  void aPortBeanOfTheApplicationReplacesOnlyThatPort() {
    FakePaykka fake = FakePaykka.create();
    Fixtures.runner().withBean(PaymentGateway.class, fake::payments).run(context -> {
      assertThat(context.getBean(PaymentGateway.class)).isSameAs(fake.payments());
      assertThat(context).doesNotHaveBean("paykkaPaymentGateway");
      assertThat(context).hasBean("paykkaRefundGateway");
      assertThat(context.getBean(RefundGateway.class)).isNotSameAs(fake.refunds());
    });
  }

  @Test
  void anAdapterOfTheApplicationReplacesTheStartersAndServesEveryPort() {
    Fixtures.runner().withUserConfiguration(OwnAdapter.class).run(context -> {
      PaykkaHttpAdapter own = context.getBean("ownAdapter", PaykkaHttpAdapter.class);
      assertThat(context).doesNotHaveBean(PaykkaAutoConfiguration.ADAPTER);
      for (Class<?> port : PORTS) assertThat(context.getBean(port)).isSameAs(own);
    });
  }

  @Test
  void credentialsAndEnvironmentOfTheApplicationNeedNoProperties() {
    new org.springframework.boot.test.context.runner.ApplicationContextRunner()
        .withConfiguration(Fixtures.STARTER)
        .withUserConfiguration(OwnCredentials.class)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(PaymentGateway.class)).isNotInstanceOf(PaykkaHttpAdapter.class);
          assertThat(context.getBean(PaykkaEnvironment.class)).isSameAs(PaykkaEnvironment.SANDBOX);
        });
  }

  @Test
  void customizersAndResilienceListenersOfTheApplicationReachTheAdapter() {
    Fixtures.runner()
        .withUserConfiguration(Observers.class)
        .withPropertyValues("paykka.retry.max-attempts=2", "paykka.retry.initial-backoff=1ms",
            "paykka.retry.max-backoff=1ms")
        .run(context -> {
          Observers observers = context.getBean(Observers.class);
          assertThat(observers.customized).containsExactly("first", "second");
          // refused by a closed loopback port: certainly not sent, so retried once (max-attempts 2)
          assertThat(context.getBean(PaymentGateway.class).query(PaymentLookup.byTransId(TransId.of("T1")))
              .getLeft()).isInstanceOf(GatewayFailure.NotSent.class);
          assertThat(observers.events).filteredOn(e -> e instanceof ResilienceEvent.Retrying).hasSize(1);
          assertThat(observers.events).filteredOn(e -> e instanceof ResilienceEvent.CallCompleted).hasSize(1);
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnAdapter {
    @Bean(destroyMethod = "close")
    PaykkaHttpAdapter ownAdapter() {
      return PaykkaHttpAdapter.builder()
          .merchantId(Fixtures.MERCHANT_ID)
          .merchantPrivateKey(Fixtures.MERCHANT.privateKey())
          .platformPublicKey(Fixtures.PLATFORM.publicKey())
          .environment(PaykkaEnvironment.local("http://127.0.0.1:" + Fixtures.CLOSED_PORT + "/"))
          .build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnCredentials {
    @Bean
    PaykkaCredentials credentials() {
      return new PaykkaCredentials(MerchantId.of(Fixtures.MERCHANT_ID), Signer.rsa(Fixtures.MERCHANT.privateKey()),
          List.of(Fixtures.PLATFORM.publicKey()));
    }

    @Bean
    PaykkaEnvironment environment() {
      return PaykkaEnvironment.SANDBOX;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Observers {
    final List<String> customized = new CopyOnWriteArrayList<>();
    final List<ResilienceEvent> events = new CopyOnWriteArrayList<>();

    @Bean
    @Order(2)
    PaykkaHttpAdapterBuilderCustomizer second() {
      return builder -> customized.add("second");
    }

    @Bean
    @Order(1)
    PaykkaHttpAdapterBuilderCustomizer first() {
      return builder -> {
        customized.add("first");
        builder.readTimeout(Duration.ofSeconds(3));
      };
    }

    @Bean
    ResilienceListener recorder() {
      return events::add;
    }
  }
}

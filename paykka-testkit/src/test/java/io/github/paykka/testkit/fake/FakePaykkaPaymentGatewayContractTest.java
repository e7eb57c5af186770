package io.github.paykka.testkit.fake;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.contract.PaymentGatewayContract;

/** The in-memory fake passes the {@link PaymentGatewayContract}. */
class FakePaykkaPaymentGatewayContractTest extends PaymentGatewayContract {
  private final FakePaykka paykka = FakePaykka.create();

  @Override
  protected PaymentGateway payments() {
    return paykka.payments();
  }

  @Override
  protected PaymentSimulator simulator() {
    return paykka;
  }
}

package io.github.paykka.testkit.fake;

import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.testkit.contract.CheckoutSessionGatewayContract;

/** The in-memory fake passes the {@link CheckoutSessionGatewayContract}. */
class FakePaykkaCheckoutSessionGatewayContractTest extends CheckoutSessionGatewayContract {
  private final FakePaykka paykka = FakePaykka.create();

  @Override
  protected CheckoutSessionGateway checkoutSessions() {
    return paykka.checkoutSessions();
  }
}

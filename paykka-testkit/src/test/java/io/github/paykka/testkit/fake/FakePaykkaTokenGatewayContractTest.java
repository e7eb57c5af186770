package io.github.paykka.testkit.fake;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.token.TokenGateway;
import io.github.paykka.testkit.contract.TokenGatewayContract;

/** The in-memory fake passes the {@link TokenGatewayContract}. */
class FakePaykkaTokenGatewayContractTest extends TokenGatewayContract {
  private final FakePaykka paykka = FakePaykka.create();

  @Override
  protected TokenGateway tokens() {
    return paykka.tokens();
  }

  @Override
  protected PaymentGateway payments() {
    return paykka.payments();
  }
}

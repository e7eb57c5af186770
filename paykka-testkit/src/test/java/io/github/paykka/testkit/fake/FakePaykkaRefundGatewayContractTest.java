package io.github.paykka.testkit.fake;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.testkit.contract.RefundGatewayContract;

/** The in-memory fake passes the {@link RefundGatewayContract}. */
class FakePaykkaRefundGatewayContractTest extends RefundGatewayContract {
  private final FakePaykka paykka = FakePaykka.create();

  @Override
  protected RefundGateway refunds() {
    return paykka.refunds();
  }

  @Override
  protected PaymentGateway payments() {
    return paykka.payments();
  }
}

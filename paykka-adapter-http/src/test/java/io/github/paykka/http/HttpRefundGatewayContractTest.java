package io.github.paykka.http;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.testkit.contract.RefundGatewayContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter, against the sandbox over loopback, passes the {@link RefundGatewayContract}. */
class HttpRefundGatewayContractTest extends RefundGatewayContract {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  @Override
  protected PaymentGateway payments() {
    return SANDBOX.adapter();
  }

  @Override
  protected RefundGateway refunds() {
    return SANDBOX.adapter();
  }
}

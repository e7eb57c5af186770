package io.github.paykka.http;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.contract.PaymentGatewayContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter, against the sandbox over loopback, passes the {@link PaymentGatewayContract}. */
class HttpPaymentGatewayContractTest extends PaymentGatewayContract {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  @Override
  protected PaymentGateway payments() {
    return SANDBOX.adapter();
  }

  @Override
  protected PaymentSimulator simulator() {
    return SANDBOX.sandbox();
  }
}

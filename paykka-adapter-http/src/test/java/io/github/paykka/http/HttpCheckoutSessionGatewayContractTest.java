package io.github.paykka.http;

import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.testkit.contract.CheckoutSessionGatewayContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter, against the sandbox over loopback, passes the {@link CheckoutSessionGatewayContract}. */
class HttpCheckoutSessionGatewayContractTest extends CheckoutSessionGatewayContract {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  @Override
  protected CheckoutSessionGateway checkoutSessions() {
    return SANDBOX.adapter();
  }
}

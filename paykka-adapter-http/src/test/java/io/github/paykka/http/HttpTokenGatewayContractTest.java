package io.github.paykka.http;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.token.TokenGateway;
import io.github.paykka.testkit.contract.TokenGatewayContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter, against the sandbox over loopback, passes the {@link TokenGatewayContract}. */
class HttpTokenGatewayContractTest extends TokenGatewayContract {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  @Override
  protected PaymentGateway payments() {
    return SANDBOX.adapter();
  }

  @Override
  protected TokenGateway tokens() {
    return SANDBOX.adapter();
  }
}

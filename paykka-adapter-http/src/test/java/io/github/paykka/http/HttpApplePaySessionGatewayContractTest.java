package io.github.paykka.http;

import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import io.github.paykka.testkit.contract.ApplePaySessionGatewayContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter, against the sandbox over loopback, passes the {@link ApplePaySessionGatewayContract}. */
class HttpApplePaySessionGatewayContractTest extends ApplePaySessionGatewayContract {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  @Override
  protected ApplePaySessionGateway applePaySessions() {
    return SANDBOX.adapter();
  }
}

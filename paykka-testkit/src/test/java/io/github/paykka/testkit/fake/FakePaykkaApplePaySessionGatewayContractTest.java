package io.github.paykka.testkit.fake;

import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import io.github.paykka.testkit.contract.ApplePaySessionGatewayContract;

/** The in-memory fake passes the {@link ApplePaySessionGatewayContract}. */
class FakePaykkaApplePaySessionGatewayContractTest extends ApplePaySessionGatewayContract {
  private final FakePaykka paykka = FakePaykka.create();

  @Override
  protected ApplePaySessionGateway applePaySessions() {
    return paykka.applePaySessions();
  }
}

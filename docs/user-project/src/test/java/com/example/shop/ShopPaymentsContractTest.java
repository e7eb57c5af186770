package com.example.shop;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.contract.PaymentGatewayContract;
import io.github.paykka.testkit.fake.FakePaykka;

/** The shop's payments, here the testkit's fake, pass the testkit's payments contract: what testing.md shows. */
class ShopPaymentsContractTest extends PaymentGatewayContract {
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

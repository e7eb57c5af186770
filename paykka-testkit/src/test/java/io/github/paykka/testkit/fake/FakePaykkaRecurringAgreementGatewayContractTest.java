package io.github.paykka.testkit.fake;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.testkit.contract.RecurringAgreementGatewayContract;

/** The in-memory fake passes the {@link RecurringAgreementGatewayContract}. */
class FakePaykkaRecurringAgreementGatewayContractTest extends RecurringAgreementGatewayContract {
  private final FakePaykka paykka = FakePaykka.create();

  @Override
  protected RecurringAgreementGateway recurringAgreements() {
    return paykka.recurringAgreements();
  }

  @Override
  protected PaymentGateway payments() {
    return paykka.payments();
  }
}

package io.github.paykka.http;

import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.testkit.contract.RecurringAgreementGatewayContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter, against the sandbox over loopback, passes the {@link RecurringAgreementGatewayContract}. */
class HttpRecurringAgreementGatewayContractTest extends RecurringAgreementGatewayContract {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  @Override
  protected PaymentGateway payments() {
    return SANDBOX.adapter();
  }

  @Override
  protected RecurringAgreementGateway recurringAgreements() {
    return SANDBOX.adapter();
  }
}

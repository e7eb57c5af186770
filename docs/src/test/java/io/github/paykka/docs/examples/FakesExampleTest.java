package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.fake.FakePaykka;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** testing.md's unit-test examples with the in-memory fakes, run. */
class FakesExampleTest {

  /** Your code: it depends on the port, not on an adapter. */
  static final class CheckoutService {
    private final PaymentGateway payments;

    CheckoutService(PaymentGateway payments) {
      this.payments = payments;
    }

    String pay(PaymentRequest request) {
      Either<GatewayFailure, PaymentResult> result = payments.initiate(request);
      if (result.isRight()) return "paid " + result.get().order().orderId();
      GatewayFailure failure = result.getLeft();
      if (failure instanceof GatewayFailure.OutcomeUnknown unknown) {
        // never tell the shopper "declined" when we do not know: ask PayKKa
        return payments.query(PaymentLookup.byTransId(request.transId()))
            .fold(f -> "pending " + unknown.reference(), found -> "paid " + found.order().orderId());
      }
      return failure instanceof GatewayFailure.Declined d ? "declined " + d.errorCode() : "error " + failure.message();
    }
  }

  @Test
  void declinesAndAmbiguousFailuresAreHandled() {
    // region fakes
    FakePaykka paykka = FakePaykka.create();
    CheckoutService service = new CheckoutService(paykka.payments());

    String declined = service.pay(TestRequests.valid(TestRequests.purchase(TestCard.DECLINED)));
    // "declined 2099"

    paykka.failNextAfterProcessing(Operation.INITIATE);   // the order is made, the answer is lost
    String recovered = service.pay(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)));
    // "paid GW...": the service asked PayKKa instead of guessing

    assertThat(paykka.calls(Operation.INITIATE)).hasSize(2);
    // endregion
    assertThat(declined).isEqualTo("declined " + TestCard.DECLINED_CODE);
    assertThat(recovered).startsWith("paid GW");
    assertThat(paykka.engine().orders()).hasSize(2);
    assertThat(paykka.engine().orders()).extracting(r -> r.order().status())
        .containsExactlyInAnyOrder(OrderStatus.FAILURE, OrderStatus.SUCCESS);
  }
}

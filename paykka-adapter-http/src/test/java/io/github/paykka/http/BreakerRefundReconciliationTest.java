package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Fault;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Breaker: after an ambiguous failure, a refund is settled by querying its {@code refund_trans_id}, and whatever refund
 * that finds is answered as this call's, without checking that it is of the order and amount asked. An initiate's
 * reconciliation checks the amount ("the order of .. is for .., not the .. asked") and the journal's reconciler
 * reports "a refund of another order or amount" as unresolved; the adapter's own refund reconciliation does not.
 *
 * <p>A shop that numbers refunds per order ("R1" for the first refund of every order) reuses a refund_trans_id. Sent
 * plainly, PayKKa refuses the second use; after a 5xx (nothing processed) the adapter answers the refund of the
 * other order as a success, and the shopper of this order is never refunded.
 */
class BreakerRefundReconciliationTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(13L, 8);

  @AfterEach
  void clearFaults() {
    SANDBOX.sandbox().faults().clear();
  }

  @Test
  void aRefundSettledByQueryIsOfTheOrderAndAmountAsked() {
    PaymentResult first = SANDBOX.adapter().initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))).get();
    PaymentResult second = SANDBOX.adapter().initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))).get();
    RefundTransId reused = RefundTransId.of(TestRequests.uniqueTransId("R1").value());
    assertThat(SANDBOX.adapter().refund(RefundCommand.of(first.order(), reused, TestRequests.usd(100),
        ReasonCode.REQUESTED_BY_CUSTOMER, Option.none()).get()).isRight()).isTrue();

    RefundCommand refundOfTheSecond = RefundCommand.of(second.order(), reused, TestRequests.usd(300),
        ReasonCode.REQUESTED_BY_CUSTOMER, Option.none()).get();
    SANDBOX.sandbox().faults().inject(Operation.REFUND, Fault.ServerError.internal());   // processes nothing
    Either<GatewayFailure, Refund> result;
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().retry(RetrySettings.none()).build()) {
      result = adapter.refund(refundOfTheSecond);
    }

    PaymentResult after = SANDBOX.adapter().query(PaymentLookup.byOrderId(second.order().orderId())).get();
    assertThat(after.order().balances().refunded()).as("nothing was refunded on the second order")
        .isEqualTo(TestRequests.usd(0));
    // so the call must not answer a refund: least of all one of 1.00 for the 3.00 asked
    assertThat(result.isLeft()).as("answered %s", result).isTrue();
  }
}

package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 10: every answer is bound to its request. Validly signed answers about another order (a replay of
 * A's answer to B's initiate, another amount under B's trans_id, another merchant, another refund) are never a
 * success; a money-moving call treats them as ambiguous and asks PayKKa, whose answer is bound too.
 */
class AnswerBindingTest {
  private static final String A = "A0000000000000000000000000000001";

  private static PaymentRequest purchase(long amount) {
    return TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).amount(TestRequests.usd(amount)));
  }

  @Test
  void aSignedAnswerAboutAnotherOrderReplayedForAnInitiateIsNeverItsSuccess() throws Exception {
    String replayed = Canned.payment(A, "GW0000000000000000A1", 1000, "SUCCESS");
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, replayed));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      PaymentRequest b = purchase(1001);

      Either<GatewayFailure, PaymentResult> result = adapter.initiate(b);

      assertThat(result.isLeft()).as("%s", result).isTrue();
      assertThat(result.getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(result.getLeft().reference()).isEqualTo(b.transId().value());
      assertThat(result.getLeft().message()).contains("$.trans_id is '" + A + "'");
      // the query that reconciles it got A's answer too: bound as well, so nothing was re-sent
      assertThat(server.count("/payments")).isEqualTo(1);
      assertThat(server.count("/payments/query")).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void anInitiateAnswerWithAnotherAmountUnderTheSameTransIdIsNeverASuccess() throws Exception {
    PaymentRequest b = purchase(1001);
    String other = Canned.payment(b.transId().value(), "GW0000000000000000B1", 1000, "SUCCESS");
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, other));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, PaymentResult> result = adapter.initiate(b);

      assertThat(result.isLeft()).as("%s", result).isTrue();
      assertThat(result.getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(result.getLeft().message()).contains("$.amount is 1000 where 1001 was asked");
      assertThat(result.getLeft().message()).contains("not the USD 10.01 asked");
      assertThat(server.count("/payments")).isEqualTo(1);
    }
  }

  @Test
  void anInitiateAnswerInAnotherCurrencyIsNeverASuccess() throws Exception {
    PaymentRequest b = purchase(1000);
    String eur = Canned.payment(b.transId().value(), "GW0000000000000000B2", 1000, "SUCCESS").replace("USD", "EUR");
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, eur));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, PaymentResult> result = adapter.initiate(b);

      assertThat(result.isLeft()).as("%s", result).isTrue();
      assertThat(result.getLeft().message()).contains("$.currency is 'EUR' where 'USD' was asked");
    }
  }

  @Test
  void aQueryAnsweredForAnotherMerchantOrAnotherOrderIsNotItsResult() throws Exception {
    OrderId asked = OrderId.of("GW0000000000000000C1");
    for (String answer : new String[] {
        Canned.payment("M999999999999", "T1", asked.value(), 1000, "SUCCESS"),
        Canned.payment("T1", "GW0000000000000000C2", 1000, "SUCCESS")}) {
      try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
              request -> LoopbackServer.Reply.signed(200, answer));
          PaykkaHttpAdapter adapter = server.adapter().build()) {
        Either<GatewayFailure, PaymentResult> result = adapter.query(PaymentLookup.byOrderId(asked));

        assertThat(result.isLeft()).as("%s", result).isTrue();
        assertThat(result.getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
        assertThat(result.getLeft().message()).containsAnyOf("$.merchant_id is 'M999999999999'",
            "$.order_id is 'GW0000000000000000C2'");
      }
    }
  }

  @Test
  void aRefundAnsweredAboutAnotherRefundIsNeverItsSuccess() throws Exception {
    String other = Canned.refund("RF_SOMEONE_ELSE", "RG0000000000000000001", "GW0000000000000000D1", 300);
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, other));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      RefundCommand refund = new RefundCommand(RefundTransId.of("RF0000000000000000000000000000D1"),
          OrderId.of("GW0000000000000000D1"), TestRequests.usd(300), ReasonCode.REQUESTED_BY_CUSTOMER, Option.none());

      var result = adapter.refund(refund);

      assertThat(result.isLeft()).as("%s", result).isTrue();
      assertThat(result.getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(result.getLeft().message()).contains("$.refund_trans_id is 'RF_SOMEONE_ELSE'");
      assertThat(server.count("/payments/refund")).isEqualTo(1);
    }
  }

  @Test
  void anAnswerAboutTheRequestItselfIsItsSuccess() throws Exception {
    PaymentRequest b = purchase(1001);
    String own = Canned.payment(b.transId().value(), "GW0000000000000000B3", 1001, "SUCCESS");
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, own));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, PaymentResult> result = adapter.initiate(b);

      assertThat(result.isRight()).as("%s", result).isTrue();
      assertThat(result.get().order().amount()).isEqualTo(TestRequests.usd(1001));
      assertThat(server.requests).hasSize(1);
    }
  }
}

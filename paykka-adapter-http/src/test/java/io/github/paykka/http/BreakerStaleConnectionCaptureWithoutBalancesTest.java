package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.testkit.contract.TestRequests;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the breaker (the adapter's side of the reconciler's implied-balances fault): a capture that PayKKa
 * processed but whose pooled connection died before the answer is sent again when the follow-up query shows "no
 * trace" ({@code now == was && AUTHORIZED}). When PayKKa's query answer carries no {@code balances} (the seed's
 * {@code BalanceRespInPaymentsQuery} is not marked required), both "was" and "now" are the balances the status
 * implies, and a partial capture leaves the order AUTHORIZED (CAPTURE_PART): no trace is read where there is one, and
 * the order is captured twice.
 */
class BreakerStaleConnectionCaptureWithoutBalancesTest {
  private static final OrderId ORDER = OrderId.of("GW00000000000000STL1");
  private static final String TRANS = "T0000000000000STL1";

  private static String withoutBalances(String status) {
    return Canned.payment(TRANS, ORDER.value(), 1000, status).replaceAll(",\"balances\":\\{[^}]*\\}", "");
  }

  @Test
  void aPartialCaptureProcessedAndDroppedOnAReusedConnectionIsNotSentAgainWhenTheQueryCarriesNoBalances()
      throws Exception {
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> {
          LoopbackServer.Reply answer = LoopbackServer.Reply.signed(200, withoutBalances("AUTHORIZED"));
          // PayKKa captures, then the reused connection dies before the answer
          return request.path().equals("/payments/capture") && request.indexOnConnection() > 1
              ? LoopbackServer.Reply.dropped() : answer;
        });
        PaykkaHttpAdapter adapter = server.adapter().retry(RetrySettings.none()).build()) {
      assertThat(adapter.query(PaymentLookup.byOrderId(ORDER)).isRight()).isTrue();   // warms the pool

      adapter.capture(CaptureCommand.of(ORDER, TestRequests.usd(300), false));

      assertThat(server.count("/payments/capture")).as("a capture PayKKa may have processed is sent once")
          .isEqualTo(1);
    }
  }
}

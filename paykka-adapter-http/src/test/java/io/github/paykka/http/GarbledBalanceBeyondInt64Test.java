package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the breaker (issue 10's rule, "every other field ... unparseable ... degrades to absent; a paid
 * order must always be readable"): an informational integer of {@code balances} that does not fit in int64 fails the
 * whole answer. The codec's tolerant reading turns every integer beyond int64 into a WrongType for the whole document,
 * so a validly signed SUCCESS answer whose {@code able_to_refund_amount} (or any balance) is garbled this way is an
 * {@code OutcomeUnknown}, and the query PayKKa recommends fails the same way for as long as PayKKa sends it.
 */
class GarbledBalanceBeyondInt64Test {
  private static final OrderId ORDER = OrderId.of("GW000000000000BIG001");

  @Test
  void aBalanceBeyondInt64LeavesAPaidOrderReadable() throws Exception {
    String answer = Canned.payment("T0000000000BIG001", ORDER.value(), 1000, "SUCCESS")
        .replace("\"refunded_amount\":0", "\"refunded_amount\":0,\"able_to_refund_amount\":9223372036854775808");
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, answer));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, PaymentResult> result = adapter.query(PaymentLookup.byOrderId(ORDER));

      assertThat(result.isRight()).as("%s", result).isTrue();
      assertThat(result.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(result.get().order().amount().minorUnits()).isEqualTo(1000);
    }
  }
}

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
 * Fault found by the breaker (issue 10: "extra fields ... big numbers"): the codec bounds every JSON number to 64
 * characters ({@code StreamReadConstraints.maxNumberLength(64)}), and Jackson checks the bound while tokenizing, even
 * for a field nobody reads. So one field this version does not know, carrying a long decimal (an exchange rate or a
 * risk score printed with full precision: 65+ characters), makes a validly signed SUCCESS answer "input too large":
 * {@code OutcomeUnknown}, forever, for a paid order. (The webhook's signature field reader has the same bound: the
 * same extra field in a notification is answered 400.) Jackson's own default is 1000 characters.
 */
class LongNumberInExtraFieldTest {
  private static final OrderId ORDER = OrderId.of("GW000000000000NUM001");

  @Test
  void anExtraFieldWithALongNumberLeavesAPaidOrderReadable() throws Exception {
    String rate = "0.1000000000000000055511151231257827021181583404541015625000000000000";
    String answer = Canned.payment("T0000000000NUM001", ORDER.value(), 1000, "SUCCESS")
        .replace("\"balances\":", "\"fx_rate\":" + rate + ",\"balances\":");
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, answer));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, PaymentResult> result = adapter.query(PaymentLookup.byOrderId(ORDER));

      assertThat(result.isRight()).as("%s", result).isTrue();
      assertThat(result.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    }
  }
}

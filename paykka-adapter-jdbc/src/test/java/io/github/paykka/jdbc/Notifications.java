package io.github.paykka.jdbc;

import io.github.paykka.testkit.webhook.WebhookTestSigner;
import io.github.paykka.testkit.webhook.WebhookTestSigner.SignedNotification;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import java.util.List;
import java.util.Map;

/** Signed PayKKa notifications for the tests, as the sandbox sends them, with the testkit's signer. */
final class Notifications {
  static final String MERCHANT = "M10000000001";

  private Notifications() {}

  /** A PAYMENT.SUCCESS of order {@code n} (automatic capture), signed at {@code timestamp}. */
  static SignedNotification paymentSuccess(WebhookTestSigner signer, int n, long amount, long timestamp) {
    BalanceResp balances = new BalanceResp(amount, amount, 0L, 0L, 0L, 0L, amount);
    return signer.sign(new PaymentsNotifyReqDto(timestamp, "PAYMENT.SUCCESS", null, null, MERCHANT,
        String.format("T%010d", n), String.format("GW%010d", n), null, "SUCCESS", amount, "USD", null, null,
        null, null, null, null, null, null, balances));
  }

  /** The headers in the form the handler takes. */
  static Map<String, List<String>> headers(SignedNotification n) {
    return n.headers();
  }
}

package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the breaker (house rule: card numbers never appear in logs or exception messages): a signed error
 * answer whose {@code ret_msg} quotes the card number back (a parameter-validation message such as "invalid card_no
 * 4111...") reaches {@code GatewayFailure.Rejected#retMsg()} and {@code message()} unmasked, and the adapter's own INFO
 * line of the failed call prints it. The same text in an unsigned answer is masked (Unauthentic's claim), and in the
 * DEBUG body line too (BodyMasker); only the signed path trusts PayKKa's text to hold no card data.
 */
class CardNumberInSignedRetMsgTest {
  private static final String PAN = "4111111111111111";

  @Test
  void aCardNumberQuotedInASignedRetMsgReachesNeitherTheFailureNorTheLog() throws Exception {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    String marker = request.transId().value();
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, r -> LoopbackServer.Reply
            .signed(400, Canned.error("010000", "Invalid parameter card_no " + PAN + " for " + marker)));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      GatewayFailure failure = adapter.initiate(request).getLeft();

      assertThat(failure).isInstanceOf(GatewayFailure.Rejected.class);
      assertThat(failure.message()).contains("010000").doesNotContain(PAN);
      assertThat(failure.toString()).doesNotContain(PAN);
    }
    String log = Files.readString(Path.of("target/paykka-http-test.log"), StandardCharsets.UTF_8);
    assertThat(log.lines().filter(l -> l.contains(marker) && l.contains("Rejected"))).isNotEmpty()
        .allSatisfy(line -> assertThat(line).doesNotContain(PAN));
  }
}

package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.MERCHANT;
import static io.github.paykka.webhook.TestPlatform.now;
import static io.github.paykka.webhook.TestPlatform.order;
import static io.github.paykka.webhook.TestPlatform.paymentBody;
import static io.github.paykka.webhook.TestPlatform.signed;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.CaptureMethod;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Fault found by the breaker, the webhook's side of LongNumberInExtraFieldTest (paykka-adapter-http): the signature
 * field reader bounds every number to 64 characters while it skips fields, so a validly signed PAYMENT.SUCCESS with one
 * extra field carrying a long decimal is answered 400 ("malformed JSON") on every redelivery.
 */
class LongNumberNotificationTest {
  final List<Notification> received = new CopyOnWriteArrayList<>();

  @Test
  void aValidlySignedNotificationWithALongNumberInAnExtraFieldIsProcessed() {
    String rate = "0.1000000000000000055511151231257827021181583404541015625000000000000";
    String body = new String(paymentBody(NotifyType.PAYMENT_SUCCESS,
        order(1, 1999, CaptureMethod.AUTOMATIC).approve().get().order(), now()), UTF_8)
        .replace("\"status\":", "\"fx_rate\":" + rate + ",\"status\":");
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder().platformPublicKey(TestPlatform.KEY.getPublic())
        .merchantId(MerchantId.of(MERCHANT)).listener(received::add).clock(TestPlatform.CLOCK).build();

    WebhookResponse r = handler.handle("POST", signed(body.getBytes(UTF_8), now()).headers(), body.getBytes(UTF_8));

    assertThat(r.status()).as(r.outcome().describe()).isEqualTo(200);
    assertThat(received).hasSize(1);
  }
}

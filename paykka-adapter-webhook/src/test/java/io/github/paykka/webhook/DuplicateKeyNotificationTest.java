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
 * Fault found by the breaker (issue 10's rule: "a validly signed notification always gets 200 unless it is about
 * another merchant"): the signature field reader enables Jackson's STRICT_DUPLICATE_DETECTION for the whole body, so
 * a duplicated key anywhere, even inside an informational object ({@code card_info}) or an informational top-level
 * field, makes a genuinely signed PAYMENT.SUCCESS "body unreadable for verification: malformed JSON" and it is
 * answered 400 on every redelivery until PayKKa gives up: the paid order's notification is lost. Only a duplicated
 * top-level {@code merchant_id} or {@code timestamp} makes the signed string ambiguous.
 */
class DuplicateKeyNotificationTest {
  final List<Notification> received = new CopyOnWriteArrayList<>();
  final List<UnknownNotification> unknown = new CopyOnWriteArrayList<>();

  PaykkaWebhookHandler handler() {
    return PaykkaWebhookHandler.builder().platformPublicKey(TestPlatform.KEY.getPublic())
        .merchantId(MerchantId.of(MERCHANT)).listener(received::add).onUnknown(unknown::add)
        .clock(TestPlatform.CLOCK).build();
  }

  static String paid(int n) {
    return new String(paymentBody(NotifyType.PAYMENT_SUCCESS,
        order(n, 1999, CaptureMethod.AUTOMATIC).approve().get().order(), now()), UTF_8);
  }

  @Test
  void aValidlySignedNotificationWithADuplicatedInformationalKeyIsAcknowledged() {
    String nested = paid(1).replace("\"balances\":{",
        "\"card_info\":{\"bin\":\"424242\",\"last4\":\"4242\",\"bin\":\"424242\"},\"balances\":{");
    String topLevel = paid(2).replace("\"status\":",
        "\"pay_finish_time\":\"2025-06-01T20:00:00+08:00\",\"pay_finish_time\":\"2025-06-01T20:00:00+08:00\",\"status\":");
    PaykkaWebhookHandler handler = handler();

    WebhookResponse a = handler.handle("POST", signed(nested.getBytes(UTF_8), now()).headers(), nested.getBytes(UTF_8));
    WebhookResponse b =
        handler.handle("POST", signed(topLevel.getBytes(UTF_8), now()).headers(), topLevel.getBytes(UTF_8));

    assertThat(a.status()).as(a.outcome().describe()).isEqualTo(200);
    assertThat(b.status()).as(b.outcome().describe()).isEqualTo(200);
    assertThat(received.size() + unknown.size()).isEqualTo(2);
  }

  /** A money field given twice: JSON readers disagree on which value counts, so it is acknowledged, never applied. */
  @Test
  void aValidlySignedNotificationGivingAMoneyFieldTwiceReachesOnUnknown() {
    String twoStatuses = paid(3).replace("\"status\":", "\"status\":\"FAILURE\",\"status\":");
    String twoAmounts = paid(4).replace("\"amount\":", "\"amount\":1,\"amount\":");
    PaykkaWebhookHandler handler = handler();

    for (String body : List.of(twoStatuses, twoAmounts)) {
      WebhookResponse r = handler.handle("POST", signed(body.getBytes(UTF_8), now()).headers(), body.getBytes(UTF_8));
      assertThat(r.status()).as(r.outcome().describe()).isEqualTo(200);
    }
    assertThat(received).isEmpty();
    assertThat(unknown).extracting(UnknownNotification::toString)
        .anySatisfy(u -> assertThat(u).contains("'status' given twice"))
        .anySatisfy(u -> assertThat(u).contains("'amount' given twice"));
  }
}

package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.now;
import static io.github.paykka.webhook.TestPlatform.order;
import static io.github.paykka.webhook.TestPlatform.paymentBody;
import static io.github.paykka.webhook.TestPlatform.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.webhook.TestPlatform.Delivery;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code signatureProvider}: the provider named verifies each notification, and a forged one still fails. */
class SignatureProviderSettingTest {
  @Test
  void theNamedProviderVerifiesEachNotification() {
    CountingProvider counting = new CountingProvider();
    List<Notification> received = new ArrayList<>();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(TestPlatform.KEY.getPublic())
        .merchantId(MerchantId.of(TestPlatform.MERCHANT))
        .listener(received::add)
        .clock(TestPlatform.CLOCK)
        .signatureProvider(counting)
        .build();
    Delivery genuine = signed(paymentBody(NotifyType.PAYMENT_SUCCESS,
        order(1, 100, CaptureMethod.AUTOMATIC).approve().get().order(), now()), now());
    Delivery forged = signed(paymentBody(NotifyType.PAYMENT_SUCCESS,
        order(2, 100, CaptureMethod.AUTOMATIC).approve().get().order(), now()), now(),
        TestPlatform.FORGER.getPrivate());

    assertThat(handler.handle("POST", genuine.headers(), genuine.body()).status()).isEqualTo(200);
    assertThat(handler.handle("POST", forged.headers(), forged.body()).status()).isEqualTo(401);
    assertThat(received).hasSize(1);
    assertThat(counting.verifications).hasValue(2);
  }

  @Test
  void aProviderWithoutSha256WithRsaIsRefusedByName() {
    Provider none = new Provider("Empty", "1", "nothing") {
      private static final long serialVersionUID = 1L;
    };
    assertThatThrownBy(() -> PaykkaWebhookHandler.builder().signatureProvider(none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("signatureProvider");
  }
}

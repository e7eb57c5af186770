package io.github.paykka.testkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.signature.SignatureScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookTestSignerTest {
  static final TestKeys.TestKeyPair PLATFORM = TestKeys.generate();
  final WebhookTestSigner signer = WebhookTestSigner.withPlatformKey(PLATFORM.privateKey());
  final SignatureScheme scheme = SignatureScheme.standard();

  static PaymentsNotifyReqDto payment(String status, long ts) {
    return new PaymentsNotifyReqDto(ts, "PAYMENT.SUCCESS", null, null, "M1", "T1", "GW1", null, status, 100L,
        "EUR", null, null, null, null, null, null, null, null, null);
  }

  @Test
  void aSignedPaymentNotificationVerifiesWithThePlatformKeyAndDecodes() {
    long now = System.currentTimeMillis();
    var n = signer.sign(payment("SUCCESS", now));
    assertThat(n.headers()).containsEntry(PaykkaHeaders.TYPE, List.of("RSA256")).containsEntry(PaykkaHeaders.VERSION, List.of("v1.2"));
    assertThat(scheme.verifyNotification(List.of(PLATFORM.publicKey()), n.signature(), n.body()).isRight()).isTrue();
    assertThat(WireCodec.create().decode(n.body(), PaymentsNotifyReqDto.class).get().status())
        .isEqualTo("SUCCESS");
    assertThat(n.toString()).doesNotContain(n.signature());
  }

  @Test
  void aTamperedBodyOrAnotherKeyDoesNotVerify() {
    long now = System.currentTimeMillis();
    var n = signer.sign(payment("AUTHORIZED", now));
    byte[] tampered = n.bodyText().replace("AUTHORIZED", "SUCCESS").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(scheme.verifyNotification(List.of(PLATFORM.publicKey()), n.signature(), tampered).isLeft()).isTrue();
    assertThat(scheme.verifyNotification(List.of(TestKeys.generate().publicKey()), n.signature(), n.body()).isLeft())
        .isTrue();
  }

  @Test
  void refundNotificationsSignToo() {
    var r = new RefundNotifyReqDto(System.currentTimeMillis(), "REFUND.SUCCESS", "M1", "R1", "GW1", "GW1",
        "RG1", "SUCCESS", 50L, "EUR", null, null);
    var n = signer.sign(r);
    assertThat(scheme.verifyNotification(List.of(PLATFORM.publicKey()), n.signature(), n.body()).isRight()).isTrue();
  }

  @Test
  void aNotificationWithoutMerchantOrTimestampIsRefused() {
    var noTimestamp = new PaymentsNotifyReqDto(null, "PAYMENT.SUCCESS", null, null, "M1", "T1", "GW1", null,
        "SUCCESS", 100L, "EUR", null, null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> signer.sign(noTimestamp)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timestamp");
  }
}

package io.github.paykka.testkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.SignedFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Test notifications: sensible defaults, any field overridable, signed over their own merchant and timestamp text. */
class TestNotificationTest {
  static final TestKeys.TestKeyPair PLATFORM = TestKeys.generate();
  final WebhookTestSigner signer = WebhookTestSigner.withPlatformKey(PLATFORM.privateKey());
  final WireCodec codec = WireCodec.create();

  @Test
  void aPaymentNotificationHasSensibleDefaultsAndHeadersAsTheHandlerTakesThem() {
    WebhookTestSigner.SignedNotification n = signer.payment().sign();

    JsonNode body = tree(n);
    assertThat(body.get("notify_type").asText()).isEqualTo("PAYMENT.SUCCESS");
    assertThat(body.get("merchant_id").asText()).isEqualTo(WebhookTestSigner.DEFAULT_MERCHANT_ID);
    assertThat(body.get("status").asText()).isEqualTo("SUCCESS");
    assertThat(body.get("amount").asLong()).isEqualTo(1_999);
    assertThat(body.get("currency").asText()).isEqualTo("USD");
    assertThat(body.get("order_id").asText()).startsWith("GW");
    assertThat(body.get("timestamp").asLong()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
    Map<String, List<String>> headers = n.headers();
    assertThat(headers).containsEntry(PaykkaHeaders.TYPE, List.of("RSA256"))
        .containsEntry(PaykkaHeaders.VERSION, List.of("v1.2"))
        .containsEntry(PaykkaHeaders.CONTENT_TYPE, List.of("application/json"))
        .containsKey(PaykkaHeaders.SIGNATURE);
    assertThat(verify(n).merchantId()).isEqualTo(WebhookTestSigner.DEFAULT_MERCHANT_ID);
    // each notification has identifiers of its own
    assertThat(tree(signer.payment().sign()).get("order_id")).isNotEqualTo(body.get("order_id"));
  }

  @Test
  void theTimestampIsSignedAsItsTextInMillisecondsSecondsOrNotAtAll() {
    Instant at = Instant.ofEpochMilli(1_745_922_570_644L);
    WebhookTestSigner.SignedNotification millis = signer.payment().timestamp(at).sign();
    WebhookTestSigner.SignedNotification seconds = signer.payment().timestampInSeconds(at).sign();
    WebhookTestSigner.SignedNotification none = signer.payment().withoutTimestamp().sign();

    assertThat(tree(millis).get("timestamp").asText()).isEqualTo("1745922570644");
    assertThat(tree(seconds).get("timestamp").asText()).isEqualTo("1745922570");
    assertThat(tree(none).has("timestamp")).isFalse();
    SignatureScheme forever = SignatureScheme.builder().freshness(java.time.temporal.ChronoUnit.FOREVER.getDuration())
        .build();
    assertThat(forever.verifyNotification(List.of(PLATFORM.publicKey()), millis.signature(), millis.body()).get()
        .timestampText()).isEqualTo("1745922570644");
    assertThat(forever.verifyNotification(List.of(PLATFORM.publicKey()), seconds.signature(), seconds.body()).get()
        .timestampText()).isEqualTo("1745922570");
    assertThat(forever.verifyNotification(List.of(PLATFORM.publicKey()), none.signature(), none.body()).get()
        .timestampText()).isEmpty();
  }

  @Test
  void anyFieldCanBeOverriddenOrRemovedAndWhatIsSignedIsTheBodysOwn() {
    WebhookTestSigner.SignedNotification n = signer.payment()
        .field("status", "PENDING_REVIEW")
        .field("extra", Map.of("a", 1))
        .field("merchant_id", "18999999999999")
        .without("balances")
        .sign();

    JsonNode body = tree(n);
    assertThat(body.get("status").asText()).isEqualTo("PENDING_REVIEW");
    assertThat(body.get("extra").get("a").asInt()).isEqualTo(1);
    assertThat(body.has("balances")).isFalse();
    assertThat(verify(n).merchantId()).isEqualTo("18999999999999");
  }

  @Test
  void aPaymentNotificationOfAnOrderAsItIs() {
    PaymentOrder order = PaymentOrder.open(OrderId.of("GW1"), TransId.of("T-1"), Money.of(15_000, Currency.EUR),
        CaptureMethod.MANUAL).approve().get().order();
    JsonNode body = tree(signer.forMerchant("18356675194960").payment().order(order).sign());

    assertThat(body.get("notify_type").asText()).isEqualTo("PAYMENT.AUTHORIZATION");
    assertThat(body.get("status").asText()).isEqualTo("AUTHORIZED");
    assertThat(body.get("order_id").asText()).isEqualTo("GW1");
    assertThat(body.get("trans_id").asText()).isEqualTo("T-1");
    assertThat(body.get("amount").asLong()).isEqualTo(15_000);
    assertThat(body.get("currency").asText()).isEqualTo("EUR");
    assertThat(body.get("merchant_id").asText()).isEqualTo("18356675194960");
  }

  @Test
  void aRefundNotificationHasItsOwnDefaultsAndAFailureItsCode() {
    JsonNode success = tree(signer.refund().refundTransId(RefundTransId.of("R-42")).orderId(OrderId.of("GW7"))
        .amount(Money.of(3_000, Currency.USD)).sign());
    assertThat(success.get("notify_type").asText()).isEqualTo("REFUND.SUCCESS");
    assertThat(success.get("trans_id").asText()).isEqualTo("R-42");
    assertThat(success.get("status").asText()).isEqualTo("SUCCESS");
    assertThat(success.get("refund_order_id").asText()).startsWith("RG");
    assertThat(success.get("amount").asLong()).isEqualTo(3_000);

    JsonNode failure = tree(signer.refund().type(NotifyType.REFUND_FAILURE).sign());
    assertThat(failure.get("status").asText()).isEqualTo("FAILURE");
    assertThat(failure.get("error_code").asText()).isEqualTo("1006");
    assertThat(tree(signer.refund().status(RefundStatus.FAILURE).sign()).get("notify_type").asText())
        .isEqualTo("REFUND.SUCCESS");
  }

  @Test
  void aSettingOfTheOtherKindIsRefusedNamingIt() {
    assertThatThrownBy(() -> signer.payment().type(NotifyType.REFUND_SUCCESS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REFUND.SUCCESS");
    assertThatThrownBy(() -> signer.refund().transId(TransId.of("T-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transId");
    assertThatThrownBy(() -> signer.payment().refundTransId(RefundTransId.of("R-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refundTransId");
  }

  private JsonNode tree(WebhookTestSigner.SignedNotification n) {
    return codec.tree(n.body()).get();
  }

  private static SignedFields verify(WebhookTestSigner.SignedNotification n) {
    return SignatureScheme.standard().verifyNotification(List.of(PLATFORM.publicKey()), n.signature(), n.body()).get();
  }
}

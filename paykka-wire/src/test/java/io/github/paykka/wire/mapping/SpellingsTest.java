package io.github.paykka.wire.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.PaymentInfoRespDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 #19: each field is written as the seeds spell it, from one table, and every spelling is read; issue 11:
 * the table is package-private here, the messages hold the wire text, and the only enums a user imports are the
 * domain's.
 */
class SpellingsTest {
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();
  private final SandboxMapper sandbox = SandboxMapper.create();

  /** Seed 000's enum, in its order. */
  private static final List<String> SEED_ENUM = List.of("BankCard", "eftpos", "ApplePay", "GooglePay",
      "WechatPayGlobal", "AlipayPlus", "SEPA", "Bancontact", "EPS", "iDEAL", "P24", "Sofort");

  @Test
  void theTableHoldsSeed000sEnumAndTheExamplesSpellings() {
    assertThat(List.of(PaymentMethod.values())).extracting(Spellings::enumSpelling).containsExactlyElementsOf(SEED_ENUM);
    // payment.payment_method: the examples' spelling where the seeds show one, the enum's elsewhere
    assertThat(List.of(PaymentMethod.values())).extracting(Spellings::paymentSpelling).containsExactly("BANKCARD",
        "eftpos", "APPLE_PAY", "GOOGLE_PAY", "WechatPayGlobal", "AlipayPlus", "SEPA", "Bancontact", "EPS", "iDEAL",
        "P24", "Sofort");
  }

  @Test
  void paymentMethodIsWrittenInTheExamplesSpellingAndTheListsInTheEnumSpelling() {
    var wallet = io.github.paykka.domain.request.PaymentDetails.class;
    assertThat(wallet).isNotNull();
    assertThat(json(new PaymentInfoRespDto(Spellings.paymentSpelling(PaymentMethod.APPLE_PAY))))
        .isEqualTo("{\"payment_method\":\"APPLE_PAY\"}");
    SessionCreateReqDto session = codec.decode(
        "{\"allowed_payment_methods\":[\"BankCard\",\"WechatPayGlobal\",\"GooglePay\"],\"blocked_payment_methods\":[\"eftpos\"],\"trans_id\":\"T1\",\"amount\":100,\"currency\":\"EUR\",\"notify_url\":\"https://m.example/n\",\"return_url\":\"https://m.example/r\",\"goods\":[{\"name\":\"g\",\"link\":\"https://m.example/g\",\"price\":100,\"quantity\":1}]}"
            .getBytes(UTF_8), SessionCreateReqDto.class).get();
    var request = sandbox.checkoutSessionRequest(session).get();
    assertThat(request.allowedPaymentMethods())
        .containsExactlyInAnyOrder(PaymentMethod.BANKCARD, PaymentMethod.WECHAT_PAY_GLOBAL, PaymentMethod.GOOGLE_PAY);
    String written = json(mapper.checkoutSession(MerchantId.of("M1"), 1L, request));
    assertThat(written).contains("\"allowed_payment_methods\":[\"BankCard\",\"GooglePay\",\"WechatPayGlobal\"]")
        .contains("\"blocked_payment_methods\":[\"eftpos\"]");
    assertThat(new PaymentInstrument.AlternativeMethod(PaymentMethod.IDEAL).paymentMethod()).isEqualTo(PaymentMethod.IDEAL);
  }

  @Test
  void everySpellingIsRead() {
    for (PaymentMethod m : PaymentMethod.values()) {
      for (String spelling : List.of(Spellings.paymentSpelling(m), Spellings.enumSpelling(m), m.name(),
          m.name().toLowerCase(Locale.ROOT), Spellings.enumSpelling(m).toUpperCase(Locale.ROOT))) {
        assertThat(Spellings.paymentMethod(spelling)).as(spelling).isEqualTo(Option.some(m));
      }
    }
    assertThat(Spellings.paymentMethod("PAYPAL")).isEqualTo(Option.none());
    assertThat(Spellings.paymentMethod(null)).isEqualTo(Option.none());
    assertThat(Spellings.notifyType("PAYMENT.SUCCESS")).isEqualTo(Option.some(NotifyType.PAYMENT_SUCCESS));
    assertThat(Spellings.notifyType("refund_failure")).isEqualTo(Option.some(NotifyType.REFUND_FAILURE));
    assertThat(Spellings.write(NotifyType.PAYMENT_SUCCESS)).isEqualTo("PAYMENT.SUCCESS");
    assertThat(Spellings.read(TokenUsage.class, "")).isEqualTo(Option.none());
    assertThat(Spellings.read(OrderStatus.class, "partially-refunded"))
        .isEqualTo(Option.some(OrderStatus.PARTIALLY_REFUNDED));
    assertThat(Spellings.isFinalAuth("final_auth")).isTrue();
  }

  private String json(Object message) {
    return new String(codec.encode(message), UTF_8);
  }
}

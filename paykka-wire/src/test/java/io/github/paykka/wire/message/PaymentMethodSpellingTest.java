package io.github.paykka.wire.message;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.wire.WireCodec;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 #19: each field is written as the seeds spell it, from one table, and every spelling is read.
 */
class PaymentMethodSpellingTest {
  private final WireCodec codec = WireCodec.create();

  /** Seed 000's enum, in its order; UNKNOWN is not a PayKKa value. */
  private static final List<String> SEED_ENUM = List.of("BankCard", "eftpos", "ApplePay", "GooglePay",
      "WechatPayGlobal", "AlipayPlus", "SEPA", "Bancontact", "EPS", "iDEAL", "P24", "Sofort");

  @Test
  void theTableHoldsSeed000sEnumAndTheExamplesSpellings() {
    List<PaymentMethod> known = List.of(PaymentMethod.values()).subList(0, SEED_ENUM.size());
    assertThat(known).extracting(PaymentMethod::enumSpelling).containsExactlyElementsOf(SEED_ENUM);
    // payment.payment_method: the examples' spelling where the seeds show one, the enum's elsewhere
    assertThat(known).extracting(PaymentMethod::wire).containsExactly("BANKCARD", "eftpos", "APPLE_PAY", "GOOGLE_PAY",
        "WechatPayGlobal", "AlipayPlus", "SEPA", "Bancontact", "EPS", "iDEAL", "P24", "Sofort");
  }

  @Test
  void paymentMethodIsWrittenInTheExamplesSpellingAndTheListsInTheEnumSpelling() {
    PaymentInfoReqDto payment = new PaymentInfoReqDto(PaymentMethod.IDEAL, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);
    assertThat(json(payment)).isEqualTo("{\"payment_method\":\"iDEAL\"}");
    assertThat(json(new PaymentInfoRespDto(PaymentMethod.APPLE_PAY.wire()))).isEqualTo("{\"payment_method\":\"APPLE_PAY\"}");
    SessionCreateReqDto session = new SessionCreateReqDto(null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null,
        List.of(PaymentMethod.BANKCARD, PaymentMethod.WECHAT_PAY_GLOBAL, PaymentMethod.GOOGLE_PAY),
        List.of(PaymentMethod.EFTPOS));
    assertThat(json(session)).isEqualTo("{\"allowed_payment_methods\":[\"BankCard\",\"WechatPayGlobal\",\"GooglePay\"],"
        + "\"blocked_payment_methods\":[\"eftpos\"]}");
  }

  @Test
  void everySpellingIsRead() {
    for (PaymentMethod m : PaymentMethod.values()) {
      for (String spelling : List.of(m.wire(), m.enumSpelling(), m.name(), m.name().toLowerCase(Locale.ROOT),
          m.enumSpelling().toUpperCase(Locale.ROOT))) {
        assertThat(PaymentMethod.fromWire(spelling)).as(spelling).isEqualTo(m);
      }
    }
    SessionCreateReqDto read = codec.decode(
        "{\"allowed_payment_methods\":[\"iDEAL\",\"IDEAL\",\"WECHAT_PAY_GLOBAL\",\"PAYPAL\"]}".getBytes(UTF_8),
        SessionCreateReqDto.class).get();
    assertThat(read.allowedPaymentMethods()).containsExactly(PaymentMethod.IDEAL, PaymentMethod.IDEAL,
        PaymentMethod.WECHAT_PAY_GLOBAL, PaymentMethod.UNKNOWN);
    assertThat(PaymentMethod.fromWire(null)).isEqualTo(PaymentMethod.UNKNOWN);
  }

  private String json(Object message) {
    return new String(codec.encode(message), UTF_8);
  }
}

package io.github.paykka.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.wire.message.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forward compatibility, normalisation and typed errors of the codec. */
class WireCodecTest {
  private final WireCodec codec = WireCodec.create();

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  @Test
  void extraFieldsUnknownEnumValuesAndOmittedNullsDecode() {
    String json =
        "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\",\"new_top\":{\"a\":[1,2]},\"data\":{"
            + "\"status\":\"TELEPORTED\",\"capture_method\":\"LATER\",\"payment\":{\"payment_method\":\"Klarna\"},"
            + "\"brand_new_field\":\"x\",\"balances\":{\"authed_amount\":\"5\",\"future_amount\":1}}}";
    Envelope<PaymentsQueryRespDto> env = codec.decodeEnvelope(b(json), PaymentsQueryRespDto.class).get();
    assertThat(env.data().status()).isEqualTo("TELEPORTED");
    assertThat(env.data().captureMethod()).isEqualTo("LATER");
    assertThat(env.data().payment().paymentMethod()).isEqualTo("Klarna");
    assertThat(env.data().balances().authedAmount()).isEqualTo(5L);
    assertThat(env.data().orderId()).isNull();
  }

  @Test
  void everySpellingOfAnEnumIsRead() {
    assertThat(PaymentMethod.fromWire("BankCard")).isEqualTo(PaymentMethod.BANKCARD);
    assertThat(PaymentMethod.fromWire("BANKCARD")).isEqualTo(PaymentMethod.BANKCARD);
    assertThat(PaymentMethod.fromWire("ApplePay")).isEqualTo(PaymentMethod.APPLE_PAY);
    assertThat(PaymentMethod.fromWire("APPLE_PAY")).isEqualTo(PaymentMethod.APPLE_PAY);
    assertThat(PaymentMethod.fromWire("googlepay")).isEqualTo(PaymentMethod.GOOGLE_PAY);
    assertThat(PaymentMethod.fromWire("iDEAL")).isEqualTo(PaymentMethod.IDEAL);
    assertThat(PaymentMethod.fromWire("eftpos")).isEqualTo(PaymentMethod.EFTPOS);
    assertThat(PaymentMethod.fromWire("WechatPayGlobal")).isEqualTo(PaymentMethod.WECHAT_PAY_GLOBAL);
    assertThat(NotifyType.fromWire("PAYMENT.SUCCESS")).isEqualTo(NotifyType.PAYMENT_SUCCESS);
    assertThat(NotifyType.fromWire("refund_failure")).isEqualTo(NotifyType.REFUND_FAILURE);
    assertThat(TokenUsage.fromWire("")).isEqualTo(TokenUsage.UNKNOWN);
    assertThat(new String(codec.encode(new PaymentInfoReqDto(PaymentMethod.GOOGLE_PAY, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null)), UTF_8))
        .isEqualTo("{\"payment_method\":\"GOOGLE_PAY\"}");
    assertThat(new String(codec.encode(new QueryTokenRespDto(null, null, null, TokenStatus.ACTIVATE)), UTF_8))
        .isEqualTo("{\"status\":\"ACTIVATE\"}");
  }

  @Test
  void amountsAreReadFromStringsAndWrittenAsNumbers() {
    PaymentsCaptureReqDto c = codec.decode(b("{\"amount\":\"300\"}"), PaymentsCaptureReqDto.class).get();
    assertThat(c.amount()).isEqualTo(300L);
    assertThat(new String(codec.encode(c), UTF_8)).isEqualTo("{\"amount\":300}");
  }

  @Test
  void fractionsAndJunkAreNeverAmounts() {
    assertThat(codec.decode(b("{\"amount\":12.5}"), PaymentsCaptureReqDto.class).getLeft())
        .isEqualTo(new WireError.WrongType("$.amount", "integer"));
    assertThat(codec.decode(b("{\"amount\":\"12.5\"}"), PaymentsCaptureReqDto.class).getLeft())
        .isEqualTo(new WireError.WrongType("$.amount", "integer"));
    assertThat(codec.decode(b("{\"goods\":[{\"price\":\"x\"}]}"), PaymentsReqDto.class).getLeft())
        .isEqualTo(new WireError.WrongType("$.goods[0].price", "integer"));
  }

  @Test
  void errorsAreTyped() {
    assertThat(codec.decode(b(""), PaymentsReqDto.class).getLeft()).isInstanceOf(WireError.Malformed.class);
    assertThat(codec.decode(b("{\"a\":"), PaymentsReqDto.class).getLeft()).isInstanceOf(WireError.Malformed.class);
    assertThat(codec.decode(b("{} {}"), PaymentsReqDto.class).getLeft()).isInstanceOf(WireError.Malformed.class);
    assertThat(codec.decode(b("null"), PaymentsReqDto.class).getLeft()).isInstanceOf(WireError.WrongType.class);
    assertThat(codec.decode(b("[]"), PaymentsReqDto.class).getLeft()).isInstanceOf(WireError.WrongType.class);
    assertThat(codec.decode(b("{\"payment\":\"x\"}"), PaymentsReqDto.class).getLeft())
        .isInstanceOf(WireError.WrongType.class);
    assertThat(codec.decodeEnvelope(b("{\"ret_msg\":\"x\"}"), PaymentsRespDto.class).getLeft())
        .isEqualTo(new WireError.MissingField("$.ret_code"));
    assertThat(codec.decode(b("{\"goods\":[null]}"), PaymentsReqDto.class).getLeft())
        .isInstanceOf(WireError.InvalidValue.class);
    assertThat(codec.decode(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}, PaymentsReqDto.class).getLeft())
        .isInstanceOf(WireError.Malformed.class);
    assertThat(codec.decode(b("{\"x\":" + "[".repeat(5000)), PaymentsReqDto.class).getLeft())
        .isEqualTo(new WireError.TooLarge("nesting depth"));
    assertThat(codec.tree(b("[".repeat(5000))).getLeft()).isEqualTo(new WireError.TooLarge("nesting depth"));
  }

  @Test
  void envelopeDataMayBeAbsentObjectOrList() {
    assertThat(codec.decodeEnvelope(b("{\"ret_code\":\"206024\",\"ret_msg\":\"no\"}"), PaymentsRespDto.class).get())
        .isEqualTo(new Envelope<PaymentsRespDto>("206024", "no", null));
    assertThat(codec.decodeEnvelopeList(b("{\"ret_code\":\"000000\",\"data\":[]}"), QueryTokenRespDto.class).get().data())
        .isEmpty();
    assertThat(new String(codec.encode(Envelope.success(null)), UTF_8))
        .isEqualTo("{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}");
  }

  @Test
  void appleMerchantSessionIsKeptVerbatim() {
    String json = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\",\"data\":{\"epochTimestamp\":1,\"signature\":\"ab\"}}";
    Envelope<ApplePaySessionRespDto> env = codec.decodeEnvelope(b(json), ApplePaySessionRespDto.class).get();
    assertThat(env.data().json()).isEqualTo("{\"epochTimestamp\":1,\"signature\":\"ab\"}");
    assertThat(new String(codec.encode(env), UTF_8)).isEqualTo(json);
  }

  @Test
  void appleMerchantSessionSentAsAJsonStringIsItsContentNotTheQuotedLiteral() {
    String json = "{\"ret_code\":\"000000\",\"data\":\"{\\\"epochTimestamp\\\":1}\"}";
    Envelope<ApplePaySessionRespDto> env = codec.decodeEnvelope(b(json), ApplePaySessionRespDto.class).get();
    assertThat(env.data().json()).isEqualTo("{\"epochTimestamp\":1}");
  }

  @Test
  void listsAreImmutableCopies() {
    List<GoodsReqDto> goods = new java.util.ArrayList<>();
    SessionCreateReqDto s = new SessionCreateReqDto(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, goods, null, null, null, null, null, null, null);
    goods.add(new GoodsReqDto(null, null, null, null, null, null, null, null, null, null));
    assertThat(s.goods()).isEmpty();
    assertThatThrownBy(() -> s.goods().add(null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void encodingAForeignTypeFailsWithoutQuotingIt() {
    assertThatThrownBy(() -> codec.encode(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
  }
}

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
  void enumeratedFieldsHoldTheWireTextAsSent() {
    // the spellings are the mapping's (Spellings, tested there); the codec keeps the text both ways
    assertThat(codec.decode("{\"payment_method\":\"googlepay\"}".getBytes(UTF_8), PaymentInfoReqDto.class).get()
        .paymentMethod()).isEqualTo("googlepay");
    assertThat(new String(codec.encode(new PaymentInfoReqDto("GOOGLE_PAY", null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null)), UTF_8))
        .isEqualTo("{\"payment_method\":\"GOOGLE_PAY\"}");
    assertThat(new String(codec.encode(new QueryTokenRespDto(null, null, null, "ACTIVATE")), UTF_8))
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

  /** Issue 10, item 15: an overlong encoding ({@code 54 C0 AF}, "T/") is refused by every decoder, not read as "T/". */
  @Test
  void item15_malformedUtf8IsATypedErrorEverywhereBytesAreDecoded() {
    byte[] overlong = {'{', '"', 't', 'r', 'a', 'n', 's', '_', 'i', 'd', '"', ':', '"', 0x54, (byte) 0xC0, (byte) 0xAF,
        '"', '}'};
    byte[] inEnvelope = concat("{\"ret_code\":\"000000\",\"data\":", overlong, "}");
    WireError invalid = new WireError.Malformed("invalid UTF-8", 0, 0);
    assertThat(codec.decode(overlong, PaymentsNotifyReqDto.class).getLeft()).isEqualTo(invalid);
    assertThat(codec.decode(overlong, RefundNotifyReqDto.class).getLeft()).isEqualTo(invalid);
    assertThat(codec.decode(overlong, PaymentsReqDto.class).getLeft()).isEqualTo(invalid);
    assertThat(codec.tree(overlong).getLeft()).isEqualTo(invalid);
    assertThat(codec.decodeEnvelope(inEnvelope, PaymentsRespDto.class).getLeft()).isEqualTo(invalid);
    assertThat(codec.decodeEnvelopeList(concat("{\"ret_code\":\"000000\",\"data\":[", overlong, "]}"),
        QueryTokenRespDto.class).getLeft()).isEqualTo(invalid);
    assertThat(codec.decodeApplePaySession(overlong).getLeft()).isEqualTo(invalid);
    // a lone surrogate (ED A0 80) and a truncated sequence too; well-formed multi-byte text still reads
    assertThat(codec.tree(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}).getLeft()).isEqualTo(invalid);
    assertThat(codec.tree(new byte[] {'"', (byte) 0xE2, (byte) 0x82, '"'}).getLeft()).isEqualTo(invalid);
    assertThat(codec.decode(b("{\"trans_id\":\"Té€中\"}"), PaymentsNotifyReqDto.class).get().transId())
        .isEqualTo("Té€中");
  }

  private static byte[] concat(String head, byte[] middle, String tail) {
    byte[] h = b(head);
    byte[] t = b(tail);
    byte[] all = new byte[h.length + middle.length + t.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(middle, 0, all, h.length, middle.length);
    System.arraycopy(t, 0, all, h.length + middle.length, t.length);
    return all;
  }

  /** Issue 10, item 16: an amount beyond int64 is a WireError naming {@code $.amount}, not "not JSON". */
  @Test
  void item16_anIntegerBeyondInt64IsAWrongTypeNamingItsPath() {
    WireError amount = new WireError.WrongType("$.amount", "integer within int64");
    assertThat(codec.decode(b("{\"amount\":9223372036854775808}"), PaymentsNotifyReqDto.class).getLeft())
        .isEqualTo(amount);
    assertThat(codec.decode(b("{\"amount\":\"9223372036854775808\"}"), RefundNotifyReqDto.class).getLeft())
        .isEqualTo(amount);
    assertThat(codec.decode(b("{\"amount\":-9223372036854775809}"), PaymentsCaptureReqDto.class).getLeft())
        .isEqualTo(amount);
    assertThat(codec.decodeEnvelope(b("{\"ret_code\":\"000000\",\"data\":{\"amount\":9223372036854775808}}"),
        PaymentsRespDto.class).getLeft()).isEqualTo(new WireError.WrongType("$.data.amount", "integer within int64"));
    assertThat(codec.decode(b("{\"amount\":9223372036854775807}"), PaymentsNotifyReqDto.class).get().amount())
        .isEqualTo(Long.MAX_VALUE);
  }

  /**
   * Breaker: beyond int64, or longer than any limit on numbers, in a field money does not need (a balance, a flag, a
   * field this version does not read), what PayKKa sends is still read; in a request it stays an error.
   */
  @Test
  void hugeNumbersOutsideTheFieldsMoneyNeedsAreAbsentInWhatPaykkaSends() {
    String huge = "9".repeat(2_000);
    String json = "{\"ret_code\":\"000000\",\"extra\":" + huge + ",\"data\":{\"order_id\":\"GW1\","
        + "\"amount\":1999,\"currency\":\"USD\",\"status\":\"SUCCESS\",\"new_field\":-" + huge + ","
        + "\"balances\":{\"authed_amount\":9223372036854775808,\"captured_amount\":\"99999999999999999999\"},"
        + "\"authentication_result\":{\"upgraded\":" + huge + "}}}";
    PaymentsRespDto d = codec.decodeEnvelope(b(json), PaymentsRespDto.class).get().data();
    assertThat(d.amount()).isEqualTo(1999L);
    assertThat(d.balances().authedAmount()).isNull();
    assertThat(d.balances().capturedAmount()).isNull();
    assertThat(codec.decode(b("{\"amount\":1,\"price\":" + huge + "}"), PaymentsCaptureReqDto.class).isLeft())
        .isTrue();
  }

  /** What PayKKa sends is read tolerantly: a field of the wrong type is absent; what the merchant sends is strict. */
  @Test
  void answersAndNotificationsReadAFieldOfTheWrongTypeAsAbsentRequestsDoNot() {
    String json = "{\"trans_id\":{\"a\":[1,{}]},\"order_id\":\"GW1\",\"amount\":12.5,\"currency\":[\"USD\"],"
        + "\"payment\":\"x\",\"card_info\":[1,[2]],\"balances\":\"\",\"authentication_result\":"
        + "{\"upgraded\":\"yes\",\"eci\":5},\"status\":\"SUCCESS\",\"timestamp\":\"soon\"}";
    PaymentsNotifyReqDto n = codec.decode(b(json), PaymentsNotifyReqDto.class).get();
    assertThat(n.transId()).isNull();
    assertThat(n.orderId()).isEqualTo("GW1");
    assertThat(n.amount()).isNull();
    assertThat(n.currency()).isNull();
    assertThat(n.payment()).isNull();
    assertThat(n.cardInfo()).isNull();
    assertThat(n.balances()).isNull();
    assertThat(n.authenticationResult().upgraded()).isNull();
    assertThat(n.authenticationResult().eci()).isEqualTo("5");
    assertThat(n.timestamp()).isNull();
    assertThat(n.status()).isEqualTo("SUCCESS");
    PaymentsQueryRespDto q = codec.decodeEnvelope(b("{\"ret_code\":\"000000\",\"data\":" + json + "}"),
        PaymentsQueryRespDto.class).get().data();
    assertThat(q.orderId()).isEqualTo("GW1");
    assertThat(q.transId()).isNull();
    assertThat(codec.decode(b("{\"payment\":\"x\"}"), PaymentsReqDto.class).getLeft())
        .isInstanceOf(WireError.WrongType.class);
  }

  /** Issue 10, item 23: the Apple Pay session answer as an envelope, a bare JSON string or a bare object. */
  @Test
  void item23_theApplePaySessionAnswerIsReadInEveryFormPayKkaDocuments() {
    String session = "{\"epochTimestamp\":1,\"merchantSessionIdentifier\":\"S1\",\"signature\":\"ab\"}";
    Envelope<ApplePaySessionRespDto> bareObject = codec.decodeApplePaySession(b(session)).get();
    assertThat(bareObject.isSuccess()).isTrue();
    assertThat(bareObject.data().json()).isEqualTo(session);
    String quoted = "\"" + session.replace("\"", "\\\"") + "\"";
    Envelope<ApplePaySessionRespDto> bareString = codec.decodeApplePaySession(b(quoted)).get();
    assertThat(bareString.isSuccess()).isTrue();
    assertThat(bareString.data().json()).isEqualTo(session);
    Envelope<ApplePaySessionRespDto> envelope =
        codec.decodeApplePaySession(b("{\"ret_code\":\"000000\",\"ret_msg\":\"Success\",\"data\":" + session + "}")).get();
    assertThat(envelope.data().json()).isEqualTo(session);
    Envelope<ApplePaySessionRespDto> refused =
        codec.decodeApplePaySession(b("{\"ret_code\":\"206003\",\"ret_msg\":\"signature error\"}")).get();
    assertThat(refused.isSuccess()).isFalse();
    assertThat(refused.data()).isNull();
    assertThat(codec.decodeApplePaySession(b("[1]")).getLeft()).isInstanceOf(WireError.class);
    assertThat(codec.decodeApplePaySession(b("{\"a\":")).getLeft()).isInstanceOf(WireError.Malformed.class);
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

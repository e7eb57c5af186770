package io.github.paykka.wire.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.wire.WireCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No toString of a message shows a card number, a CVV or another secret. */
class SecretsToStringTest {
  static final String CARD = "4242424242424242";
  static final String CVV = "837";

  static PaymentInfoReqDto payment() {
    return new PaymentInfoReqDto("BANKCARD", true, "SUBSCRIPTION", "shopper", "WALLETTOKENDATA",
        "TK1", CARD, "2031", "07", CVV, "ENCCARDNO", "ENCYEAR", "ENCMONTH", "ENCCVV", "lisa", "l@x.io",
        new TokenAuthenticationDto("CRYPTOGRAMVALUE", "CRYPTOGRAM_3DS", "07", true, true));
  }

  @Test
  void paymentInfoMasksEverySecret() {
    String s = payment().toString();
    assertThat(s).doesNotContain(CARD).doesNotContain(CVV).doesNotContain("2031")
        .doesNotContain("WALLETTOKENDATA").doesNotContain("ENC").doesNotContain("CRYPTOGRAMVALUE");
    assertThat(s).contains("424242***4242").contains("holderName=lisa");
  }

  @Test
  void enclosingMessagesMaskToo() {
    PaymentInfoReqDto p = payment();
    PaymentsReqDto req = new PaymentsReqDto("m", "PURCHASE", null, null, "t", 1L, "USD", 1L, null, null, p,
        null, List.of(), null, null, null, null, null, null, null);
    SessionCreateReqDto session = new SessionCreateReqDto(null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, p, null, null, null);
    for (Object o : List.of(req, session, p.tokenAuthentication())) {
      assertThat(o.toString()).doesNotContain(CARD).doesNotContain(CVV).doesNotContain("CRYPTOGRAMVALUE");
    }
    // the wire itself of course carries the card
    assertThat(new String(WireCodec.create().encode(req), StandardCharsets.UTF_8)).contains(CARD);
  }

  @Test
  void shortNumbersAreNotHalfShown() {
    PaymentInfoReqDto p = new PaymentInfoReqDto(null, null, null, null, null, null, "424242424242", null, null, null,
        null, null, null, null, null, null, null);
    assertThat(p.toString()).contains("cardNo=***").doesNotContain("4242");
  }
}

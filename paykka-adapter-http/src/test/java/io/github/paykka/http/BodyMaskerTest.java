package io.github.paykka.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies are masked by JSON field name, wherever the field is, whatever its value looks like. */
class BodyMaskerTest {
  private final BodyMasker masker = new BodyMasker();

  @Test
  void secretsAreMaskedByFieldNameAtAnyDepth() {
    String body = "{\"merchant_id\":\"M1\",\"payment\":{\"card_no\":\"4242424242424242\",\"cvv\":\"123\","
        + "\"encrypted_card_no\":\"adyenjs_0_1_abc\",\"token_data\":{\"version\":\"EC_v1\"},"
        + "\"token_authentication\":{\"cryptogram\":\"AgAAAAAABk4DWZ4C28yUQAAAAAA=\"}},"
        + "\"data\":{\"order_id\":\"GW1\",\"amount\":1000},\"goods\":[{\"name\":\"x\",\"price\":1}]}";

    String masked = masker.mask(body.getBytes(UTF_8));

    assertThat(masked).doesNotContain("4242424242424242", "\"123\"", "adyenjs", "EC_v1", "AgAAAA");
    assertThat(masked).contains("\"card_no\":\"***\"", "\"cvv\":\"***\"", "\"token_data\":\"***\"",
        "\"order_id\":\"GW1\"", "\"amount\":1000", "\"merchant_id\":\"M1\"", "\"name\":\"x\"");
  }

  @Test
  void aSecretAsANumberIsMaskedToo() {
    assertThat(masker.mask("{\"card_no\":4242424242424242}".getBytes(UTF_8))).isEqualTo("{\"card_no\":\"***\"}");
  }

  @Test
  void textThatIsNotJsonIsNeverShown() {
    assertThat(masker.mask("card 4242424242424242 cvv 123".getBytes(UTF_8))).isEqualTo("<29 bytes, not JSON>");
  }

  @Test
  void aCardNumberQuotedInFreeTextIsMasked() {
    String body = "{\"ret_code\":\"010000\",\"ret_msg\":\"bad card 4111 1111-1111 1111 for T1\",\"timestamp\":"
        + "1700000000000,\"trans_id\":\"20240101\"}";

    assertThat(masker.mask(body.getBytes(UTF_8))).isEqualTo("{\"ret_code\":\"010000\",\"ret_msg\":\"bad card *** for T1\","
        + "\"timestamp\":1700000000000,\"trans_id\":\"20240101\"}");
  }
}

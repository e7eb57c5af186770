package io.github.paykka.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies are masked by JSON field name, wherever the field is, whatever its value looks like. */
class SecretMaskingTest {

  @Test
  void secretsAreMaskedByFieldNameAtAnyDepth() {
    String body = "{\"merchant_id\":\"M1\",\"payment\":{\"card_no\":\"4242424242424242\",\"cvv\":\"123\","
        + "\"encrypted_card_no\":\"adyenjs_0_1_abc\",\"token_data\":{\"version\":\"EC_v1\"},"
        + "\"token_authentication\":{\"cryptogram\":\"AgAAAAAABk4DWZ4C28yUQAAAAAA=\"}},"
        + "\"data\":{\"order_id\":\"GW1\",\"amount\":1000},\"goods\":[{\"name\":\"x\",\"price\":1}]}";

    String masked = SecretMasking.forLog(body.getBytes(UTF_8));

    assertThat(masked).doesNotContain("4242424242424242", "\"123\"", "adyenjs", "EC_v1", "AgAAAA");
    assertThat(masked).contains("\"card_no\":\"***\"", "\"cvv\":\"***\"", "\"token_data\":\"***\"",
        "\"order_id\":\"GW1\"", "\"amount\":1000", "\"merchant_id\":\"M1\"", "\"name\":\"x\"");
  }

  @Test
  void aSecretAsANumberIsMaskedToo() {
    assertThat(SecretMasking.forLog("{\"card_no\":4242424242424242}".getBytes(UTF_8))).isEqualTo("{\"card_no\":\"***\"}");
  }

  @Test
  void textThatIsNotJsonIsNeverShown() {
    assertThat(SecretMasking.forLog("card 4242424242424242 cvv 123".getBytes(UTF_8))).isEqualTo("<29 bytes, not JSON>");
  }

  @Test
  void aCardNumberQuotedInFreeTextIsMasked() {
    String body = "{\"ret_code\":\"010000\",\"ret_msg\":\"bad card 4111 1111-1111 1111 for T1\",\"timestamp\":"
        + "1700000000000,\"trans_id\":\"20240101\"}";

    assertThat(SecretMasking.forLog(body.getBytes(UTF_8))).isEqualTo("{\"ret_code\":\"010000\",\"ret_msg\":\"bad card *** for T1\","
        + "\"timestamp\":1700000000000,\"trans_id\":\"20240101\"}");
  }

  @Test
  void xidsAndAuthenticationValuesAreSecretsToo() {
    String body = "{\"authentication_result\":{\"xid\":\"MDAwMDAwMDAwMDAwMDAwMzIyNzY=\","
        + "\"cavv\":\"AAABBEg0VhI0VniQEjRWAAAAAAA=\",\"authentication_value\":\"AJkBBkhgQQAAAE4gSEJydQAAAAA=\"}}";

    assertThat(SecretMasking.forLog(body.getBytes(UTF_8)))
        .isEqualTo("{\"authentication_result\":{\"xid\":\"***\",\"cavv\":\"***\",\"authentication_value\":\"***\"}}");
  }

  @Test
  void forDisplayOtherValuesStayReadableAndTextIsNotJson() {
    String body = "{\"order_id\":\"GW200395192979024625\",\"card_no\":\"4242424242424242\"}";

    assertThat(SecretMasking.json(body.getBytes(UTF_8)))
        .isEqualTo("{\"order_id\":\"GW200395192979024625\",\"card_no\":\"***\"}");
    assertThat(SecretMasking.json("oops 4242424242424242".getBytes(UTF_8))).isNull();
    assertThat(SecretMasking.json(new byte[0])).isNull();
    assertThat(SecretMasking.forLog(new byte[0])).isEmpty();
  }
}

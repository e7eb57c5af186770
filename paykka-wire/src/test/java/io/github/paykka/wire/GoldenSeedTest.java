package io.github.paykka.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.PaymentsCaptureReqDto;
import io.github.paykka.wire.message.PaymentsQueryReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsReqDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.PaymentsVoidReqDto;
import io.github.paykka.wire.message.QueryTokenReqDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.RecurringCancelReqDto;
import io.github.paykka.wire.message.SessionApplePayReqDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.github.paykka.wire.message.TokenRemoveReqDto;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every complete JSON example of the seeds parses, and the codec writes it back as an equivalent document.
 *
 * <p>Equivalence allows exactly the documented normalisation: integer fields given as numeric strings are written as
 * numbers. Payment method spellings are written back exactly as each seed spells them (issue 10 #19): {@code BANKCARD}
 * in {@code payment.payment_method}, {@code BankCard} in seed 003's method lists. The first recurring example (seed
 * 001) is the guide's, without its placeholder parts ({@code // ...}); its {@code "mit": false} is written back.
 */
class GoldenSeedTest {
  private static final Set<String> INTEGER_FIELDS =
      Set.of("amount", "price", "timestamp", "quantity", "past_transactions", "refund_amount");
  private static final Set<String> METHOD_FIELDS =
      Set.of("payment_method", "allowed_payment_methods", "blocked_payment_methods");

  private final WireCodec codec = WireCodec.create();

  static Stream<Arguments> fixtures() {
    return Stream.of(
        plain("000_token_remove_request.json", TokenRemoveReqDto.class),
        plain("000_initiate_request.json", PaymentsReqDto.class),
        plain("000_void_request.json", PaymentsVoidReqDto.class),
        plain("000_recurring_cancel_request.json", RecurringCancelReqDto.class),
        plain("000_query_request.json", PaymentsQueryReqDto.class),
        plain("000_capture_request.json", PaymentsCaptureReqDto.class),
        plain("000_apple_pay_session_request.json", SessionApplePayReqDto.class),
        plain("000_token_query_request.json", QueryTokenReqDto.class),
        envelope("000_initiate_response.json", PaymentsRespDto.class),
        envelope("000_query_response.json", PaymentsQueryRespDto.class),
        envelope("000_apple_pay_session_response.json", ApplePaySessionRespDto.class),
        envelope("000_simple_success_response.json", JsonNode.class),
        list("000_token_query_response.json", QueryTokenRespDto.class),
        plain("001_subsequent_recurring_request.json", PaymentsReqDto.class),
        plain("001_first_recurring_request.json", PaymentsReqDto.class),
        plain("003_session_create_request.json", SessionCreateReqDto.class),
        plain("003_session_create_response.json", SessionRespDto.class));
  }

  private static Arguments plain(String file, Class<?> type) {
    return Arguments.of(file, (Function<WireCodec, Object>) c -> c.decode(bytes(file), type).get());
  }

  private static Arguments envelope(String file, Class<?> type) {
    return Arguments.of(file, (Function<WireCodec, Object>) c -> c.decodeEnvelope(bytes(file), type).get());
  }

  private static Arguments list(String file, Class<?> type) {
    return Arguments.of(file, (Function<WireCodec, Object>) c -> c.decodeEnvelopeList(bytes(file), type).get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void seedExampleParsesAndIsWrittenBackEquivalently(String file, Function<WireCodec, Object> decode) {
    Object message = decode.apply(codec);
    JsonNode written = normalise(codec.tree(codec.encode(message)).get(), "");
    JsonNode expected = normalise(codec.tree(bytes(file)).get(), "");
    assertThat(written).isEqualTo(expected);
  }

  @Test
  void initiateRequestFieldsAreRead() {
    PaymentsReqDto req = codec.decode(bytes("000_initiate_request.json"), PaymentsReqDto.class).get();
    assertThat(req.amount()).isEqualTo(100L);
    assertThat(req.payment().paymentMethod()).isEqualTo("BANKCARD");
    assertThat(req.payment().cardNo()).isEqualTo("4242424242424242");
    assertThat(req.goods()).hasSize(1);
    assertThat(req.goods().get(0).price()).isEqualTo(170000L);
    assertThat(req.browser().javaEnabled()).isTrue();
    assertThat(req.shipping().addressLine1()).startsWith("16 Rue");
  }

  @Test
  void guideAmountAsStringIsReadAsNumber() {
    PaymentsReqDto req = codec.decode(bytes("001_subsequent_recurring_request.json"), PaymentsReqDto.class).get();
    assertThat(req.amount()).isEqualTo(800L);
    assertThat(req.mit()).isTrue();
  }

  @Test
  void responsesAreRead() {
    Envelope<PaymentsQueryRespDto> q =
        codec.decodeEnvelope(bytes("000_query_response.json"), PaymentsQueryRespDto.class).get();
    assertThat(q.isSuccess()).isTrue();
    assertThat(q.data().status()).isEqualTo("PROCESSING");
    assertThat(q.data().balances().ableToCaptureAmount()).isEqualTo(100L);
    assertThat(q.data().cardInfo().last4()).isEqualTo("4242");
    List<QueryTokenRespDto> tokens =
        codec.decodeEnvelopeList(bytes("000_token_query_response.json"), QueryTokenRespDto.class).get().data();
    assertThat(tokens).extracting(QueryTokenRespDto::tokenUsage)
        .containsExactly("SUBSCRIPTION", "CARD_ON_FILE");
    assertThat(tokens).extracting(QueryTokenRespDto::status).containsOnly("ACTIVATE");
    SessionCreateReqDto session =
        codec.decode(bytes("003_session_create_request.json"), SessionCreateReqDto.class).get();
    assertThat(session.allowedPaymentMethods()).containsExactly("BankCard");
    assertThat(session.authentication().exemption()).isEqualTo("NONE");
  }

  /** Seed 000's payment methods, normalised (upper case, no separators). */
  private static final java.util.Set<String> KNOWN_METHODS = java.util.Set.of("BANKCARD", "EFTPOS", "APPLEPAY",
      "GOOGLEPAY", "WECHATPAYGLOBAL", "ALIPAYPLUS", "SEPA", "BANCONTACT", "EPS", "IDEAL", "P24", "SOFORT");

  /** Applies the documented normalisations to a seed document. */
  private static JsonNode normalise(JsonNode node, String field) {
    if (node instanceof ObjectNode o) {
      ObjectNode copy = o.objectNode();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        copy.set(e.getKey(), normalise(e.getValue(), e.getKey()));
      }
      return copy;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode copy = a.arrayNode();
      a.forEach(n -> copy.add(normalise(n, field)));
      return copy;
    }
    if (node.isTextual() && INTEGER_FIELDS.contains(field) && node.asText().matches("-?\\d+")) {
      return LongNode.valueOf(Long.parseLong(node.asText()));
    }
    if (node.isNumber() && INTEGER_FIELDS.contains(field)) return LongNode.valueOf(node.asLong());
    if (node.isTextual() && METHOD_FIELDS.contains(field)) {
      // read as a known method, and kept as spelled: the codec must write it back the same
      // (the mapping's spelling table reads them: SpellingsTest)
      assertThat(node.asText().replaceAll("[_ .-]", "").toUpperCase(java.util.Locale.ROOT))
          .as("payment method %s", node.asText()).isIn(KNOWN_METHODS);
    }
    return node;
  }

  static byte[] bytes(String file) {
    try (InputStream in = GoldenSeedTest.class.getResourceAsStream("/seeds/" + file)) {
      if (in == null) throw new IllegalStateException("no fixture " + file);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

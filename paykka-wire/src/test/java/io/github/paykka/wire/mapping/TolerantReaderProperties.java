package io.github.paykka.wire.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tolerant reader's rule (issue 10, section 1), as laws over every JSON answer example of the seeds and the
 * notification bodies PAYKKA-FACTS.md describes: with arbitrary extra fields, arbitrary unknown values in every
 * enum-like field, and every informational field removed, {@code null} or garbled, a SUCCESS answer maps to a
 * SUCCESS order with the same ids and amount, and a notification body with valid ids, status and amount maps.
 *
 * <p>Required, and never damaged here: the identifiers, {@code status}, {@code amount}, {@code currency} (and a
 * notification's {@code notify_type} and {@code timestamp}, an answer's {@code ret_code}).
 */
class TolerantReaderProperties {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final WireCodec CODEC = WireCodec.create();
  private static final WireMapper MAPPER = WireMapper.create();

  /** The 3DS fields PayKKa publishes (PAYKKA-FACTS.md), with plausible values. */
  static ObjectNode authenticationResult() {
    ObjectNode a = JSON.objectNode();
    a.put("authentication_url", "https://3ds_path_url");
    a.put("enroll_status", "Y");
    a.put("authentication_status", "Y");
    a.put("version", "2.2.0");
    a.put("eci", "05");
    a.put("exemption", "LOW_VALUE");
    a.put("exemption_applied", false);
    a.put("mode", "CHALLENGE");
    a.put("upgraded", false);
    a.put("downgraded", false);
    a.put("upgrade_reason", "none");
    a.put("xid", "MDAwMDAwMDAwMDAwMDAwMzIyNzY=");
    a.put("cryptogram", "AAABBEg0VhI0VniQEjRWAAAAAAA=");
    return a;
  }

  /** A seed answer, with the optional fields seed 000 documents (its example values) added to {@code data}. */
  static ObjectNode enriched(String seed) {
    ObjectNode env = (ObjectNode) read(seed);
    ObjectNode d = (ObjectNode) env.get("data");
    d.put("error_code", "0000");
    d.put("error_description", "Success");
    d.put("pay_finish_time", "2023-11-24T11:34:37+0800");
    d.put("recurring_agreement_id", "RA37285619238472");
    d.put("token", "TK32896597324223532");
    d.put("session_id", "CS200395192979024625");
    d.set("authentication_result", authenticationResult());
    return env;
  }

  static final Set<String> PAYMENT_REQUIRED =
      Set.of("ret_code", "data.merchant_id", "data.order_id", "data.trans_id", "data.status", "data.amount",
          "data.currency");
  static final Set<String> PAYMENT_ENUMS = Set.of("data.authorisation_type", "data.capture_method",
      "data.payment.payment_method", "data.card_info.card_brand", "data.authentication_result.enroll_status",
      "data.authentication_result.authentication_status", "data.authentication_result.mode",
      "data.authentication_result.exemption", "data.authentication_result.version");

  record Answer(String seed, ObjectNode document) {
    @Override
    public String toString() {
      return seed + " " + document;
    }
  }

  @Provide
  Arbitrary<Answer> paymentAnswers() {
    return Arbitraries.oneOf(List.of(
        answers("000_initiate_response.json", (ObjectNode) read("000_initiate_response.json")),
        answers("000_query_response.json", (ObjectNode) read("000_query_response.json")),
        answers("000_initiate_response.json+documented", enriched("000_initiate_response.json")),
        answers("000_query_response.json+documented", enriched("000_query_response.json"))));
  }

  private static Arbitrary<Answer> answers(String name, ObjectNode seed) {
    ((ObjectNode) seed.get("data")).put("status", "SUCCESS");
    return JsonMutations.damage(seed, PAYMENT_REQUIRED, PAYMENT_ENUMS).map(f -> new Answer(name, f.apply(seed)));
  }

  @Property(tries = 500)
  void aSuccessPaymentAnswerAlwaysMapsToASuccessOrderWithTheSameIdsAndAmount(@ForAll("paymentAnswers") Answer a) {
    JsonNode data = a.document().get("data");
    byte[] bytes = CODEC.encode(a.document());
    Either<WireError, Envelope<PaymentsRespDto>> initiate = CODEC.decodeEnvelope(bytes, PaymentsRespDto.class);
    Either<WireError, Envelope<PaymentsQueryRespDto>> query = CODEC.decodeEnvelope(bytes, PaymentsQueryRespDto.class);
    assertThat(initiate.isRight() && initiate.get().data() != null).as("%s", initiate).isTrue();
    assertThat(query.isRight() && query.get().data() != null).as("%s", query).isTrue();
    for (Either<MappingError, PaymentResult> mapped :
        List.of(MAPPER.paymentResult(initiate.get().data()), MAPPER.paymentResult(query.get().data()))) {
      assertThat(mapped.isRight()).as("%s", mapped).isTrue();
      PaymentResult r = mapped.get();
      assertThat(r.order().status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(r.order().orderId().value()).isEqualTo(data.get("order_id").asText());
      assertThat(r.order().transId().value()).isEqualTo(data.get("trans_id").asText());
      assertThat(r.order().amount()).isEqualTo(money(data));
      // the order obeys the domain: what may be done with it is never negative, and it can be reconciled with itself
      assertThat(r.order().reconcile(r.order().observe()).isRight()).isTrue();
      assertThat(r.toString()).doesNotContain("AAABBEg0VhI0VniQEjRWAAAAAAA=");
    }
  }

  @Provide
  Arbitrary<Answer> unknownStatusAnswers() {
    ObjectNode seed = enriched("000_query_response.json");
    Arbitrary<String> unknown = JsonMutations.text().filter(t -> !t.isBlank()
        && Spellings.read(io.github.paykka.domain.order.OrderStatus.class, t).isEmpty());
    return unknown.flatMap(status -> {
      ObjectNode s = seed.deepCopy();
      ((ObjectNode) s.get("data")).put("status", status);
      return JsonMutations.damage(s, PAYMENT_REQUIRED, PAYMENT_ENUMS).map(f -> new Answer(status, f.apply(s)));
    });
  }

  @Property(tries = 200)
  void anUnknownStatusIsAlwaysSurfacedWithItsPrintableText(@ForAll("unknownStatusAnswers") Answer a) {
    byte[] bytes = CODEC.encode(a.document());
    Either<MappingError, PaymentResult> mapped =
        MAPPER.paymentResult(CODEC.decodeEnvelope(bytes, PaymentsQueryRespDto.class).get().data());
    assertThat(mapped.getLeft()).isInstanceOf(MappingError.UnknownStatus.class);
    MappingError.UnknownStatus u = (MappingError.UnknownStatus) mapped.getLeft();
    assertThat(u.field()).isEqualTo("$.status");
    assertThat(u.status()).hasSizeLessThanOrEqualTo(64).matches("[ -~]*");
  }

  static final Set<String> SESSION_REQUIRED = Set.of("ret_code", "data.merchant_id", "data.session_id",
      "data.trans_id", "data.status", "data.amount", "data.currency");
  static final Set<String> SESSION_ENUMS =
      Set.of("data.session_mode", "data.authorisation_type", "data.capture_method");

  @Provide
  Arbitrary<Answer> sessionAnswers() {
    ObjectNode env = JSON.objectNode();
    env.put("ret_code", "000000");
    env.put("ret_msg", "Success");
    env.set("data", read("003_session_create_response.json"));
    ((ObjectNode) env.get("data")).put("order_id", "GW205905000960982");
    Arbitrary<String> statuses = Arbitraries.oneOf(Arbitraries.of("PROCESSING", "PAYING"), JsonMutations.text()
        .filter(t -> !t.isBlank()));
    return statuses.flatMap(status -> {
      ObjectNode s = env.deepCopy();
      ((ObjectNode) s.get("data")).put("status", status);
      return JsonMutations.damage(s, SESSION_REQUIRED, SESSION_ENUMS).map(f -> new Answer(status, f.apply(s)));
    });
  }

  @Property(tries = 300)
  void aSessionAnswerAlwaysMapsWithTheSameIdsAndAmountAndAnUnknownStatusIsNeverCompleted(
      @ForAll("sessionAnswers") Answer a) {
    JsonNode data = a.document().get("data");
    byte[] bytes = CODEC.encode(a.document());
    for (Either<MappingError, CheckoutSession> mapped : List.of(
        MAPPER.checkoutSession(CODEC.decodeEnvelope(bytes, SessionRespDto.class).get().data()),
        MAPPER.checkoutSession(CODEC.decodeEnvelope(bytes, SessionQueryRespDto.class).get().data()))) {
      assertThat(mapped.isRight()).as("%s", mapped).isTrue();
      CheckoutSession s = mapped.get();
      assertThat(s.sessionId().value()).isEqualTo(data.get("session_id").asText());
      assertThat(s.transId().value()).isEqualTo(data.get("trans_id").asText());
      assertThat(s.amount()).isEqualTo(money(data));
      String status = a.seed().strip().toUpperCase(java.util.Locale.ROOT);
      if (!List.of("SUCCESS", "COMPLETED", "PAID").contains(status)) {
        assertThat(s.status()).isNotEqualTo(SessionStatus.COMPLETED);
      }
      if (s.unrecognisedStatus().isDefined()) assertThat(s.status()).isEqualTo(SessionStatus.OPEN);
    }
  }

  /** PayKKa's published refund response schema (PAYKKA-FACTS.md), and our assumed one with refund_amount. */
  static ObjectNode refundAnswer(boolean published) {
    ObjectNode d = JSON.objectNode();
    d.put("error_code", "0000");
    d.put("error_description", "Success");
    d.put("merchant_id", "18356675194960");
    d.put("refund_trans_id", "R174293243204402");
    d.put("refund_order_id", "RG205905000960982");
    d.put("status", "SUCCESS");
    if (published) {
      d.put("amount", 60);
    } else {
      d.put("refund_amount", 60);
      d.put("ori_order_id", "GW205905000960982");
      d.put("reason", "REQUESTED_BY_CUSTOMER");
    }
    d.put("currency", "EUR");
    ObjectNode env = JSON.objectNode();
    env.put("ret_code", "000000");
    env.put("ret_msg", "Success");
    env.set("data", d);
    return env;
  }

  @Provide
  Arbitrary<Answer> refundAnswers() {
    Set<String> published = Set.of("ret_code", "data.merchant_id", "data.refund_trans_id", "data.status",
        "data.amount", "data.currency");
    Set<String> ours = Set.of("ret_code", "data.merchant_id", "data.refund_trans_id", "data.status",
        "data.refund_amount", "data.currency");
    ObjectNode p = refundAnswer(true);
    ObjectNode o = refundAnswer(false);
    return Arbitraries.oneOf(
        JsonMutations.damage(p, published, Set.of()).map(f -> new Answer("published", f.apply(p))),
        JsonMutations.damage(o, ours, Set.of("data.reason")).map(f -> new Answer("ours", f.apply(o))));
  }

  @Property(tries = 300)
  void aSuccessRefundAnswerAlwaysMapsWithTheSameIdsAndAmount(@ForAll("refundAnswers") Answer a) {
    Either<MappingError, Refund> mapped =
        MAPPER.refund(CODEC.decodeEnvelope(CODEC.encode(a.document()), RefundRespDto.class).get().data());
    assertThat(mapped.isRight()).as("%s", mapped).isTrue();
    assertThat(mapped.get().status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(mapped.get().refundTransId().value()).isEqualTo("R174293243204402");
    assertThat(mapped.get().amount()).isEqualTo(Money.of(60, Currency.EUR));
  }

  /** A payment notification body with every field PAYKKA-FACTS.md lists, and the assumed balances. */
  static ObjectNode paymentNotification(String notifyType, String status) {
    ObjectNode n = JSON.objectNode();
    n.put("timestamp", 1745922570644L);
    n.put("notify_type", notifyType);
    n.put("error_code", "2099");
    n.put("error_description", "Invalid Card");
    n.put("merchant_id", "18356675194960");
    n.put("trans_id", "174293243204402");
    n.put("order_id", "GW205905000960982");
    n.put("status", status);
    n.put("amount", 100);
    n.put("currency", "EUR");
    n.put("pay_finish_time", "2023-11-24T11:34:37+0800");
    n.put("recurring_agreement_id", "RA37285619238472");
    n.put("token", "TK32896597324223532");
    n.put("shopper_reference", "f4911bc8b17106a08f2f7a89a9fc4d11");
    n.set("authentication_result", authenticationResult());
    n.put("session_id", "CS200395192979024625");
    n.put("expire_time", "2025-05-06T14:40:43+08:00");
    n.set("payment", JSON.objectNode().put("payment_method", "BANKCARD"));
    n.set("card_info", JSON.objectNode().put("bin", "424242").put("last4", "4242").put("card_brand", "VISA"));
    n.set("balances", JSON.objectNode().put("authed_amount", 100).put("captured_amount", 100)
        .put("able_to_capture_amount", 0).put("voided_amount", 0).put("able_to_void_amount", 0)
        .put("refunded_amount", 0).put("able_to_refund_amount", 100));
    return n;
  }

  static final Set<String> NOTIFICATION_REQUIRED = Set.of("timestamp", "notify_type", "merchant_id", "trans_id",
      "order_id", "status", "amount", "currency");

  record Body(String type, String status, ObjectNode document) {
    @Override
    public String toString() {
      return document.toString();
    }
  }

  @Provide
  Arbitrary<Body> paymentNotifications() {
    Arbitrary<String> types = Arbitraries.of("PAYMENT.AUTHORIZATION", "PAYMENT.SUCCESS", "PAYMENT.FAILURE",
        "PAYMENT.CANCELED");
    Arbitrary<String> statuses = Arbitraries.of(io.github.paykka.domain.order.OrderStatus.values())
        .map(Spellings::write);
    Set<String> enums = Set.of("payment.payment_method", "card_info.card_brand", "authentication_result.mode",
        "authentication_result.enroll_status", "authentication_result.authentication_status");
    return net.jqwik.api.Combinators.combine(types, statuses).flatAs((type, status) -> {
      ObjectNode n = paymentNotification(type, status);
      return JsonMutations.damage(n, NOTIFICATION_REQUIRED, enums).map(f -> new Body(type, status, f.apply(n)));
    });
  }

  @Property(tries = 500)
  void aPaymentNotificationWithValidIdsStatusAndAmountAlwaysMaps(@ForAll("paymentNotifications") Body b) {
    Either<WireError, PaymentsNotifyReqDto> decoded = CODEC.decode(CODEC.encode(b.document()), PaymentsNotifyReqDto.class);
    assertThat(decoded.isRight()).as("%s", decoded).isTrue();
    Either<MappingError, PaymentNotification> mapped = MAPPER.paymentNotification(decoded.get());
    assertThat(mapped.isRight()).as("%s", mapped).isTrue();
    PaymentNotification n = mapped.get();
    assertThat(n.type().wireName()).isEqualTo(b.type());
    assertThat(n.status().name()).isEqualTo(b.status());
    assertThat(n.orderId().value()).isEqualTo("GW205905000960982");
    assertThat(n.transId().value()).isEqualTo("174293243204402");
    assertThat(n.amount()).isEqualTo(Money.of(100, Currency.EUR));
    assertThat(n.observation().orderId()).isEqualTo(n.orderId());
    assertThat(n.toString()).doesNotContain("AAABBEg0VhI0VniQEjRWAAAAAAA=").doesNotContain("MDAwMDAwMDAwMDAwMDAwMzIyNzY=");
  }

  /** A refund notification body as PAYKKA-FACTS.md lists it; the original order in order_id (v1.0) or ori_order_id. */
  static ObjectNode refundNotification(String notifyType, String status, String originalField) {
    ObjectNode n = JSON.objectNode();
    n.put("timestamp", 1745922570644L);
    n.put("notify_type", notifyType);
    n.put("merchant_id", "18356675194960");
    n.put("trans_id", "R174293243204402");
    n.put(originalField, "GW205905000960982");
    n.put("refund_order_id", "RG205905000960982");
    n.put("status", status);
    n.put("amount", 60);
    n.put("currency", "EUR");
    n.put("error_code", "1006");
    n.put("error_description", "refund not allowed");
    return n;
  }

  @Provide
  Arbitrary<Body> refundNotifications() {
    Arbitrary<String> types = Arbitraries.of("REFUND.SUCCESS", "REFUND.FAILURE");
    Arbitrary<String> statuses = Arbitraries.of("REVIEWING", "PROCESSING", "SUCCESS", "FAILURE");
    return net.jqwik.api.Combinators.combine(types, statuses, Arbitraries.of("order_id", "ori_order_id"))
        .flatAs((type, status, original) -> {
          ObjectNode n = refundNotification(type, status, original);
          Set<String> required = Set.of("timestamp", "notify_type", "merchant_id", "trans_id", original, "status",
              "amount", "currency");
          return JsonMutations.damage(n, required, Set.of()).map(f -> new Body(type, status, f.apply(n)));
        });
  }

  @Property(tries = 300)
  void aRefundNotificationWithValidIdsStatusAndAmountAlwaysMaps(@ForAll("refundNotifications") Body b) {
    Either<MappingError, RefundNotification> mapped = MAPPER.refundNotification(
        CODEC.decode(CODEC.encode(b.document()), RefundNotifyReqDto.class).get());
    assertThat(mapped.isRight()).as("%s", mapped).isTrue();
    assertThat(mapped.get().status().name()).isEqualTo(b.status());
    assertThat(mapped.get().refundTransId().value()).isEqualTo("R174293243204402");
    assertThat(mapped.get().originalOrderId().value()).isEqualTo("GW205905000960982");
    assertThat(mapped.get().amount()).isEqualTo(Money.of(60, Currency.EUR));
  }

  @Provide
  Arbitrary<ObjectNode> tokenAnswers() {
    ObjectNode seed = (ObjectNode) read("000_token_query_response.json");
    Arbitrary<java.util.function.UnaryOperator<ObjectNode>> envelope =
        JsonMutations.damage(seed, Set.of("ret_code", "data"), Set.of());
    // per item only the token is required; method, usage and status are enum-like (review of issue 10)
    Set<String> enums = Set.of("payment_method", "token_usage", "status");
    ObjectNode first = (ObjectNode) seed.get("data").get(0);
    ObjectNode second = (ObjectNode) seed.get("data").get(1);
    return net.jqwik.api.Combinators.combine(envelope, JsonMutations.damage(first, Set.of("token"), enums),
        JsonMutations.damage(second, Set.of("token"), enums)).as((e, f0, f1) -> {
          ObjectNode d = e.apply(seed);
          var items = (com.fasterxml.jackson.databind.node.ArrayNode) d.get("data");
          items.set(0, f0.apply(first));
          items.set(1, f1.apply(second));
          return d;
        });
  }

  /**
   * Seed 000's token list, with extra fields, and each item's method, usage and status removed, garbled or unknown:
   * the same two tokens, usable only when PayKKa's status still says ACTIVATE, an unknown text kept printable.
   */
  @Property(tries = 300)
  void aTokenListAnswerAlwaysMapsToTheSameTokens(@ForAll("tokenAnswers") ObjectNode answer) {
    var items = CODEC.decodeEnvelopeList(CODEC.encode(answer), io.github.paykka.wire.message.QueryTokenRespDto.class)
        .get().data();
    var mapped = MAPPER.storedTokens(items, io.github.paykka.domain.id.ShopperReference.of("S1"));
    assertThat(mapped.isRight()).as("%s", mapped).isTrue();
    var tokens = mapped.get();
    assertThat(tokens).extracting(t -> t.token().value()).containsExactly("TK206139xxx264751", "TK206139xxx264752");
    for (int i = 0; i < 2; i++) {
      JsonNode status = answer.get("data").get(i).get("status");
      boolean saysActive = status != null && status.isTextual() && Spellings.read(
          io.github.paykka.domain.token.TokenStatus.class, status.textValue())
          .contains(io.github.paykka.domain.token.TokenStatus.ACTIVATE);
      assertThat(tokens.get(i).isUsable()).as("%s", status).isEqualTo(saysActive);
      for (var text : List.of(tokens.get(i).unrecognisedStatus(), tokens.get(i).unrecognisedUsage())) {
        text.forEach(t -> assertThat(t).hasSizeLessThanOrEqualTo(64).matches("[ -~]+"));
      }
    }
  }

  /** Seed 000's answers without data (Apple Pay session, simple success), damaged: still a success envelope. */
  @Property(tries = 200)
  void anAnswerWithoutDataStaysASuccess(@ForAll("bareAnswers") ObjectNode answer) {
    byte[] bytes = CODEC.encode(answer);
    assertThat(CODEC.decodeEnvelope(bytes, JsonNode.class).get().isSuccess()).isTrue();
    assertThat(CODEC.decodeApplePaySession(bytes).get().isSuccess()).isTrue();
  }

  @Provide
  Arbitrary<ObjectNode> bareAnswers() {
    ObjectNode apple = (ObjectNode) read("000_apple_pay_session_response.json");
    ObjectNode simple = (ObjectNode) read("000_simple_success_response.json");
    return Arbitraries.oneOf(JsonMutations.damage(apple, Set.of("ret_code"), Set.of()).map(f -> f.apply(apple)),
        JsonMutations.damage(simple, Set.of("ret_code"), Set.of()).map(f -> f.apply(simple)));
  }

  private static Money money(JsonNode data) {
    return Money.of(data.get("amount").asLong(), Currency.parse(data.get("currency").asText()).get());
  }

  static JsonNode read(String seed) {
    try (InputStream in = TolerantReaderProperties.class.getResourceAsStream("/seeds/" + seed)) {
      return CODEC.tree(in.readAllBytes()).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

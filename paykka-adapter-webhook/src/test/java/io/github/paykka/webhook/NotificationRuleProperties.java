package io.github.paykka.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.webhook.TestPlatform.Delivery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Issue 10's rule for notifications, as a law: for each notification example of PAYKKA-FACTS.md (payment and refund
 * types, v1.0 and v1.2 shapes, a type this version does not know), with arbitrary extra fields, unknown values in
 * every enum-like field, informational fields removed or garbled, any {@code notify_type}, and the {@code timestamp}
 * in milliseconds, seconds, as a string or absent, a validly signed notification always gets 200 and reaches the
 * listener or {@code onUnknown} exactly once, unless it is about another merchant (401, and nobody sees it).
 */
class NotificationRuleProperties {
  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String NOW = Long.toString(TestPlatform.now());

  /** What money safety needs, and what every notification carries: never removed or garbled here. */
  static final Set<String> REQUIRED = Set.of("merchant_id", "timestamp", "notify_type", "trans_id", "order_id",
      "ori_order_id", "refund_order_id", "status", "amount", "currency");

  /** The examples, as PAYKKA-FACTS.md lists their fields; the card data is the public test card's. */
  static final List<String> EXAMPLES = List.of(
      // PAYMENT.SUCCESS with every field PAYKKA-FACTS.md names, later versions' included
      "{\"timestamp\":" + NOW + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"merchant_id\":\"" + TestPlatform.MERCHANT
          + "\",\"trans_id\":\"m1721xxx938999\",\"order_id\":\"GW200395192979024625\",\"status\":\"SUCCESS\","
          + "\"amount\":300,\"currency\":\"USD\",\"pay_finish_time\":\"2023-11-24T11:34:37+0800\","
          + "\"recurring_agreement_id\":\"RA4264524535435435\",\"token\":\"TK20231435132143229\","
          + "\"shopper_reference\":\"myuserid001\",\"authentication_result\":{\"authentication_url\":"
          + "\"https://3ds_path_url\",\"enroll_status\":\"Y\",\"authentication_status\":\"Y\",\"version\":\"2.2.0\","
          + "\"eci\":\"05\",\"cryptogram\":\"ALbOGff2RLbTADtP3BuIAoABFA==\",\"xid\":\"MDAwMDAwMDAwMDAwMDAwMDAwMDE=\"},"
          + "\"session_id\":\"CS20231124000001\",\"expire_time\":\"2023-11-24T12:34:37+08:00\","
          + "\"payment\":{\"payment_method\":\"BANKCARD\"},\"card_info\":{\"bin\":\"424242\",\"last4\":\"4242\","
          + "\"card_brand\":\"VISA\"},\"balances\":{\"authed_amount\":300,\"captured_amount\":300,"
          + "\"able_to_capture_amount\":0,\"voided_amount\":0,\"able_to_void_amount\":0,\"refunded_amount\":0,"
          + "\"able_to_refund_amount\":300}}",
      // a decline, as seed 000's example error
      "{\"timestamp\":" + NOW + ",\"notify_type\":\"PAYMENT.FAILURE\",\"error_code\":\"2099\","
          + "\"error_description\":\"Invalid Card\",\"merchant_id\":\"" + TestPlatform.MERCHANT + "\","
          + "\"trans_id\":\"m3246749195217\",\"order_id\":\"GW200395192979024626\",\"status\":\"FAILURE\","
          + "\"amount\":\"800\",\"currency\":\"HKD\",\"payment\":{\"payment_method\":\"APPLE_PAY\"}}",
      // an authorisation, the smallest payment form
      "{\"timestamp\":" + NOW + ",\"notify_type\":\"PAYMENT.AUTHORIZATION\",\"merchant_id\":\""
          + TestPlatform.MERCHANT + "\",\"trans_id\":\"T1\",\"order_id\":\"GW1\",\"status\":\"AUTHORIZED\","
          + "\"amount\":1999,\"currency\":\"JPY\"}",
      "{\"timestamp\":" + NOW + ",\"notify_type\":\"PAYMENT.CANCELED\",\"merchant_id\":\"" + TestPlatform.MERCHANT
          + "\",\"trans_id\":\"T2\",\"order_id\":\"GW2\",\"status\":\"CANCELED\",\"amount\":1,\"currency\":\"EUR\"}",
      // a refund as v1.2 is assumed to send it (trans_id is the merchant's refund number)
      "{\"timestamp\":" + NOW + ",\"notify_type\":\"REFUND.SUCCESS\",\"merchant_id\":\"" + TestPlatform.MERCHANT
          + "\",\"trans_id\":\"R0001\",\"order_id\":\"GW1\",\"ori_order_id\":\"GW1\",\"refund_order_id\":\"RG1\","
          + "\"status\":\"SUCCESS\",\"amount\":700,\"currency\":\"USD\"}",
      // a refund in v1.0's shape: no ori_order_id
      "{\"timestamp\":" + NOW + ",\"notify_type\":\"REFUND.FAILURE\",\"merchant_id\":\"" + TestPlatform.MERCHANT
          + "\",\"trans_id\":\"R0002\",\"refund_order_id\":\"RG2\",\"order_id\":\"GW1\",\"status\":\"FAILURE\","
          + "\"amount\":700,\"currency\":\"USD\",\"error_code\":\"1006\",\"error_description\":\"refund not allowed\"}",
      // a type this version does not know, of another shape (issue 10, item 5)
      "{\"timestamp\":" + NOW + ",\"notify_type\":\"DISPUTE.CREATED\",\"merchant_id\":\"" + TestPlatform.MERCHANT
          + "\",\"dispute_id\":\"DP1\",\"amount\":{\"value\":1999,\"currency\":\"USD\"},\"payment\":\"GW1\"}");

  /** Fields whose values come from an enumeration (or a closed set), at any depth: given unknown values here. */
  static final List<String> ENUM_LIKE = List.of("notify_type", "status", "currency", "payment.payment_method",
      "card_info.card_brand", "authentication_result.enroll_status", "authentication_result.authentication_status",
      "authentication_result.version", "authentication_result.eci", "error_code");

  record Input(String example, List<UnaryOperator<ObjectNode>> mutations, Timestamp timestamp, boolean ours) {
    @Override
    public String toString() {
      return "Input[" + example + ", " + mutations.size() + " mutations, " + timestamp + ", ours=" + ours + "]";
    }
  }

  enum Timestamp { MILLIS, SECONDS, MILLIS_AS_STRING, SECONDS_AS_STRING, ABSENT }

  final List<Notification> heard = new CopyOnWriteArrayList<>();
  final List<UnknownNotification> unknown = new CopyOnWriteArrayList<>();

  @Property(tries = 400)
  // the coverage of outcomes is asserted below; the statistics are printed only when the property fails
  @StatisticsReport(onFailureOnly = true)
  void aValidlySignedNotificationIsAcknowledgedAndSeenUnlessItIsAnotherMerchants(@ForAll("inputs") Input input)
      throws JsonProcessingException {
    ObjectNode body = (ObjectNode) JSON.readTree(input.example());
    for (UnaryOperator<ObjectNode> m : input.mutations()) body = m.apply(body);
    String merchant = input.ours() ? TestPlatform.MERCHANT : "M99";
    body.put("merchant_id", merchant);
    String timestampText = timestamp(body, input.timestamp());
    Delivery d = TestPlatform.signedAs(JSON.writeValueAsBytes(body), merchant, timestampText);
    heard.clear();
    unknown.clear();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder().platformPublicKey(TestPlatform.KEY.getPublic())
        .merchantId(MerchantId.of(TestPlatform.MERCHANT)).clock(TestPlatform.CLOCK).listener(heard::add)
        .onUnknown(unknown::add).build();

    WebhookResponse response = handler.handle("POST", d.headers(), d.body());

    Statistics.label("outcome").collect(response.outcome() instanceof WebhookOutcome.Unknown u
        ? "Unknown " + u.notification().reason() : response.outcome().getClass().getSimpleName());
    Statistics.label("outcome").coverage(c -> {
      c.check("Processed").count(n -> n >= 20);
      c.check("Unknown UNKNOWN_TYPE").count(n -> n >= 20);
      c.check("Unknown UNKNOWN_STATUS").count(n -> n >= 10);
      c.check("Unauthentic").count(n -> n >= 10);
    });
    if (input.ours()) {
      assertThat(response.status()).as(response.outcome().describe()).isEqualTo(200);
      assertThat(heard.size() + unknown.size()).isEqualTo(1);
      for (UnknownNotification u : unknown) assertThat(u.body()).isEqualTo(d.body());
    } else {
      assertThat(response.status()).isEqualTo(401);
      assertThat(heard).isEmpty();
      assertThat(unknown).isEmpty();
    }
  }

  /** Rewrites the timestamp member in the form asked for; answers its text as signed. */
  static String timestamp(ObjectNode body, Timestamp form) {
    long millis = TestPlatform.now();
    String seconds = Long.toString(millis / 1000);
    body.remove("timestamp");
    switch (form) {
      case MILLIS -> body.put("timestamp", millis);
      case SECONDS -> body.put("timestamp", millis / 1000);
      case MILLIS_AS_STRING -> body.put("timestamp", Long.toString(millis));
      case SECONDS_AS_STRING -> body.put("timestamp", seconds);
      case ABSENT -> {
        return "";
      }
    }
    return body.get("timestamp").asText();
  }

  @Provide
  Arbitrary<Input> inputs() {
    Arbitrary<UnaryOperator<ObjectNode>> mutation = Arbitraries.frequencyOf(Tuple.of(3, extraField()),
        Tuple.of(3, unknownEnumValue()), Tuple.of(1, unknownStatus()), Tuple.of(3, informationalRemovedOrGarbled()),
        Tuple.of(1, anyNotifyType()));
    return Combinators.combine(Arbitraries.of(EXAMPLES), mutation.list().ofMaxSize(6),
            Arbitraries.of(Timestamp.class), Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)))
        .as(Input::new);
  }

  /** Any JSON value, nested a little. */
  static Arbitrary<JsonNode> anyValue() {
    Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.doubles().map(NODES::numberNode),
        Arbitraries.of(NODES.booleanNode(true), NODES.nullNode(), NODES.textNode(""),
            NODES.textNode("4242424242424242")));
    return Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(l -> {
      var array = NODES.arrayNode();
      l.forEach(array::add);
      return array;
    }), Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), scalar).as((k, v) -> {
      ObjectNode o = NODES.objectNode();
      o.set(k, v);
      return o;
    }));
  }

  static Arbitrary<UnaryOperator<ObjectNode>> extraField() {
    return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1)
        .ofMaxLength(12), anyValue()).as((name, value) -> body -> {
          // a field the example does not have (replacing one is what the other mutations do)
          if (!body.has(name)) body.set(name, value);
          return body;
        });
  }

  static Arbitrary<UnaryOperator<ObjectNode>> unknownEnumValue() {
    return Combinators.combine(Arbitraries.of(ENUM_LIKE),
        Arbitraries.strings().withCharRange('A', 'Z').withChars('_', '.').ofMinLength(1).ofMaxLength(16))
        .as((path, value) -> body -> {
          ObjectNode parent = body;
          String[] parts = path.split("\\.");
          for (int i = 0; i < parts.length - 1; i++) {
            if (!(parent.get(parts[i]) instanceof ObjectNode child)) return body;
            parent = child;
          }
          if (parent.has(parts[parts.length - 1])) parent.put(parts[parts.length - 1], "X_" + value);
          return body;
        });
  }

  static Arbitrary<UnaryOperator<ObjectNode>> unknownStatus() {
    return Arbitraries.of("PENDING_REVIEW", "CLOSED", "PAYING", "success", "", "4242424242424242")
        .map(status -> body -> body.put("status", status));
  }

  static Arbitrary<UnaryOperator<ObjectNode>> informationalRemovedOrGarbled() {
    return Combinators.combine(Arbitraries.integers().between(0, 100), anyValue(), Arbitraries.of(true, false))
        .as((index, value, remove) -> body -> {
          List<String> informational = new ArrayList<>();
          body.fieldNames().forEachRemaining(n -> {
            if (!REQUIRED.contains(n)) informational.add(n);
          });
          if (informational.isEmpty()) return body;
          String name = informational.get(index % informational.size());
          if (remove) {
            body.remove(name);
          } else {
            body.set(name, value);
          }
          return body;
        });
  }

  static Arbitrary<UnaryOperator<ObjectNode>> anyNotifyType() {
    return Arbitraries.oneOf(
        Arbitraries.of("PAYMENT.AUTHORIZATION", "PAYMENT.SUCCESS", "PAYMENT.FAILURE", "PAYMENT.CANCELED",
            "REFUND.SUCCESS", "REFUND.FAILURE", "payment_success", "DISPUTE.CREATED", "PAYOUT.PAID", "")
            .map(t -> body -> body.put("notify_type", t)),
        anyValue().map(v -> body -> {
          body.set("notify_type", v);
          return body;
        }),
        Arbitraries.just(body -> {
          body.remove("notify_type");
          return body;
        }));
  }
}

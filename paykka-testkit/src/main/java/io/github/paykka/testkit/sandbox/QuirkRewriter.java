package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Applies {@link Quirks} to what the sandbox writes, as a transformation of the JSON tree just before it is signed:
 * the engine and the mapper write as always, and this turns their bytes into what the real PayKKa may send. Stateless;
 * every value it writes is fixed, so runs are reproducible.
 */
final class QuirkRewriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The enum-like fields of PayKKa's objects and a value no document names for each ({@link Quirk#UNKNOWN_VALUES}). */
  private static final Map<String, String> UNKNOWN_VALUES = Map.of(
      "payment_method", "PayPal",
      "card_brand", "RUPAY",
      "capture_method", "DELAYED",
      "authorisation_type", "PRE_AUTH",
      "token_usage", "INSTALMENT",
      "session_mode", "EMBEDDED",
      "reason", "CHARGEBACK");

  /** The enum-like fields of the 3DS result ({@code authentication_result}). */
  private static final Map<String, String> UNKNOWN_3DS_VALUES = Map.of(
      "enroll_status", "B",
      "authentication_status", "X",
      "mode", "DECOUPLED",
      "exemption", "DELEGATED_AUTHENTICATION",
      "version", "9.9.0");

  /** The fields of PayKKa's published refund response schema (PAYKKA-FACTS.md). */
  private static final Set<String> PUBLISHED_REFUND_FIELDS = Set.of("error_code", "error_description", "merchant_id",
      "refund_trans_id", "refund_order_id", "status", "amount", "currency");

  /** The form the library writes times in, and the one {@link Quirk#TIME_FORMS} writes them in instead. */
  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");
  private static final DateTimeFormatter OTHER_FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");
  private static final ZoneOffset OTHER_OFFSET = ZoneOffset.ofHours(8);

  private final WireCodec codec;

  QuirkRewriter(WireCodec codec) {
    this.codec = codec;
  }


  /**
   * The body of an API answer: {@code envelope} as the codec writes it, with {@code quirks} applied.
   *
   * @return the bytes to sign and send
   */
  byte[] answer(Quirks quirks, Envelope<?> envelope) {
    byte[] plain = codec.encode(envelope);
    if (quirks.isEmpty()) return plain;
    ObjectNode root = (ObjectNode) codec.tree(plain).get();
    Object data = envelope.data();
    JsonNode tree = root.get("data");
    // Apple's merchant session is Apple's object: PayKKa passes it on as it is
    boolean paykkasData = tree != null && !(data instanceof ApplePaySessionRespDto);
    if (quirks.has(Quirk.FOUR_DIGIT_RET_CODES) && !envelope.isSuccess()) {
      // the transaction code the catalog names as the same refusal, where there is one
      ErrorCatalog.standard().fourDigitTwin(envelope.retCode()).forEach(code -> root.put("ret_code", code));
    }
    if (quirks.has(Quirk.PUBLISHED_REFUND_SCHEMA) && data instanceof RefundRespDto && tree instanceof ObjectNode o) {
      o.retain(PUBLISHED_REFUND_FIELDS);
    }
    if (quirks.has(Quirk.UNKNOWN_STATUS) && paykkasData) {
      String status = data instanceof RefundRespDto ? "CLOSED"
          : data instanceof SessionRespDto || data instanceof SessionQueryRespDto ? "PAYING"
          : data instanceof List ? "SUSPENDED" : "PENDING_REVIEW";
      if (tree instanceof ArrayNode items) {
        items.forEach(item -> replaceStatus(item, status));
      } else {
        replaceStatus(tree, status);
      }
    }
    if (quirks.has(Quirk.UNKNOWN_VALUES) && paykkasData) unknownValues(tree);
    if (quirks.has(Quirk.TIME_FORMS) && paykkasData) otherTimeForms(tree);
    if (quirks.has(Quirk.EXTRA_FIELDS)) {
      if (paykkasData) extraFields(tree);
      addExtras(root);
    }
    return codec.encode(root);
  }

  /**
   * A notification's body and the text of its {@code timestamp} (empty when it has none), with {@code quirks}
   * applied.
   *
   * @param timestamp the notification's timestamp in epoch milliseconds, as the body holds it
   */
  Notification notification(Quirks quirks, byte[] body, long timestamp) {
    if (quirks.isEmpty()) return new Notification(body, Long.toString(timestamp));
    ObjectNode root = (ObjectNode) codec.tree(body).get();
    boolean refund = root.path("notify_type").asText("").startsWith("REFUND.");
    if (quirks.has(Quirk.PUBLISHED_REFUND_SCHEMA) && refund) root.remove("ori_order_id");
    if (quirks.has(Quirk.UNKNOWN_STATUS)) replaceStatus(root, refund ? "CLOSED" : "PENDING_REVIEW");
    if (quirks.has(Quirk.UNKNOWN_VALUES)) unknownValues(root);
    if (quirks.has(Quirk.TIME_FORMS)) otherTimeForms(root);
    if (quirks.has(Quirk.EXTRA_FIELDS)) extraFields(root);
    String text = Long.toString(timestamp);
    if (quirks.has(Quirk.NO_TIMESTAMP)) {
      root.remove("timestamp");
      text = "";
    } else if (quirks.has(Quirk.SECONDS_TIMESTAMPS)) {
      // replaced where it stands: the field keeps its place in the body
      root.put("timestamp", timestamp / 1000);
      text = Long.toString(timestamp / 1000);
    }
    return new Notification(codec.encode(root), text);
  }

  /** A notification body to sign and the exact text of its {@code timestamp} ({@code ""} without one). */
  record Notification(byte[] body, String timestampText) {
    @Override
    public String toString() {
      return "Notification[" + new String(body, UTF_8) + ", timestamp=" + timestampText + "]";
    }
  }

  private static void replaceStatus(@Nullable JsonNode node, String status) {
    if (node instanceof ObjectNode o && o.has("status")) o.put("status", status);
  }

  /** Every enum-like field in {@code node} and below, each a value no document names. */
  private static void unknownValues(@Nullable JsonNode node) {
    eachTextField(node, false, (o, name, value, in3ds) -> {
      String unknown = (in3ds ? UNKNOWN_3DS_VALUES : UNKNOWN_VALUES).get(name);
      if (unknown != null) o.put(name, unknown);
    });
  }

  /** Every time ({@code *_time}) in {@code node} and below that is in the written form, in the other form. */
  private static void otherTimeForms(@Nullable JsonNode node) {
    eachTextField(node, false, (o, name, value, in3ds) -> {
      if (!name.endsWith("_time")) return;
      try {
        OffsetDateTime t = OffsetDateTime.parse(value.textValue(), WRITTEN);
        o.put(name, OTHER_FORM.format(t.withOffsetSameInstant(OTHER_OFFSET)));
      } catch (DateTimeParseException notWrittenByUs) {
        // left as it is
      }
    });
  }

  /** A rewrite of one text field of an object; {@code in3ds}: the object is an {@code authentication_result}. */
  private interface TextFieldRewrite {
    void rewrite(ObjectNode object, String name, JsonNode value, boolean in3ds);
  }

  /** Hands every text field in {@code node} and below to {@code rewrite}, the one walk both rewrites share. */
  private static void eachTextField(@Nullable JsonNode node, boolean in3ds, TextFieldRewrite rewrite) {
    if (node instanceof ArrayNode a) {
      a.forEach(item -> eachTextField(item, in3ds, rewrite));
      return;
    }
    if (!(node instanceof ObjectNode o)) return;
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = o.get(name);
      if (value.isTextual()) {
        rewrite.rewrite(o, name, value, in3ds);
      } else if (value.isContainerNode()) {
        eachTextField(value, "authentication_result".equals(name), rewrite);
      }
    }
  }

  /** Extra fields in every object of {@code node}, itself included. */
  private static void extraFields(@Nullable JsonNode node) {
    if (node instanceof ArrayNode a) {
      a.forEach(QuirkRewriter::extraFields);
      return;
    }
    if (!(node instanceof ObjectNode o)) return;
    for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) extraFields(it.next());
    addExtras(o);
  }

  /** Fields no PayKKa document names, of every JSON type, where no field of that name is. */
  private static void addExtras(ObjectNode o) {
    putIfAbsent(o, "network_transaction_id", JSON.textNode("NTX0000000000000001"));
    putIfAbsent(o, "risk_score", JSON.numberNode(17.5));
    putIfAbsent(o, "x_settlement", JSON.nullNode());
    ObjectNode nested = JSON.objectNode();
    nested.put("channel", "ECOM").put("retries", 0).put("flagged", false);
    nested.set("labels", JSON.arrayNode().add("new").add(JSON.nullNode()).add(3));
    putIfAbsent(o, "x_extension", nested);
  }

  private static void putIfAbsent(ObjectNode o, String name, JsonNode value) {
    if (!o.has(name)) o.set(name, value);
  }
}

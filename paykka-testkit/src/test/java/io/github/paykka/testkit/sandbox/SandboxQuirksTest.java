package io.github.paykka.testkit.sandbox;

import static io.github.paykka.testkit.sandbox.SandboxClient.q;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.junit.PaykkaSandboxTest;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.SignedFields;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, section 4: the sandbox's quirks, each seen in the bytes it writes, over real HTTP. Every answer and
 * notification stays validly signed, except the errors {@link Quirk#UNSIGNED_ERRORS} leaves unsigned.
 */
@PaykkaSandboxTest
class SandboxQuirksTest {
  static final AtomicInteger SEQ = new AtomicInteger();
  static final Duration WAIT = Duration.ofSeconds(10);
  static final WireCodec CODEC = WireCodec.create();
  static HttpServer receiver;
  static String hook;

  final PaykkaSandbox sandbox;
  final SandboxClient client;

  SandboxQuirksTest(PaykkaSandbox sandbox, SandboxKeys keys) {
    this.sandbox = sandbox;
    this.client = new SandboxClient(sandbox.baseUrl(), keys.merchantId(), keys.merchant().signer(),
        sandbox.platformPublicKey());
  }

  @BeforeAll
  static void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", ex -> {
      ex.getRequestBody().readAllBytes();
      byte[] ack = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}".getBytes(UTF_8);
      ex.sendResponseHeaders(200, ack.length);
      ex.getResponseBody().write(ack);
      ex.close();
    });
    receiver.start();
    hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop(0);
  }

  // ------------------------------------------------------------------------------------------------ the requests

  static String transId() {
    return "Q" + System.nanoTime() % 1_000_000_000L + "x" + SEQ.incrementAndGet();
  }

  SandboxClient.Answer post(String path, String body) throws Exception {
    byte[] bytes = body.getBytes(UTF_8);
    return client.send(path, bytes, client.signedHeaders(bytes));
  }

  SandboxClient.Answer pay(TestCard card, String captureMethod, String... extra) throws Exception {
    List<String> kv = new ArrayList<>(List.of("trans_id", q(transId()), "payment_type", q("PURCHASE"),
        "capture_method", q(captureMethod), "currency", q("EUR"), "amount", "1000", "notify_url", q(hook),
        "return_url", q("https://shop.example/return"),
        "payment", "{\"payment_method\":\"BANKCARD\",\"card_no\":\"" + card.number()
            + "\",\"exp_year\":\"2030\",\"exp_month\":\"03\",\"cvv\":\"123\"}",
        "browser", "{\"user_agent\":\"JUnit\"}",
        "goods", "[{\"name\":\"Tea\",\"link\":\"https://shop.example/tea\",\"price\":1000,\"quantity\":1}]",
        "customer", "{\"order_ip\":\"127.0.0.1\"}"));
    kv.addAll(List.of(extra));
    return post("/payments", client.body(kv.toArray(new String[0])));
  }

  /** A first recurring payment storing the card for {@code shopper}. */
  SandboxClient.Answer storeCard(String shopper) throws Exception {
    return post("/payments", client.body("trans_id", q(transId()), "payment_type", q("RECURRING"),
        "currency", q("EUR"), "amount", "100", "notify_url", q(hook), "return_url", q("https://shop.example/r"),
        "mit", "false",
        "payment", "{\"payment_method\":\"BANKCARD\",\"card_no\":\"4242424242424242\",\"exp_year\":\"2030\","
            + "\"exp_month\":\"03\",\"cvv\":\"123\",\"store_payment_method\":true,\"token_usage\":\"SUBSCRIPTION\","
            + "\"shopper_reference\":\"" + shopper + "\"}",
        "browser", "{\"user_agent\":\"JUnit\"}",
        "goods", "[{\"name\":\"Box\",\"link\":\"https://shop.example/b\",\"price\":100,\"quantity\":1}]",
        "customer", "{\"order_ip\":\"127.0.0.1\"}"));
  }

  SandboxClient.Answer refund(String orderId, String refundTransId) throws Exception {
    return post("/payments/refund", client.body("refund_trans_id", q(refundTransId), "ori_order_id", q(orderId),
        "refund_amount", "60", "currency", q("EUR"), "reason", q("REQUESTED_BY_CUSTOMER"), "notify_url", q(hook)));
  }

  SandboxClient.Answer session() throws Exception {
    return post("/payments/session", client.body("trans_id", q(transId()), "payment_type", q("PURCHASE"),
        "currency", q("EUR"), "amount", "900", "notify_url", q(hook), "return_url", q("https://shop.example/r"),
        "session_mode", q("HOSTED"),
        "goods", "[{\"name\":\"Tea\",\"link\":\"https://shop.example/tea\",\"price\":900,\"quantity\":1}]"));
  }

  /** The first notification of {@code type} about {@code orderId}, once acknowledged. */
  NotificationAttempt notification(String type, String orderId) {
    return sandbox.awaitAttempts(a -> a.orderId().value().equals(orderId) && a.notifyType().equals(type)
        && a.acknowledged(), 1, WAIT).get(0);
  }

  static JsonNode json(NotificationAttempt a) {
    return CODEC.tree(a.body()).get();
  }

  /** The notification's signature, verified as a merchant would (timestamp in seconds, milliseconds or absent). */
  Either<io.github.paykka.wire.signature.SignatureFailure, SignedFields> verify(NotificationAttempt a) {
    return SignatureScheme.standard().verifyNotification(List.of(sandbox.platformPublicKey()),
        a.header(PaykkaHeaders.SIGNATURE), a.body());
  }

  /** Every object in {@code node} and below. */
  static List<JsonNode> objects(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isObject()) out.add(node);
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) out.addAll(objects(it.next()));
    return out;
  }

  // ------------------------------------------------------------------------------------------------ each quirk

  @Test
  void withoutQuirksTheAnswersAreAsTheLibraryWritesThem() throws Exception {
    assertThat(sandbox.quirks()).isEqualTo(Quirks.none());
    var a = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");

    assertThat(a.signedByPlatform()).isTrue();
    assertThat(a.text()).doesNotContain("network_transaction_id", "PayPal");
    assertThat(a.data().path("payment").path("payment_method").asText()).isEqualTo("BANKCARD");
  }

  @Test
  void extraFieldsAreInEveryObjectOfAnswersAndNotificationsButNotInApplesSession() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.EXTRA_FIELDS));

    var a = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");
    var apple = post("/payments/apple-pay/create-session",
        client.body("domain_name", q("shop.example"), "display_name", q("Shop")));
    NotificationAttempt n = notification("PAYMENT.SUCCESS", a.data().get("order_id").asText());

    assertThat(a.signedByPlatform()).isTrue();
    assertThat(a.data().get("status").asText()).isEqualTo("SUCCESS");
    assertThat(objects(a.json())).hasSizeGreaterThan(3)
        .allSatisfy(o -> assertThat(o.has("network_transaction_id") || o.has("channel")).as("%s", o).isTrue());
    assertThat(a.json().get("x_extension").get("labels").isArray()).isTrue();
    assertThat(a.data().get("balances").has("risk_score")).isTrue();
    assertThat(objects(json(n))).allSatisfy(o ->
        assertThat(o.has("network_transaction_id") || o.has("channel")).as("%s", o).isTrue());
    assertThat(verify(n).isRight()).isTrue();
    assertThat(apple.signedByPlatform()).isTrue();
    assertThat(apple.json().has("network_transaction_id")).isTrue();
    assertThat(apple.data().has("network_transaction_id")).isFalse();
    assertThat(apple.data().get("merchantIdentifier").asText()).isEqualTo(client.merchantId);
  }

  @Test
  void unknownValuesReplaceEveryEnumLikeFieldButStatusAndNotifyType() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.UNKNOWN_VALUES));
    String shopper = "shopper" + SEQ.incrementAndGet();

    var manual = pay(TestCard.VISA_SUCCESS, "MANUAL");
    var stored = storeCard(shopper);
    var tokens = post("/payments/token/query", client.body("shopper_reference", q(shopper)));
    var session = session();
    String orderId = stored.data().get("order_id").asText();
    var refund = refund(orderId, transId());
    NotificationAttempt n = notification("PAYMENT.SUCCESS", orderId);

    JsonNode d = manual.data();
    assertThat(d.get("status").asText()).isEqualTo("AUTHORIZED");
    assertThat(d.get("capture_method").asText()).isEqualTo("DELAYED");
    assertThat(d.get("authorisation_type").asText()).isEqualTo("PRE_AUTH");
    assertThat(d.get("payment").get("payment_method").asText()).isEqualTo("PayPal");
    assertThat(d.get("card_info").get("card_brand").asText()).isEqualTo("RUPAY");
    assertThat(manual.signedByPlatform()).isTrue();
    assertThat(tokens.data().get(0).get("payment_method").asText()).isEqualTo("PayPal");
    assertThat(tokens.data().get(0).get("token_usage").asText()).isEqualTo("INSTALMENT");
    assertThat(tokens.data().get(0).get("status").asText()).isEqualTo("ACTIVATE");
    assertThat(session.data().get("session_mode").asText()).isEqualTo("EMBEDDED");
    assertThat(session.data().get("status").asText()).isEqualTo("PROCESSING");
    assertThat(refund.data().get("reason").asText()).isEqualTo("CHARGEBACK");
    assertThat(refund.data().get("status").asText()).isEqualTo("SUCCESS");
    JsonNode body = json(n);
    assertThat(body.get("notify_type").asText()).isEqualTo("PAYMENT.SUCCESS");
    assertThat(body.get("status").asText()).isEqualTo("SUCCESS");
    assertThat(body.get("payment").get("payment_method").asText()).isEqualTo("PayPal");
    assertThat(body.get("card_info").get("card_brand").asText()).isEqualTo("RUPAY");
    assertThat(verify(n).isRight()).isTrue();
  }

  @Test
  void theThreeDsResultsEnumLikeFieldsAreUnknownToo() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.UNKNOWN_VALUES));
    var challenged = pay(TestCard.THREE_DS_CHALLENGE, "AUTOMATIC");

    JsonNode auth = challenged.data().get("authentication_result");
    assertThat(auth).as(challenged.toString()).isNotNull();
    Map<String, String> unknown = Map.of("enroll_status", "B", "authentication_status", "X", "mode", "DECOUPLED",
        "exemption", "DELEGATED_AUTHENTICATION", "version", "9.9.0");
    unknown.forEach((field, value) -> {
      if (auth.has(field)) assertThat(auth.get(field).asText()).as(field).isEqualTo(value);
    });
    assertThat(auth.get("authentication_url").asText()).startsWith(sandbox.baseUrl().toString());
  }

  @Test
  void unknownStatusGivesEveryAnswerAndNotificationAStatusNoDocumentNames() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.UNKNOWN_STATUS));
    String shopper = "shopper" + SEQ.incrementAndGet();

    var stored = storeCard(shopper);
    String orderId = stored.data().get("order_id").asText();
    var tokens = post("/payments/token/query", client.body("shopper_reference", q(shopper)));
    var refund = refund(orderId, transId());
    var session = session();

    assertThat(stored.data().get("status").asText()).isEqualTo("PENDING_REVIEW");
    assertThat(stored.data().get("order_id").asText()).startsWith("GW");
    assertThat(tokens.data().get(0).get("status").asText()).isEqualTo("SUSPENDED");
    assertThat(refund.data().get("status").asText()).isEqualTo("CLOSED");
    assertThat(session.data().get("status").asText()).isEqualTo("PAYING");
    assertThat(json(notification("PAYMENT.SUCCESS", orderId)).get("status").asText()).isEqualTo("PENDING_REVIEW");
    assertThat(json(notification("REFUND.SUCCESS", orderId)).get("status").asText()).isEqualTo("CLOSED");
    // the simulated PayKKa itself is unchanged: the order is paid, and partly refunded
    assertThat(sandbox.engine().orders()).anyMatch(r -> r.order().orderId().value().equals(orderId)
        && r.order().status() == io.github.paykka.domain.order.OrderStatus.PARTIALLY_REFUNDED);
  }

  @Test
  void notificationTimestampsInSecondsAreSignedSo() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.SECONDS_TIMESTAMPS));
    long before = System.currentTimeMillis() / 1000;

    var a = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");
    NotificationAttempt n = notification("PAYMENT.SUCCESS", a.data().get("order_id").asText());

    JsonNode ts = json(n).get("timestamp");
    assertThat(ts.isIntegralNumber()).isTrue();
    assertThat(ts.asText()).hasSize(10);
    assertThat(ts.asLong()).isBetween(before - 1, System.currentTimeMillis() / 1000 + 1);
    assertThat(verify(n).get().epochMillis()).contains(ts.asLong() * 1000);
    assertThat(verify(n).get().timestampText()).isEqualTo(ts.asText());
  }

  @Test
  void notificationsWithoutTimestampAreSignedOverAnEmptyOne() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.NO_TIMESTAMP, Quirk.SECONDS_TIMESTAMPS));

    var a = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");
    NotificationAttempt n = notification("PAYMENT.SUCCESS", a.data().get("order_id").asText());

    assertThat(json(n).has("timestamp")).isFalse();
    assertThat(json(n).get("trans_id").asText()).isNotEmpty();
    assertThat(verify(n).get().timestampText()).isEmpty();
    assertThat(verify(n).get().epochMillis()).isEmpty();
  }

  @Test
  void timeFormsWriteTheSameInstantInAnotherIso8601Form() throws Exception {
    var plain = session();
    sandbox.quirks(Quirks.of(Quirk.TIME_FORMS));

    var other = session();
    var paid = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");

    assertThat(plain.data().get("expire_time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");
    String expires = other.data().get("expire_time").asText();
    assertThat(expires).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+08:00");
    var session = sandbox.engine().session(
        io.github.paykka.domain.id.SessionId.of(other.data().get("session_id").asText())).get();
    assertThat(java.time.OffsetDateTime.parse(expires).toInstant())
        .isEqualTo(session.expiresAt().get().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(paid.data().get("pay_finish_time").asText()).endsWith("+08:00");
    assertThat(other.signedByPlatform()).isTrue();
  }

  @Test
  void unsignedErrorsAreTheFrontsAnswersBeforeAuthenticationAndNothingElse() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.UNSIGNED_ERRORS));
    byte[] body = client.body("order_id", q("GW0")).getBytes(UTF_8);
    Map<String, String> wrong = new java.util.HashMap<>(client.signedHeaders(body));
    wrong.put(PaykkaHeaders.SIGNATURE, client.signedHeaders(client.body("order_id", q("GW1")).getBytes(UTF_8))
        .get(PaykkaHeaders.SIGNATURE));

    var badSignature = client.send("/payments/query", body, wrong);
    var noVersion = client.send("/payments/query", body, Map.of(PaykkaHeaders.CONTENT_TYPE,
        PaykkaHeaders.APPLICATION_JSON));
    var notFound = post("/payments/query", client.body("order_id", q("GW0000000000000000404")));
    var paid = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");

    assertThat(badSignature.status()).isEqualTo(401);
    assertThat(badSignature.retCode()).isEqualTo("206003");
    assertThat(badSignature.signature()).isNull();
    assertThat(noVersion.retCode()).isEqualTo("206001");
    assertThat(noVersion.signature()).isNull();
    assertThat(notFound.retCode()).isEqualTo("206024");
    assertThat(notFound.signedByPlatform()).isTrue();
    assertThat(paid.signedByPlatform()).isTrue();
  }

  @Test
  void fourDigitRetCodesStandForTheSystemCodesTheTransactionCatalogNamesToo() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.FOUR_DIGIT_RET_CODES));
    String otherMerchant = client.bodyAt(System.currentTimeMillis(), "order_id", q("GW1"))
        .replace(client.merchantId, "19999999999999");
    byte[] stranger = otherMerchant.getBytes(UTF_8);
    byte[] body = client.body("order_id", q("GW0")).getBytes(UTF_8);
    Map<String, String> wrong = new java.util.HashMap<>(client.signedHeaders(body));
    wrong.put(PaykkaHeaders.SIGNATURE, "AAAA");
    byte[] stale = client.bodyAt(System.currentTimeMillis() - 3_600_000L, "order_id", q("GW0")).getBytes(UTF_8);

    var unknownMerchant = client.send("/payments/query", stranger, client.signedHeaders(stranger));
    var badSignature = client.send("/payments/query", body, wrong);
    var expired = client.send("/payments/query", stale, client.signedHeaders(stale));
    var notFound = post("/payments/query", client.body("order_id", q("GW0000000000000000404")));

    assertThat(unknownMerchant.retCode()).isEqualTo("1000");
    assertThat(unknownMerchant.status()).isEqualTo(401);
    assertThat(unknownMerchant.signedByPlatform()).isTrue();
    assertThat(badSignature.retCode()).isEqualTo("2000");
    assertThat(expired.retCode()).isEqualTo("2001");
    assertThat(expired.status()).isNotEqualTo(200);
    assertThat(notFound.retCode()).isEqualTo("206024");
  }

  @Test
  void closedConnectionsEndAfterEveryAnswerWithoutSayingSo() throws Exception {
    // without the quirk a connection serves two requests
    try (Socket s = socket()) {
      Raw first = exchange(s);
      Raw second = exchange(s);
      assertThat(first.status()).isEqualTo(401);
      assertThat(second.status()).isEqualTo(401);
    }
    sandbox.quirks(Quirks.of(Quirk.CLOSED_CONNECTIONS));
    try (Socket s = socket()) {
      Raw only = exchange(s);

      assertThat(only.status()).isEqualTo(401);
      assertThat(only.head()).doesNotContainIgnoringCase("connection: close");
      assertThat(CODEC.tree(only.body()).get().get("ret_code").asText()).isEqualTo("206002");
      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
    // and the client of the sandbox gets every answer whole
    var paid = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");
    assertThat(paid.signedByPlatform()).isTrue();
    assertThat(paid.data().get("status").asText()).isEqualTo("SUCCESS");
  }

  @Test
  void publishedRefundSchemaKeepsOnlyThePublishedFieldsAndRefundNotificationsTheirV10Form() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.PUBLISHED_REFUND_SCHEMA));
    var paid = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");
    String orderId = paid.data().get("order_id").asText();
    String refundTransId = transId();

    var refund = refund(orderId, refundTransId);
    var query = post("/payments/refund/query", client.body("refund_trans_id", q(refundTransId)));
    NotificationAttempt n = notification("REFUND.SUCCESS", orderId);

    Set<String> published = Set.of("error_code", "error_description", "merchant_id", "refund_trans_id",
        "refund_order_id", "status", "amount", "currency");
    for (SandboxClient.Answer a : List.of(refund, query)) {
      List<String> fields = new ArrayList<>();
      a.data().fieldNames().forEachRemaining(fields::add);
      assertThat(published).containsAll(fields);
      assertThat(fields).contains("refund_trans_id", "status", "amount", "currency");
      assertThat(a.data().get("amount").asLong()).isEqualTo(60);
      assertThat(a.signedByPlatform()).isTrue();
    }
    assertThat(json(n).has("ori_order_id")).isFalse();
    assertThat(json(n).get("order_id").asText()).isEqualTo(orderId);
    assertThat(verify(n).isRight()).isTrue();
  }

  @Test
  void aNotificationKeepsItsBytesWhenTheQuirksChange() throws Exception {
    sandbox.quirks(Quirks.of(Quirk.EXTRA_FIELDS, Quirk.SECONDS_TIMESTAMPS));
    var paid = pay(TestCard.VISA_SUCCESS, "AUTOMATIC");
    String orderId = paid.data().get("order_id").asText();
    NotificationAttempt first = notification("PAYMENT.SUCCESS", orderId);

    sandbox.quirks(Quirks.none());
    assertThat(sandbox.redeliver(first.notificationId())).isTrue();
    List<NotificationAttempt> both = sandbox.awaitAttempts(a -> a.notificationId() == first.notificationId(), 2, WAIT);

    assertThat(both.get(1).body()).isEqualTo(first.body());
    assertThat(both.get(1).headers()).isEqualTo(first.headers());
  }

  // ------------------------------------------------------------------------------------------------ switching

  @Test
  void theJsonApiSetsAndShowsTheQuirksAndNamesAWrongOne() throws Exception {
    var set = trigger("{\"quirks\":[\"extra-fields\",\"closed-connections\"]}");
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(sandbox.quirks()).isEqualTo(Quirks.of(Quirk.EXTRA_FIELDS, Quirk.CLOSED_CONNECTIONS));
    assertThat(CODEC.tree(set.body().getBytes(UTF_8)).get().get("quirks").toString())
        .isEqualTo("[\"extra-fields\",\"closed-connections\"]");
    String state = client.http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/api/state")).GET()
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(CODEC.tree(state.getBytes(UTF_8)).get().get("quirks").toString())
        .isEqualTo("[\"extra-fields\",\"closed-connections\"]");
    String dashboard = client.http.send(HttpRequest.newBuilder(sandbox.dashboardUrl()).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(dashboard).contains("extra-fields, closed-connections");

    var wrong = trigger("{\"quirks\":\"extra-fields,sloppy\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("sloppy", "unknown-values");
    assertThat(sandbox.quirks()).isEqualTo(Quirks.of(Quirk.EXTRA_FIELDS, Quirk.CLOSED_CONNECTIONS));

    assertThat(trigger("{\"quirks\":\"all\"}").statusCode()).isEqualTo(200);
    assertThat(sandbox.quirks()).isEqualTo(Quirks.all());
    assertThat(trigger("{\"quirks\":\"none\"}").statusCode()).isEqualTo(200);
    assertThat(sandbox.quirks()).isEqualTo(Quirks.none());
  }

  HttpResponse<String> trigger(String json) throws Exception {
    return client.http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/api/quirks"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  // ------------------------------------------------------------------------------------------------ raw HTTP

  record Raw(int status, String head, byte[] body) {}

  Socket socket() throws IOException {
    URI base = sandbox.baseUrl();
    Socket s = new Socket(InetAddress.getLoopbackAddress(), base.getPort());
    s.setSoTimeout(5_000);
    return s;
  }

  /** One unsigned request on {@code s} (answered 206002) and its whole answer. */
  static Raw exchange(Socket s) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(("POST /payments/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "version: v1.2\r\nContent-Length: 2\r\n\r\n{}").getBytes(UTF_8));
    out.flush();
    InputStream in = s.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(UTF_8).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) throw new IOException("closed before the answer: " + head.toString(UTF_8));
      head.write(b);
    }
    String h = head.toString(UTF_8);
    int length = Integer.parseInt(h.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT)
        .startsWith("content-length:")).findFirst().orElseThrow().substring(15).strip());
    byte[] body = in.readNBytes(length);
    return new Raw(Integer.parseInt(h.substring(9, 12)), h, body);
  }
}

package io.github.paykka.testkit.sandbox;

import static io.github.paykka.testkit.sandbox.SandboxClient.q;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.ports.Operation;
import io.github.paykka.testkit.TestCard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard (HTML parsed with jsoup), the trigger JSON API, the dashboard's buttons (forms that redirect back),
 * and the shopper pages' texts, over real HTTP.
 */
class SandboxUiTest {
  static final TestKeys.TestKeyPair MERCHANT = TestKeys.generate();
  static final AtomicInteger seq = new AtomicInteger();
  static final ObjectMapper JSON = new ObjectMapper();
  static PaykkaSandbox sandbox;
  static SandboxClient client;
  static HttpServer receiver;
  static String hook;
  static final AtomicInteger failing = new AtomicInteger();
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", ex -> {
      ex.getRequestBody().readAllBytes();
      boolean fail = failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
      byte[] ack = (fail ? "<html>oops 4242424242424242</html>" : "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}")
          .getBytes(UTF_8);
      ex.sendResponseHeaders(fail ? 503 : 200, ack.length);
      ex.getResponseBody().write(ack);
      ex.close();
    });
    receiver.start();
    hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    sandbox = PaykkaSandbox.builder().merchant("M1", MERCHANT.publicKey())
        .notificationRetry(Duration.ofMillis(10), Duration.ofMillis(20), 2).start();
    client = new SandboxClient(sandbox.baseUrl(), "M1", MERCHANT.signer(), sandbox.platformPublicKey());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    receiver.stop(0);
  }

  static String transId() {
    return "U" + System.nanoTime() % 1_000_000_000L + "x" + seq.incrementAndGet();
  }

  String pay(TestCard card, String capture, long amount) throws Exception {
    var a = client.post(Operation.INITIATE, client.body("trans_id", q(transId()), "payment_type", q("PURCHASE"),
        "capture_method", q(capture), "currency", q("EUR"), "amount", Long.toString(amount), "notify_url", q(hook),
        "return_url", q("https://shop.example/return"),
        "payment", "{\"payment_method\":\"BANKCARD\",\"card_no\":\"" + card.number()
            + "\",\"exp_year\":\"2030\",\"exp_month\":\"03\",\"cvv\":\"123\"}",
        "browser", "{\"user_agent\":\"JUnit\",\"language\":\"en-GB\",\"terminal_type\":\"WEB\"}",
        "goods", "[{\"name\":\"Tea\",\"link\":\"https://shop.example/tea\",\"price\":" + amount + ",\"quantity\":1}]",
        "customer", "{\"order_ip\":\"127.0.0.1\",\"pay_ip\":\"127.0.0.1\"}"));
    assertThat(a.retCode()).as(a.toString()).isEqualTo("000000");
    return a.data().get("order_id").asText();
  }

  String refund(String orderId, String refundTransId, long amount) throws Exception {
    var r = client.post(Operation.REFUND, client.body("refund_trans_id", q(refundTransId), "ori_order_id", q(orderId),
        "refund_amount", Long.toString(amount), "currency", q("EUR"), "notify_url", q(hook)));
    assertThat(r.retCode()).as(r.toString()).isEqualTo("000000");
    return r.data().get("status").asText();
  }

  String session(String displayName, String goodsName) throws Exception {
    var s = client.post(Operation.CHECKOUT_CREATE, client.body("trans_id", q(transId()), "payment_type", q("PURCHASE"),
        "currency", q("EUR"), "amount", "900", "notify_url", q(hook), "return_url", q("https://shop.example/r"),
        "session_mode", q("HOSTED"), "display_merchant_name", JSON.writeValueAsString(displayName),
        "goods", "[{\"name\":" + JSON.writeValueAsString(goodsName)
            + ",\"link\":\"https://shop.example/tea\",\"price\":900,\"quantity\":1}]"));
    assertThat(s.retCode()).as(s.toString()).isEqualTo("000000");
    return s.data().get("session_id").asText();
  }

  /** POSTs a trigger as JSON. */
  record Answer(int status, JsonNode json) {}

  Answer trigger(String path, String json) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/api/" + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), JSON.readTree(r.body()));
  }

  Document dashboard() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(sandbox.baseUrl()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
    return Jsoup.parse(r.body(), sandbox.baseUrl().toString());
  }

  JsonNode state() throws Exception {
    return JSON.readTree(http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/api/state")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  // ------------------------------------------------------------------------------------------------ dashboard

  @Test
  void theDashboardShowsEachOrderWithBalancesMaskedCardAndItsPathAsSvg() throws Exception {
    String orderId = pay(TestCard.VISA_SUCCESS, "MANUAL", 1000);
    client.post(Operation.CAPTURE, client.body("order_id", q(orderId), "currency", q("EUR"), "amount", "400",
        "capture_final", "false"));
    client.post(Operation.CAPTURE, client.body("order_id", q(orderId), "currency", q("EUR"), "amount", "600",
        "capture_final", "true"));
    Document page = dashboard();

    Element row = page.getElementById("order-" + orderId);
    assertThat(row).isNotNull();
    assertThat(row.select("td.status").text()).isEqualTo("SUCCESS");
    assertThat(row.select("td.card").text()).isEqualTo("VISA 424242******4242");
    assertThat(row.text()).contains("1000 / 1000 / 0 / 0");
    Element svg = row.nextElementSibling().selectFirst("svg");
    assertThat(svg).isNotNull();
    assertThat(svg.select("g.edge.taken").eachAttr("data-transition"))
        .containsExactlyInAnyOrder("AUTHORISE", "CAPTURE_PART", "CAPTURE_ALL");
    assertThat(svg.select("g.state.visited").eachAttr("data-state"))
        .containsExactlyInAnyOrder("PROCESSING", "AUTHORIZED", "SUCCESS");
    assertThat(svg.select("g.state.current").attr("data-state")).isEqualTo("SUCCESS");
    assertThat(svg.select("g.edge").size()).isEqualTo(14);   // the whole table, drawn
    assertThat(row.nextElementSibling().select("ol.steps li")).hasSize(4);
    assertThat(page.html()).doesNotContain(TestCard.VISA_SUCCESS.number()).doesNotContain("<script");
  }

  @Test
  void theNotificationLogHasOneRowPerAttemptWithStatusLatencySignatureAndMaskedBodies() throws Exception {
    failing.set(1);
    String orderId = pay(TestCard.MASTERCARD_SUCCESS, "AUTOMATIC", 300);
    sandbox.awaitAttempts(a -> a.orderId().value().equals(orderId) && a.acknowledged(), 1, Duration.ofSeconds(10));
    Document page = dashboard();

    List<Element> rows = page.select("#notifications tr.delivery").stream()
        .filter(r -> r.text().contains(orderId)).toList();
    assertThat(rows).hasSize(2);   // a 503, then the redelivery that was acknowledged
    Element failed = rows.get(rows.size() - 1);   // newest first: the first attempt is the last row
    assertThat(failed.select("td.http-status").text()).isEqualTo("503");
    assertThat(failed.select("td.url").text()).isEqualTo(hook);
    assertThat(failed.select("td.latency").text()).matches("\\d+ ms");
    assertThat(failed.select("td.signature").text()).isEqualTo("verified");
    assertThat(failed.select("td.time").text()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(failed.select("pre.body").text()).contains("\"notify_type\":\"PAYMENT.SUCCESS\"", orderId);
    assertThat(failed.select("pre.response").text()).contains("oops 424242***4242")
        .doesNotContain("4242424242424242");
    assertThat(rows.get(0).select("td.http-status").text()).isEqualTo("200");
    assertThat(rows.get(0).select("form button").text()).isEqualTo("Redeliver");
  }

  @Test
  void untrustedTextIsEscapedOnEveryPage() throws Exception {
    String sessionId = session("<b>Evil & Co</b>", "<script>alert(1)</script>");
    HttpResponse<String> checkout = http.send(HttpRequest.newBuilder(sandbox.checkoutUrl(
        io.github.paykka.domain.id.SessionId.of(sessionId))).GET().build(), HttpResponse.BodyHandlers.ofString());
    Document page = Jsoup.parse(checkout.body());
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("#merchant b")).isEmpty();
    assertThat(page.getElementById("merchant").text()).isEqualTo("<b>Evil & Co</b>");
    assertThat(page.select("#goods td").first().text()).isEqualTo("<script>alert(1)</script>");
    assertThat(dashboard().select("script")).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ triggers

  @Test
  void aRefundMovesThroughReviewingProcessingToSuccessByTriggers() throws Exception {
    String orderId = pay(TestCard.VISA_SUCCESS, "AUTOMATIC", 1000);
    assertThat(trigger("refunds/hold", "{\"held\":true}").json().get("refunds_held").asBoolean()).isTrue();
    try {
      String r = transId();
      assertThat(refund(orderId, r, 400)).isEqualTo("REVIEWING");
      assertThat(trigger("refunds/" + r + "/succeed", "").status()).isEqualTo(409);   // not PROCESSING yet
      Answer accepted = trigger("refunds/" + r + "/accept", "");
      assertThat(accepted.status()).isEqualTo(200);
      assertThat(accepted.json().get("status").asText()).isEqualTo("PROCESSING");
      assertThat(client.post(Operation.REFUND_QUERY, client.body("refund_trans_id", q(r))).data().get("status").asText())
          .isEqualTo("PROCESSING");
      assertThat(trigger("refunds/" + r + "/succeed", "{\"merchant_id\":\"M1\"}").json().get("status").asText())
          .isEqualTo("SUCCESS");
      sandbox.awaitAttempts(a -> a.orderId().value().equals(orderId) && a.notifyType().equals("REFUND.SUCCESS"), 1,
          Duration.ofSeconds(10));
      assertThat(trigger("refunds/NOPE/accept", "").status()).isEqualTo(404);
      assertThat(trigger("refunds/" + r + "/explode", "").status()).isEqualTo(404);
    } finally {
      trigger("refunds/hold", "{\"held\":false}");
    }
  }

  @Test
  void aRefundFailsByTriggerOrByTheTestCard() throws Exception {
    String orderId = pay(TestCard.VISA_SUCCESS, "AUTOMATIC", 1000);
    trigger("refunds/hold", "{\"held\":true}");
    String r = transId();
    try {
      refund(orderId, r, 1000);
      trigger("refunds/" + r + "/accept", "");
      assertThat(trigger("refunds/" + r + "/fail", "").json().get("status").asText()).isEqualTo("FAILURE");
    } finally {
      trigger("refunds/hold", "{\"held\":false}");
    }
    sandbox.awaitAttempts(a -> a.orderId().value().equals(orderId) && a.notifyType().equals("REFUND.FAILURE"), 1,
        Duration.ofSeconds(10));
    assertThat(client.post(Operation.QUERY, client.body("order_id", q(orderId))).data().get("status").asText())
        .isEqualTo("SUCCESS");

    String card = pay(TestCard.REFUND_FAILS, "AUTOMATIC", 1000);
    assertThat(refund(card, transId(), 500)).isEqualTo("FAILURE");
    sandbox.awaitAttempts(a -> a.orderId().value().equals(card) && a.notifyType().equals("REFUND.FAILURE"), 1,
        Duration.ofSeconds(10));
  }

  @Test
  void aSessionExpiresByTriggerAndByTheClockAndItsPageSaysWhy() throws Exception {
    String expired = session("Shop", "Tea");
    assertThat(trigger("sessions/" + expired + "/expire", "").json().get("status").asText()).isEqualTo("EXPIRED");
    assertThat(trigger("sessions/" + expired + "/expire", "").status()).isEqualTo(409);
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/checkout/"
        + expired)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(Jsoup.parse(page.body()).getElementById("closed").text()).contains("expired", "cannot be paid");

    String byClock = session("Shop", "Tea");
    Answer advanced = trigger("clock/advance", "{\"by\":\"PT2H\"}");
    assertThat(advanced.status()).isEqualTo(200);
    assertThat(advanced.json().get("offset_seconds").asLong()).isGreaterThanOrEqualTo(7200);
    assertThat(client.post(Operation.CHECKOUT_QUERY, client.body("session_id", q(byClock))).data().get("status")
        .asText()).isEqualTo("EXPIRED");
    assertThat(trigger("clock/advance", "{\"by\":\"-PT1H\"}").status()).isEqualTo(400);
    assertThat(trigger("clock/advance", "{\"by\":\"soon\"}").status()).isEqualTo(400);
  }

  @Test
  void aChallengeIsAbandonedOrPassedByTriggerAndAPaymentSettled() throws Exception {
    String abandoned = pay(TestCard.THREE_DS_CHALLENGE, "AUTOMATIC", 700);
    assertThat(trigger("orders/" + abandoned + "/challenge/abandon", "").json().get("status").asText())
        .isEqualTo("CANCELED");
    assertThat(trigger("orders/" + abandoned + "/challenge/pass", "").status()).isEqualTo(409);
    sandbox.awaitAttempts(a -> a.orderId().value().equals(abandoned) && a.notifyType().equals("PAYMENT.CANCELED"), 1,
        Duration.ofSeconds(10));
    String passed = pay(TestCard.THREE_DS_CHALLENGE, "AUTOMATIC", 700);
    assertThat(trigger("orders/" + passed + "/challenge/pass", "").json().get("status").asText()).isEqualTo("SUCCESS");
    String pending = pay(TestCard.PROCESSING_THEN_APPROVED, "MANUAL", 700);
    assertThat(trigger("orders/" + pending + "/settle", "").json().get("status").asText()).isEqualTo("AUTHORIZED");
    assertThat(trigger("orders/GW404/settle", "").status()).isEqualTo(404);
  }

  @Test
  void aNotificationIsRedeliveredWithTheSameBytesAndRecordedAsByHand() throws Exception {
    String orderId = pay(TestCard.VISA_SUCCESS, "AUTOMATIC", 500);
    NotificationAttempt first = sandbox.awaitAttempts(a -> a.orderId().value().equals(orderId) && a.acknowledged(), 1,
        Duration.ofSeconds(10)).get(0);
    Answer again = trigger("notifications/" + first.notificationId() + "/redeliver", "");
    assertThat(again.status()).isEqualTo(200);
    NotificationAttempt second = sandbox.awaitAttempts(a -> a.notificationId() == first.notificationId()
        && a.attempt() == first.attempt() + 1, 1, Duration.ofSeconds(10)).get(0);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers()).isEqualTo(first.headers());
    JsonNode logged = null;
    for (JsonNode n : state().get("notifications")) {
      if (n.get("notification_id").asLong() == first.notificationId() && n.get("attempt").asInt() == second.attempt()) {
        logged = n;
      }
    }
    assertThat(logged).isNotNull();
    assertThat(logged.get("by_hand").asBoolean()).isTrue();
    assertThat(logged.get("signature_verified").asBoolean()).isTrue();
    assertThat(trigger("notifications/999999/redeliver", "").status()).isEqualTo(404);
  }

  @Test
  void faultsAreSetAndClearedByTriggerAndActOnTheApi() throws Exception {
    Answer set = trigger("faults", "{\"fault\":\"query=rate-limited\",\"times\":1}");
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("faults").get(0).asText()).isEqualTo("query=rate-limited (next 1 call)");
    assertThat(client.post(Operation.QUERY, client.body("order_id", q("GW1"))).status()).isEqualTo(429);
    trigger("faults", "{\"fault\":\"refund=server-error/503\"}");
    assertThat(dashboard().select("#active-faults li code").eachText()).containsExactly("refund=server-error/503");
    assertThat(trigger("faults/clear", "{\"operation\":\"refund\"}").json().get("faults")).isEmpty();
    assertThat(trigger("faults", "{\"fault\":\"nowhere=drop-after\"}").status()).isEqualTo(400);
    assertThat(trigger("faults/clear", "").status()).isEqualTo(200);
  }

  @Test
  void aDashboardButtonPostsAFormAndComesBackToTheDashboardWithTheOutcome() throws Exception {
    String sessionId = session("Shop", "Tea");
    Element form = dashboard().getElementById("session-" + sessionId).selectFirst("form");
    assertThat(form.attr("action")).isEqualTo("/sandbox/api/sessions/" + sessionId + "/expire");
    HttpResponse<String> posted = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve(form.attr("action")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).isEqualTo(303);
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/?message=").endsWith("#sessions");
    Document back = Jsoup.parse(http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve(location)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
    assertThat(back.getElementById("message").text()).isEqualTo("session " + sessionId + " is EXPIRED");
    assertThat(back.getElementById("session-" + sessionId).select("td.status").text()).isEqualTo("EXPIRED");

    HttpResponse<String> refused = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve(form.attr("action")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(refused.headers().firstValue("Location").orElseThrow()).startsWith("/?error=");
  }

  // ------------------------------------------------------------------------------------------------ shopper pages

  @Test
  void theChallengePageShowsMerchantAmountAndMaskedCardAndRefusesAChallengeThatIsOver() throws Exception {
    String orderId = pay(TestCard.THREE_DS_CHALLENGE, "AUTOMATIC", 1234);
    URI url = sandbox.challengeUrl(io.github.paykka.domain.id.OrderId.of(orderId));
    Document page = Jsoup.parse(http.send(HttpRequest.newBuilder(url).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
    assertThat(page.getElementById("merchant").text()).isEqualTo("M1");
    assertThat(page.getElementById("amount").text()).isEqualTo("EUR 12.34");
    assertThat(page.getElementById("card").text()).isEqualTo("VISA 400000******3220");
    assertThat(page.select("button[name=result]").eachAttr("value")).containsExactly("pass", "fail", "cancel");
    assertThat(page.html()).doesNotContain(TestCard.THREE_DS_CHALLENGE.number());

    HttpResponse<String> failed = http.send(HttpRequest.newBuilder(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("result=fail")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(failed.statusCode()).isEqualTo(303);
    assertThat(failed.headers().firstValue("Location")).contains("https://shop.example/return");
    HttpResponse<String> over = http.send(HttpRequest.newBuilder(url).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(over.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(over.body()).getElementById("over").text()).contains("over", "FAILURE");
    assertThat(Jsoup.parse(over.body()).select("button")).isEmpty();
    HttpResponse<String> again = http.send(HttpRequest.newBuilder(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("result=pass")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(409);
  }

  @Test
  void theCheckoutFormRefusesABadCardWithoutEchoingItAndSendsAChallengingCardToThe3dsPage() throws Exception {
    String sessionId = session("Tea Shop", "Tea");
    URI url = sandbox.baseUrl().resolve("sandbox/checkout/" + sessionId);
    HttpResponse<String> bad = http.send(HttpRequest.newBuilder(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form("card_no", "4242abc", "exp_month", "13", "exp_year", "2030",
            "cvv", "98765"))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(bad.body());
    assertThat(page.select("p.err").eachText()).hasSize(3);
    assertThat(page.html()).doesNotContain("4242abc").doesNotContain("98765");
    assertThat(page.getElementById("card_no").val()).isEmpty();

    HttpResponse<String> challenged = http.send(HttpRequest.newBuilder(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form("card_no", "4000 0000 0000 3220", "exp_month", "03",
            "exp_year", "2030", "cvv", "123"))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(challenged.statusCode()).isEqualTo(303);
    assertThat(challenged.headers().firstValue("Location").orElseThrow())
        .startsWith(sandbox.baseUrl() + "sandbox/3ds/GW");
    HttpResponse<String> paidAlready = http.send(HttpRequest.newBuilder(url).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(paidAlready.statusCode()).isEqualTo(409);
    assertThat(Jsoup.parse(paidAlready.body()).getElementById("closed").text()).contains("paid already");
  }

  static String form(String... kv) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < kv.length; i += 2) pairs.add(kv[i] + "=" + URLEncoder.encode(kv[i + 1], UTF_8));
    return String.join("&", pairs);
  }
}

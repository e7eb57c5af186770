package io.github.paykka.testkit.sandbox;

import static io.github.paykka.testkit.sandbox.SandboxClient.q;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.ports.Operation;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.junit.PaykkaSandboxTest;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.signature.SignatureScheme;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint of the sandbox over real HTTP, with state from the simulated PayKKa; run through the extension. */
@PaykkaSandboxTest
class SandboxEndpointsTest {
  static final AtomicInteger seq = new AtomicInteger();
  static HttpServer receiver;
  static String hook;
  final PaykkaSandbox sandbox;
  final SandboxClient client;

  SandboxEndpointsTest(PaykkaSandbox sandbox, SandboxKeys keys) {
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

  static String transId() {
    return "T" + System.nanoTime() % 1_000_000_000L + "x" + seq.incrementAndGet();
  }

  String payment(String transId, String card, String captureMethod, long amount, String... extra) {
    List<String> kv = new ArrayList<>(List.of(
        "trans_id", q(transId), "payment_type", q("PURCHASE"), "capture_method", q(captureMethod),
        "currency", q("EUR"), "amount", Long.toString(amount), "notify_url", q(hook),
        "return_url", q("https://shop.example/return"),
        "payment", "{\"payment_method\":\"BANKCARD\",\"card_no\":\"" + card
            + "\",\"exp_year\":\"2030\",\"exp_month\":\"03\",\"cvv\":\"123\"}",
        "browser", "{\"user_agent\":\"JUnit\",\"language\":\"en-GB\",\"terminal_type\":\"WEB\"}",
        "goods", "[{\"name\":\"Tea\",\"link\":\"https://shop.example/tea\",\"price\":" + amount + ",\"quantity\":1}]",
        "customer", "{\"order_ip\":\"127.0.0.1\",\"pay_ip\":\"127.0.0.1\"}"));
    kv.addAll(List.of(extra));
    return client.body(kv.toArray(new String[0]));
  }

  SandboxClient.Answer pay(String transId, TestCard card, String captureMethod, long amount) throws Exception {
    return client.post(Operation.INITIATE, payment(transId, card.number(), captureMethod, amount));
  }

  SandboxClient.Answer query(String orderId) throws Exception {
    return client.post(Operation.QUERY, client.body("order_id", q(orderId)));
  }

  @Test
  void anApprovedPaymentSucceedsIsQueryableAndNotified() throws Exception {
    String t = transId();
    var a = pay(t, TestCard.VISA_SUCCESS, "AUTOMATIC", 1250);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.signedByPlatform()).isTrue();
    assertThat(a.data().get("status").asText()).isEqualTo("SUCCESS");
    String orderId = a.data().get("order_id").asText();
    var q = client.post(Operation.QUERY, client.body("trans_id", q(t)));
    assertThat(q.data().get("order_id").asText()).isEqualTo(orderId);
    assertThat(q.data().get("balances").get("captured_amount").asLong()).isEqualTo(1250);
    var n = sandbox.awaitAttempts(x -> x.orderId().value().equals(orderId) && x.acknowledged(), 1, Duration.ofSeconds(10));
    assertThat(n.get(0).notifyType()).isEqualTo("PAYMENT.SUCCESS");
    assertThat(SignatureScheme.standard().verifyNotification(List.of(sandbox.platformPublicKey()),
        n.get(0).header(PaykkaHeaders.SIGNATURE), n.get(0).body()).isRight()).isTrue();
    assertThat(n.get(0).bodyText()).contains("\"trans_id\":\"" + t + "\"");
  }

  @Test
  void aDeclineIsProcessed200WithStatusFailure() throws Exception {
    var a = pay(transId(), TestCard.DECLINED, "AUTOMATIC", 100);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.retCode()).isEqualTo("000000");
    assertThat(a.data().get("status").asText()).isEqualTo("FAILURE");
    assertThat(a.data().get("error_code").asText()).isEqualTo(TestCard.DECLINED_CODE);
  }

  @Test
  void captureVoidAndRefundFollowTheDomainAndIllegalOnesChangeNothing() throws Exception {
    var a = pay(transId(), TestCard.VISA_SUCCESS, "MANUAL", 1000);
    assertThat(a.data().get("status").asText()).isEqualTo("AUTHORIZED");
    String orderId = a.data().get("order_id").asText();
    var c1 = client.post(Operation.CAPTURE, client.body("order_id", q(orderId), "currency", q("EUR"), "amount", "400",
        "capture_final", "false"));
    assertThat(c1.data().get("status").asText()).isEqualTo("AUTHORIZED");
    var c2 = client.post(Operation.CAPTURE, client.body("order_id", q(orderId), "currency", q("EUR"), "amount", "600",
        "capture_final", "true"));
    assertThat(c2.data().get("status").asText()).isEqualTo("SUCCESS");
    String before = query(orderId).data().toString();

    var again = client.post(Operation.CAPTURE, client.body("order_id", q(orderId), "currency", q("EUR"), "amount", "1"));
    assertThat(again.retCode()).isEqualTo("010003");
    assertThat(again.status()).isEqualTo(400);
    var voided = client.post(Operation.VOID, client.body("order_id", q(orderId)));
    assertThat(voided.retCode()).isEqualTo("010003");
    var tooMuch = client.post(Operation.REFUND, client.body("refund_trans_id", q(transId()), "ori_order_id", q(orderId),
        "refund_amount", "1001", "currency", q("EUR")));
    assertThat(tooMuch.retCode()).isEqualTo("010003");
    assertThat(query(orderId).data().toString()).isEqualTo(before);

    String r = transId();
    var refund = client.post(Operation.REFUND, client.body("refund_trans_id", q(r), "ori_order_id", q(orderId),
        "refund_amount", "300", "currency", q("EUR"), "reason", q("REQUESTED_BY_CUSTOMER")));
    assertThat(refund.data().get("status").asText()).isEqualTo("SUCCESS");
    var rq = client.post(Operation.REFUND_QUERY, client.body("refund_trans_id", q(r)));
    assertThat(rq.data().get("refund_order_id").asText()).startsWith("RG");
    assertThat(query(orderId).data().get("status").asText()).isEqualTo("PARTIALLY_REFUNDED");
    sandbox.awaitAttempts(x -> x.orderId().value().equals(orderId) && x.notifyType().equals("REFUND.SUCCESS"), 1,
        Duration.ofSeconds(10));
  }

  /** Issue 10 #20: a capture without amount and currency (both optional in seed 000) captures the rest. */
  @Test
  void aCaptureWithoutAmountCapturesTheRest() throws Exception {
    String orderId = pay(transId(), TestCard.VISA_SUCCESS, "MANUAL", 1000).data().get("order_id").asText();
    client.post(Operation.CAPTURE, client.body("order_id", q(orderId), "currency", q("EUR"), "amount", "250",
        "capture_final", "false"));
    var rest = client.post(Operation.CAPTURE, client.body("order_id", q(orderId)));
    assertThat(rest.retCode()).as(rest.toString()).isEqualTo("000000");
    var balances = query(orderId).data().get("balances");
    assertThat(query(orderId).data().get("status").asText()).isEqualTo("SUCCESS");
    assertThat(balances.get("captured_amount").asLong()).isEqualTo(1000);
    var nothingLeft = client.post(Operation.CAPTURE, client.body("order_id", q(orderId)));
    assertThat(nothingLeft.retCode()).isEqualTo("010003");
  }

  /** Issue 10 #17 and #24: like PayKKa (codes 2010, 2012), the sandbox wants mit in a RECURRING payment. */
  @Test
  void aRecurringPaymentWithoutMitOrWithTheWrongMitIsRefusedNamingMit() throws Exception {
    String shopper = "shopper" + seq.incrementAndGet();
    String payment = "{\"payment_method\":\"BANKCARD\",\"card_no\":\"4242424242424242\",\"exp_year\":\"2030\","
        + "\"exp_month\":\"03\",\"cvv\":\"123\",\"store_payment_method\":true,\"token_usage\":\"SUBSCRIPTION\","
        + "\"shopper_reference\":\"" + shopper + "\"}";
    for (String[] mit : List.of(new String[0], new String[] {"mit", "true"})) {
      List<String> kv = new ArrayList<>(List.of("trans_id", q(transId()), "payment_type", q("RECURRING"),
          "currency", q("EUR"), "amount", "100", "notify_url", q(hook), "return_url", q("https://shop.example/r"),
          "payment", payment, "browser", "{\"user_agent\":\"JUnit\"}",
          "goods", "[{\"name\":\"Box\",\"link\":\"https://shop.example/b\",\"price\":100,\"quantity\":1}]",
          "customer", "{\"order_ip\":\"127.0.0.1\"}"));
      kv.addAll(List.of(mit));
      var refused = client.post(Operation.INITIATE, client.body(kv.toArray(new String[0])));
      assertThat(refused.retCode()).as(refused.toString()).isEqualTo("010000");
      assertThat(refused.retMsg()).contains("mit");
    }
  }

  @Test
  void voidOfAnAuthorisationCancelsIt() throws Exception {
    String orderId = pay(transId(), TestCard.MASTERCARD_SUCCESS, "MANUAL", 500).data().get("order_id").asText();
    var v = client.post(Operation.VOID, client.body("order_id", q(orderId), "reason", q("OTHER")));
    assertThat(v.data().get("status").asText()).isEqualTo("CANCELED");
  }

  @Test
  void aThreeDsChallengeCompletesThroughTheSandboxPage() throws Exception {
    var a = pay(transId(), TestCard.THREE_DS_CHALLENGE, "AUTOMATIC", 700);
    assertThat(a.data().get("status").asText()).isEqualTo("PROCESSING");
    String url = a.data().get("authentication_result").get("authentication_url").asText();
    assertThat(url).startsWith(sandbox.baseUrl().toString() + "sandbox/3ds/");
    var page = client.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("result", "pass", "fail", "cancel");
    var done = client.http.send(HttpRequest.newBuilder(URI.create(url + "?result=pass"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).isEqualTo(303);   // back to the payment's return_url
    assertThat(done.headers().firstValue("Location")).contains("https://shop.example/return");
    assertThat(query(a.data().get("order_id").asText()).data().get("status").asText()).isEqualTo("SUCCESS");
  }

  @Test
  void aPendingPaymentSettlesThroughTheControlEndpoint() throws Exception {
    var a = pay(transId(), TestCard.PROCESSING_THEN_APPROVED, "AUTOMATIC", 700);
    String orderId = a.data().get("order_id").asText();
    assertThat(a.data().get("status").asText()).isEqualTo("PROCESSING");
    var s = client.http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/settle/" + orderId))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(s.statusCode()).isEqualTo(200);
    assertThat(query(orderId).data().get("status").asText()).isEqualTo("SUCCESS");
  }

  @Test
  void aCheckoutSessionIsPaidOnItsPage() throws Exception {
    String t = transId();
    var s = client.post(Operation.CHECKOUT_CREATE, client.body("trans_id", q(t), "payment_type", q("PURCHASE"),
        "currency", q("EUR"), "amount", "900", "notify_url", q(hook), "return_url", q("https://shop.example/r"),
        "session_mode", q("HOSTED"),
        "goods", "[{\"name\":\"Tea\",\"link\":\"https://shop.example/tea\",\"price\":900,\"quantity\":1}]"));
    assertThat(s.retCode()).as(s.toString()).isEqualTo("000000");
    String sessionId = s.data().get("session_id").asText();
    String url = s.data().get("session_url").asText();
    var page = client.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains(TestCard.VISA_SUCCESS.number());
    var paid = client.http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("card=" + TestCard.VISA_SUCCESS.number())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(paid.statusCode()).isEqualTo(303);   // back to the session's return_url
    assertThat(paid.headers().firstValue("Location")).contains("https://shop.example/r");
    var sq = client.post(Operation.CHECKOUT_QUERY, client.body("session_id", q(sessionId)));
    assertThat(sq.data().get("status").asText()).isEqualTo("SUCCESS"); // WireMapper's assumed session status table
    var pq = client.post(Operation.QUERY, client.body("session_id", q(sessionId)));
    assertThat(pq.data().get("status").asText()).isEqualTo("SUCCESS");
  }

  @Test
  void applePayAnswersACannedMerchantSession() throws Exception {
    var a = client.post(Operation.APPLE_PAY_SESSION, client.body("domain_name", q("shop.example"),
        "display_name", q("Shop")));
    assertThat(a.retCode()).as(a.toString()).isEqualTo("000000");
    assertThat(a.data().get("merchantIdentifier").asText()).isEqualTo(client.merchantId);
  }

  @Test
  void recurringTokensAndAgreementsLiveAndDie() throws Exception {
    String shopper = "shopper" + seq.incrementAndGet();
    String first = client.body(
        "trans_id", q(transId()), "payment_type", q("RECURRING"), "currency", q("EUR"), "amount", "100",
        "notify_url", q(hook), "return_url", q("https://shop.example/r"), "mit", "false",
        "payment", "{\"payment_method\":\"BANKCARD\",\"card_no\":\"4242424242424242\",\"exp_year\":\"2030\","
            + "\"exp_month\":\"03\",\"cvv\":\"123\",\"store_payment_method\":true,\"token_usage\":\"SUBSCRIPTION\","
            + "\"shopper_reference\":\"" + shopper + "\"}",
        "browser", "{\"user_agent\":\"JUnit\"}",
        "goods", "[{\"name\":\"Box\",\"link\":\"https://shop.example/b\",\"price\":100,\"quantity\":1}]",
        "customer", "{\"order_ip\":\"127.0.0.1\"}");
    var a = client.post(Operation.INITIATE, first);
    assertThat(a.data().get("status").asText()).as(a.toString()).isEqualTo("SUCCESS");
    String token = a.data().get("token").asText();
    String agreement = a.data().get("recurring_agreement_id").asText();
    var tokens = client.post(Operation.TOKEN_LIST, client.body("shopper_reference", q(shopper)));
    assertThat(tokens.data().get(0).get("token").asText()).isEqualTo(token);

    String mit = client.body(
        "trans_id", q(transId()), "payment_type", q("RECURRING"), "currency", q("EUR"), "amount", "100",
        "notify_url", q(hook), "mit", "true", "recurring_agreement_id", q(agreement),
        "payment", "{\"payment_method\":\"BANKCARD\",\"token\":\"" + token + "\",\"shopper_reference\":\"" + shopper + "\"}",
        "goods", "[{\"name\":\"Box\",\"link\":\"https://shop.example/b\",\"price\":100,\"quantity\":1}]");
    assertThat(client.post(Operation.INITIATE, mit).data().get("status").asText()).isEqualTo("SUCCESS");

    var cancel = client.post(Operation.RECURRING_CANCEL, client.body("recurring_agreement_id", q(agreement),
        "shopper_reference", q(shopper)));
    assertThat(cancel.retCode()).isEqualTo("000000");
    var refused = client.post(Operation.INITIATE, mit.replaceFirst("\"trans_id\":\"[^\"]+\"", "\"trans_id\":\"" + transId() + "\""));
    assertThat(refused.retCode()).isEqualTo("010003");

    var removed = client.post(Operation.TOKEN_REMOVE, client.body("token", q(token), "shopper_reference", q(shopper)));
    assertThat(removed.retCode()).isEqualTo("000000");
    var again = client.post(Operation.TOKEN_REMOVE, client.body("token", q(token), "shopper_reference", q(shopper)));
    assertThat(again.retCode()).isNotEqualTo("000000");
    assertThat(again.status()).isGreaterThanOrEqualTo(400);
  }

  @Test
  void badInputIs010000NamingTheField() throws Exception {
    var zero = client.post(Operation.INITIATE, payment(transId(), TestCard.VISA_SUCCESS.number(), "AUTOMATIC", 0));
    assertThat(zero.retCode()).isEqualTo("010000");
    assertThat(zero.retMsg()).contains("amount");
    var long33 = client.post(Operation.INITIATE, payment("T" + "1".repeat(32), TestCard.VISA_SUCCESS.number(), "AUTOMATIC", 5));
    assertThat(long33.retCode()).isEqualTo("010000");
    assertThat(long33.retMsg()).contains("trans_id");
    var missing = client.post(Operation.CAPTURE, client.body("currency", q("EUR"), "amount", "5"));
    assertThat(missing.retCode()).isEqualTo("010000");
    assertThat(missing.retMsg()).contains("order_id");
    var wrongType = client.post(Operation.CAPTURE, client.body("order_id", "{}", "currency", q("EUR"), "amount", "5"));
    assertThat(wrongType.retCode()).isEqualTo("010000");
    assertThat(wrongType.status()).isEqualTo(400);
    var unknown = query("GW999999999999999999");
    assertThat(unknown.retCode()).isEqualTo("206024");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void concurrentInitiatesOfOneTransIdMakeExactlyOneOrder() throws Exception {
    String t = transId();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(() -> pay(t, TestCard.VISA_SUCCESS, "AUTOMATIC", 300).data().get("order_id").asText());
      }
      Set<String> orderIds = new HashSet<>();
      for (Future<String> f : pool.invokeAll(calls)) orderIds.add(f.get());
      assertThat(orderIds).hasSize(1);
      assertThat(((SimulatedBackend) sandbox.backend()).engine().orderCount(io.github.paykka.domain.id.TransId.of(t)))
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void dropAfterProcessingLeavesTheOrderAndResetBeforeLeavesNone() throws Exception {
    String dropped = transId();
    sandbox.faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing());
    assertThatThrownBy(() -> pay(dropped, TestCard.VISA_SUCCESS, "AUTOMATIC", 100)).isInstanceOf(IOException.class);
    var q = client.post(Operation.QUERY, client.body("trans_id", q(dropped)));
    assertThat(q.data().get("status").asText()).isEqualTo("SUCCESS");

    String reset = transId();
    sandbox.faults().inject(Operation.INITIATE, new Fault.ResetBeforeProcessing());
    assertThatThrownBy(() -> pay(reset, TestCard.VISA_SUCCESS, "AUTOMATIC", 100)).isInstanceOf(IOException.class);
    assertThat(client.post(Operation.QUERY, client.body("trans_id", q(reset))).retCode()).isEqualTo("206024");
  }
}

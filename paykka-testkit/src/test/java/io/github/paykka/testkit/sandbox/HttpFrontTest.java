package io.github.paykka.testkit.sandbox;

import static io.github.paykka.testkit.sandbox.SandboxClient.q;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.ports.Operation;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.operation.WireOperation;
import io.github.paykka.wire.signature.SignatureScheme;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP front over a counting stub backend: authentication, bad input, faults, notification redelivery. */
class HttpFrontTest {
  static final TestKeys.TestKeyPair MERCHANT = TestKeys.generate();
  static final TestKeys.TestKeyPair OTHER = TestKeys.generate();
  static PaykkaSandbox sandbox;
  static SandboxClient client;
  static final Map<Operation, AtomicInteger> processed = new ConcurrentHashMap<>();

  /** Counts processed calls; an initiate with a notify_url notifies it. */
  static final class StubBackend implements SandboxBackend {
    final BackendContext ctx;

    StubBackend(BackendContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public ApiReply handle(WireOperation<?, ?> operation, String merchantId, byte[] body) {
      processed.computeIfAbsent(operation.operation(), e -> new AtomicInteger()).incrementAndGet();
      var tree = ctx.codec().tree(body).get();
      if (tree.hasNonNull("notify_url")) {
        long ts = ctx.clock().millis();
        byte[] n =
            ("{\"merchant_id\":\"" + merchantId + "\",\"timestamp\":" + ts + ",\"notify_type\":\"PAYMENT.SUCCESS\"}")
                .getBytes(UTF_8);
        ctx.notifications()
            .send(URI.create(tree.get("notify_url").asText()), "PAYMENT.SUCCESS", OrderId.of("GW1"), merchantId, ts, n);
      }
      return ApiReply.ok(Map.of("trans_id", tree.path("trans_id").asText("")));
    }
  }

  @BeforeAll
  static void start() {
    sandbox =
        PaykkaSandbox.builder()
            .merchant("M1", MERCHANT.publicKey())
            .merchant("M2", OTHER.publicKey())
            .notificationRetry(Duration.ofMillis(20), Duration.ofMillis(100), 4)
            .backend(StubBackend::new)
            .start();
    client = new SandboxClient(sandbox.baseUrl(), "M1", MERCHANT.signer(), sandbox.platformPublicKey());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.faults().clear();
    processed.clear();
  }

  int processed(Operation e) {
    AtomicInteger n = processed.get(e);
    return n == null ? 0 : n.get();
  }

  @Test
  void aSignedRequestIsProcessedAndTheAnswerIsSignedByThePlatform() throws Exception {
    var a = client.post(Operation.QUERY, client.body("trans_id", q("T1")));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.retCode()).isEqualTo("000000");
    assertThat(a.data().get("trans_id").asText()).isEqualTo("T1");
    assertThat(a.signedByPlatform()).isTrue();
    assertThat(processed(Operation.QUERY)).isEqualTo(1);
  }

  @Test
  void aMissingSignatureIs206002() throws Exception {
    byte[] body = client.body("trans_id", q("T1")).getBytes(UTF_8);
    Map<String, String> h = new HashMap<>(client.signedHeaders(body));
    h.remove(PaykkaHeaders.SIGNATURE);
    var a = client.send(SandboxClient.path(Operation.QUERY), body, h);
    assertThat(a.retCode()).isEqualTo("206002");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.signedByPlatform()).isTrue();
    assertThat(processed(Operation.QUERY)).isZero();
  }

  @Test
  void aSignatureByAnotherKeyIs206003() throws Exception {
    var wrong = new SandboxClient(sandbox.baseUrl(), "M1", OTHER.signer(), sandbox.platformPublicKey());
    var a = wrong.post(Operation.QUERY, wrong.body("trans_id", q("T1")));
    assertThat(a.retCode()).isEqualTo("206003");
    assertThat(a.signedByPlatform()).isTrue();
    assertThat(processed(Operation.QUERY)).isZero();
  }

  @Test
  void aTamperedBodyIs206003() throws Exception {
    byte[] body = client.body("trans_id", q("T1")).getBytes(UTF_8);
    Map<String, String> h = client.signedHeaders(body);
    byte[] tampered = new String(body, UTF_8).replace("T1", "T2").getBytes(UTF_8);
    var a = client.send(SandboxClient.path(Operation.QUERY), tampered, h);
    assertThat(a.retCode()).isEqualTo("206003");
  }

  @Test
  void aStaleTimestampIs206004() throws Exception {
    long tenMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(10).toMillis();
    var a = client.post(Operation.QUERY, client.bodyAt(tenMinutesAgo, "trans_id", q("T1")));
    assertThat(a.retCode()).isEqualTo("206004");
    assertThat(processed(Operation.QUERY)).isZero();
  }

  @Test
  void anUnknownMerchantIs206005() throws Exception {
    var stranger = new SandboxClient(sandbox.baseUrl(), "M9", MERCHANT.signer(), sandbox.platformPublicKey());
    var a = stranger.post(Operation.QUERY, stranger.body("trans_id", q("T1")));
    assertThat(a.retCode()).isEqualTo("206005");
    assertThat(a.signedByPlatform()).isTrue();
  }

  @Test
  void anotherVersionIs206001() throws Exception {
    byte[] body = client.body("trans_id", q("T1")).getBytes(UTF_8);
    Map<String, String> h = new HashMap<>(client.signedHeaders(body));
    h.put(PaykkaHeaders.VERSION, "v1.1");
    var a = client.send(SandboxClient.path(Operation.QUERY), body, h);
    assertThat(a.retCode()).isEqualTo("206001");
    assertThat(processed(Operation.QUERY)).isZero();
  }

  @Test
  void anotherContentTypeIs010000NamingIt() throws Exception {
    byte[] body = client.body("trans_id", q("T1")).getBytes(UTF_8);
    Map<String, String> h = new HashMap<>(client.signedHeaders(body));
    h.put(PaykkaHeaders.CONTENT_TYPE, "text/plain");
    var a = client.send(SandboxClient.path(Operation.QUERY), body, h);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.retCode()).isEqualTo("010000");
    assertThat(a.retMsg()).contains("Content-Type");
  }

  @Test
  void malformedJsonIs010000() throws Exception {
    byte[] body = "{\"merchant_id\":\"M1\",\"timestamp\":1,".getBytes(UTF_8);
    Map<String, String> h = new HashMap<>(client.signedHeaders(client.body().getBytes(UTF_8)));
    var a = client.send(SandboxClient.path(Operation.QUERY), body, h);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.retCode()).isEqualTo("010000");
    assertThat(a.retMsg()).contains("malformed");
    assertThat(a.signedByPlatform()).isTrue();
  }

  @Test
  void aBodyWithoutTimestampIs010000NamingIt() throws Exception {
    byte[] body = "{\"merchant_id\":\"M1\"}".getBytes(UTF_8);
    Map<String, String> h = new HashMap<>(client.signedHeaders(client.body().getBytes(UTF_8)));
    var a = client.send(SandboxClient.path(Operation.QUERY), body, h);
    assertThat(a.retCode()).isEqualTo("010000");
    assertThat(a.retMsg()).contains("timestamp");
  }

  @Test
  void aBodyOverTheLimitIs010000AndNothingIsProcessed() throws Exception {
    String big = client.body("trans_id", q("T1"), "padding", q("x".repeat(200 * 1024)));
    var a = client.post(Operation.QUERY, big);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.retCode()).isEqualTo("010000");
    assertThat(a.retMsg()).contains("body");
    assertThat(processed(Operation.QUERY)).isZero();
  }

  @Test
  void anUnknownPathIs404AndGetIs405() throws Exception {
    byte[] body = client.body().getBytes(UTF_8);
    var a = client.send("/payments/nothing", body, client.signedHeaders(body));
    assertThat(a.status()).isEqualTo(404);
    var r =
        client.http.send(
            java.net.http.HttpRequest.newBuilder(sandbox.baseUrl().resolve("payments")).GET().build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
  }

  @Test
  void serverErrorAnswersTheStatusWithoutProcessing() throws Exception {
    sandbox.faults().inject(Operation.CAPTURE, new Fault.ServerError(503));
    var a = client.post(Operation.CAPTURE, client.body());
    assertThat(a.status()).isEqualTo(503);
    assertThat(a.retCode()).isEqualTo("999999");
    assertThat(a.signedByPlatform()).isTrue();
    assertThat(processed(Operation.CAPTURE)).isZero();
    // only the next call was faulted
    assertThat(client.post(Operation.CAPTURE, client.body()).status()).isEqualTo(200);
  }

  @Test
  void rateLimitedIs429And010001WithoutProcessing() throws Exception {
    sandbox.faults().inject(Operation.REFUND, new Fault.RateLimited(), 2);
    assertThat(client.post(Operation.REFUND, client.body()).status()).isEqualTo(429);
    var a = client.post(Operation.REFUND, client.body());
    assertThat(a.retCode()).isEqualTo("010001");
    assertThat(processed(Operation.REFUND)).isZero();
    assertThat(client.post(Operation.REFUND, client.body()).status()).isEqualTo(200);
  }

  @Test
  void delayStillProcessesAndAnswers() throws Exception {
    sandbox.faults().inject(Operation.QUERY, new Fault.Delay(Duration.ofMillis(50)));
    var a = client.post(Operation.QUERY, client.body());
    assertThat(a.retCode()).isEqualTo("000000");
    assertThat(processed(Operation.QUERY)).isEqualTo(1);
  }

  @Test
  void dropAfterProcessingProcessesThenClosesWithoutAnswer() {
    sandbox.faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing());
    assertThatThrownBy(() -> client.post(Operation.INITIATE, client.body("trans_id", q("T1"))))
        .isInstanceOf(IOException.class);
    assertThat(processed(Operation.INITIATE)).isEqualTo(1);
  }

  @Test
  void resetBeforeProcessingClosesWithoutProcessing() {
    sandbox.faults().inject(Operation.INITIATE, new Fault.ResetBeforeProcessing());
    assertThatThrownBy(() -> client.post(Operation.INITIATE, client.body("trans_id", q("T1"))))
        .isInstanceOf(IOException.class);
    assertThat(processed(Operation.INITIATE)).isZero();
  }

  @Test
  void probabilisticFaultsAreReproducibleForASeed() throws Exception {
    List<Boolean> first = faultedSequence(7);
    List<Boolean> second = faultedSequence(7);
    assertThat(first).isEqualTo(second);
    assertThat(first).contains(true, false);
    long faulted = first.stream().filter(b -> b).count();
    assertThat(faulted).isBetween(3L, 25L); // 20% of 50, loosely
  }

  private List<Boolean> faultedSequence(long seed) throws Exception {
    try (PaykkaSandbox s =
        PaykkaSandbox.builder().merchant("M1", MERCHANT.publicKey()).seed(seed).backend(StubBackend::new).start()) {
      s.faults().injectWithProbability(Operation.QUERY, new Fault.ServerError(500), 0.2);
      var c = new SandboxClient(s.baseUrl(), "M1", MERCHANT.signer(), s.platformPublicKey());
      List<Boolean> out = new ArrayList<>();
      for (int i = 0; i < 50; i++) out.add(c.post(Operation.QUERY, c.body()).status() == 500);
      return out;
    }
  }

  @Test
  void aNotificationIsRedeliveredUntilAcknowledgedAndEveryAttemptIsRecorded() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          received.add(new String(ex.getRequestBody().readAllBytes(), UTF_8));
          int status = calls.incrementAndGet() <= 2 ? 500 : 200;
          byte[] ack = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}".getBytes(UTF_8);
          ex.sendResponseHeaders(status, ack.length);
          ex.getResponseBody().write(ack);
          ex.close();
        });
    receiver.start();
    try {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      client.post(Operation.INITIATE, client.body("trans_id", q("N1"), "notify_url", q(url)));
      List<NotificationAttempt> attempts =
          sandbox.awaitAttempts(a -> a.url().toString().equals(url) && a.acknowledged(), 1, Duration.ofSeconds(10));
      assertThat(attempts).hasSize(1);
      List<NotificationAttempt> all =
          sandbox.notifications().stream().filter(a -> a.url().toString().equals(url)).toList();
      assertThat(all).extracting(NotificationAttempt::attempt).containsExactly(1, 2, 3);
      assertThat(all).extracting(NotificationAttempt::status).containsExactly(500, 500, 200);
      assertThat(all).extracting(NotificationAttempt::bodyText).containsOnly(received.get(0));
      assertThat(received).hasSize(3).containsOnly(received.get(0));
      NotificationAttempt last = all.get(2);
      assertThat(
              SignatureScheme.standard()
                  .verifyNotification(
                      List.of(sandbox.platformPublicKey()), last.header(PaykkaHeaders.SIGNATURE), last.body())
                  .isRight())
          .isTrue();
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void redeliveryStopsAfterMaxAttempts() throws Exception {
    String url = "http://127.0.0.1:1/nobody-listens";
    client.post(Operation.INITIATE, client.body("trans_id", q("N2"), "notify_url", q(url)));
    sandbox.awaitAttempts(a -> a.url().toString().equals(url) && a.attempt() == 4, 1, Duration.ofSeconds(10));
    List<NotificationAttempt> all =
        sandbox.notifications().stream().filter(a -> a.url().toString().equals(url)).toList();
    assertThat(all).hasSize(4).allMatch(a -> a.status() == null && a.error() != null);
  }
}

package io.github.paykka.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10 #17, #18 and #20 over real HTTP: the bytes the adapter sends, seen by a recording proxy on loopback
 * between it and the sandbox, are what PayKKa documents, and the sandbox accepts them.
 */
class RequestBytesTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(13L, 4);

  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final HttpClient forward = HttpClient.newHttpClient();
  private HttpServer proxy;
  private PaykkaHttpAdapter adapter;

  @BeforeEach
  void startProxy() throws IOException {
    proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    proxy.createContext("/", this::relay);
    proxy.start();
    adapter = SANDBOX.builder()
        .environment(PaykkaEnvironment.local("http://127.0.0.1:" + proxy.getAddress().getPort() + "/")).build();
  }

  @AfterEach
  void stopProxy() {
    adapter.close();
    proxy.stop(0);
  }

  private void relay(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      bodies.add(new String(body, UTF_8));
      HttpRequest.Builder request = HttpRequest.newBuilder(
          SANDBOX.sandbox().baseUrl().resolve(exchange.getRequestURI().getPath().substring(1)))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      for (String h : List.of("Content-Type", "type", "signature", "version")) {
        String v = exchange.getRequestHeaders().getFirst(h);
        if (v != null) request.header(h, v);
      }
      HttpResponse<byte[]> answer = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      for (Map.Entry<String, List<String>> h : answer.headers().map().entrySet()) {
        String name = h.getKey().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("content-length") || name.equals("transfer-encoding") || name.equals("connection")
            || name.equals("date") || name.startsWith(":")) {
          continue;
        }
        exchange.getResponseHeaders().put(h.getKey(), h.getValue());
      }
      exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private String lastBodyTo(String field) {
    return bodies.stream().filter(b -> b.contains(field)).reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void recurringPaymentsCarryMitAndASubsequentOneNoShopperPresentParts() {
    ShopperReference shopper = ShopperReference.of("shopper-" + TestRequests.uniqueTransId("").value());
    PaymentResult first = adapter.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
        .paymentType(PaymentType.RECURRING).mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION)
        .shopperReference(shopper))).get();
    assertThat(first.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(lastBodyTo("\"payment_type\":\"RECURRING\"")).contains("\"mit\":false");

    PaymentResult next = adapter.initiate(TestRequests.valid(io.github.paykka.domain.request.PaymentRequest.builder()
        .transId(TestRequests.uniqueTransId()).amount(TestRequests.usd(800)).notifyUrl(TestRequests.NOTIFY_URL)
        .paymentType(PaymentType.RECURRING).mit(true).recurringAgreementId(first.recurringAgreementId().get())
        .instrument(new PaymentInstrument.SavedCard(first.token().get())).shopperReference(shopper))).get();
    assertThat(next.order().status()).isEqualTo(OrderStatus.SUCCESS);
    String sent = lastBodyTo("\"mit\":true");
    assertThat(sent).doesNotContain("\"goods\"", "\"browser\"", "\"customer\"", "\"return_url\"");
  }

  @Test
  void aCaptureOfTheRestSendsNeitherAmountNorCurrency() {
    PaymentResult authorised = adapter.initiate(TestRequests.valid(
        TestRequests.purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL))).get();

    assertThat(adapter.capture(CaptureCommand.rest(authorised.order()).get()).isRight()).isTrue();

    String sent = lastBodyTo("\"capture_final\"");
    assertThat(sent).contains("\"order_id\":\"" + authorised.order().orderId().value() + "\"")
        .doesNotContain("\"amount\"", "\"currency\"");
    assertThat(SANDBOX.sandbox().engine().query(io.github.paykka.domain.id.MerchantId.of(SandboxFixture.MERCHANT_ID),
        io.github.paykka.ports.payment.PaymentLookup.byOrderId(authorised.order().orderId())).get().order()
        .balances().captured()).isEqualTo(TestRequests.usd(1000));
  }
}

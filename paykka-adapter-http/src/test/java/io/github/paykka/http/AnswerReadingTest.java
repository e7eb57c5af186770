package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, items 12, 13, 14 and 23, and unknown statuses: what PayKKa (or something in between) may answer, read
 * honestly. Every answer here comes over real loopback HTTP, signed with the test platform key or not at all.
 */
class AnswerReadingTest {
  private static final OrderId ORDER = OrderId.of("GW0000000000000000E1");

  private static PaymentRequest purchase() {
    return TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
  }

  // ---- item 12: a four-digit ret_code with a non-200 status ----

  @Test
  void aFourDigitRetCodeIsADefiniteRejectionWithItsCodeAndMeaning() throws Exception {
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> LoopbackServer.Reply
            .signed(400, Canned.error("1004", "Merchant does not support this payment method")));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      GatewayFailure failure = adapter.initiate(purchase()).getLeft();

      assertThat(failure).isInstanceOf(GatewayFailure.Rejected.class);
      GatewayFailure.Rejected rejected = (GatewayFailure.Rejected) failure;
      assertThat(rejected.retCode()).isEqualTo("1004");
      assertThat(rejected.errorCode()).contains("1004");
      assertThat(rejected.retMsg()).isEqualTo("Merchant does not support this payment method");
      assertThat(rejected.httpStatus()).isEqualTo(400);
      assertThat(rejected.isRetryable()).isFalse();
      assertThat(rejected.attempts()).isEqualTo(1);
      // definite: no reconciliation, nothing re-sent
      assertThat(server.requests).hasSize(1);
    }
  }

  @Test
  void aFourDigitRetCodeWithoutMessageCarriesTheCatalogsMeaningAndAnExpiredSignatureIsSignedAgain() throws Exception {
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(400, "{\"ret_code\":\"1017\"}"));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      GatewayFailure.Rejected rejected =
          (GatewayFailure.Rejected) adapter.query(PaymentLookup.byOrderId(ORDER)).getLeft();
      assertThat(rejected.retMsg()).containsIgnoringCase("whitelist");
      assertThat(server.requests).hasSize(1);

      server.handler(request -> LoopbackServer.Reply.signed(401, Canned.error("2001", "Signature expired")));
      GatewayFailure.Rejected expired =
          (GatewayFailure.Rejected) adapter.query(PaymentLookup.byOrderId(ORDER)).getLeft();
      assertThat(expired.retCode()).isEqualTo("2001");
      assertThat(expired.isRetryable()).isTrue();
      assertThat(expired.attempts()).isEqualTo(3);
    }
  }

  // ---- item 13: an unsigned error answer ----

  @Test
  void anUnsignedErrorAnswerIsUnauthenticAndShowsWhatItClaims() throws Exception {
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> LoopbackServer.Reply
            .unsigned(400, "application/json", Canned.error("206003", "Signature error"), Map.of()));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      GatewayFailure failure = adapter.query(PaymentLookup.byOrderId(ORDER)).getLeft();

      assertThat(failure).isInstanceOf(GatewayFailure.Unauthentic.class);
      GatewayFailure.Unauthentic u = (GatewayFailure.Unauthentic) failure;
      assertThat(u.claimedRetCode()).contains("206003");
      assertThat(u.claimedRetMsg()).contains("Signature error");
      assertThat(u.httpStatus()).isEqualTo(400);
      assertThat(u.message()).contains("206003", "Signature error", "signature header missing");
      assertThat(log().lines()).anyMatch(line -> line.contains("answer not authentic") && line.contains("206003")
          && line.contains("Signature error") && line.contains(ORDER.value()));
    }
  }

  @Test
  void anUnsignedErrorAnswerToAnInitiateIsSettledByASignedQuery() throws Exception {
    PaymentRequest request = purchase();
    String processed = Canned.payment(request.transId().value(), "GW0000000000000000E2", 1000, "SUCCESS");
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, r -> r.path().equals("/payments")
            ? LoopbackServer.Reply.unsigned(400, "application/json", Canned.error("206003", "Signature error"), Map.of())
            : LoopbackServer.Reply.signed(200, processed));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, PaymentResult> result = adapter.initiate(request);

      // the unsigned answer claimed a refusal; PayKKa's signed word is that the payment went through
      assertThat(result.isRight()).as("%s", result).isTrue();
      assertThat(result.get().order().transId()).isEqualTo(request.transId());
      assertThat(server.count("/payments")).isEqualTo(1);
      assertThat(server.count("/payments/query")).isEqualTo(1);
    }
  }

  @Test
  void anUnsignedErrorAnswerToAnInitiateThatPayKkaHasNoRecordOfStaysUnauthenticWithItsClaim() throws Exception {
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, r -> r.path().equals("/payments")
            ? LoopbackServer.Reply.unsigned(400, "application/json", Canned.error("206003", "Signature error"), Map.of())
            : LoopbackServer.Reply.signed(200, Canned.error("206024", "Order does not exist")));
        PaykkaHttpAdapter adapter = server.adapter().retry(RetrySettings.none()).build()) {
      GatewayFailure failure = adapter.initiate(purchase()).getLeft();

      assertThat(failure).isInstanceOf(GatewayFailure.Unauthentic.class);
      assertThat(((GatewayFailure.Unauthentic) failure).claimedRetCode()).contains("206003");
      assertThat(failure.message()).contains("PayKKa has no record of it");
      assertThat(server.count("/payments/query")).isEqualTo(1);
    }
  }

  @Test
  void whatAnUnsignedAnswerClaimsIsBoundedPrintableAndHidesCardNumbers() throws Exception {
    String claim = "{\"ret_code\":\"206003\\u001b[31m\",\"ret_msg\":\"Bad card 4111 1111 1111 1111\\nFAKE LOG LINE "
        + "x".repeat(500) + "\"}";
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.unsigned(400, "application/json", claim, Map.of()));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      GatewayFailure.Unauthentic u =
          (GatewayFailure.Unauthentic) adapter.query(PaymentLookup.byOrderId(ORDER)).getLeft();

      assertThat(u.claimedRetCode()).contains("20600331m");
      assertThat(u.claimedRetMsg().get()).startsWith("Bad card *** FAKE LOG LINE x").hasSizeLessThanOrEqualTo(120)
          .doesNotContain("\n", "4111");
      assertThat(u.message()).doesNotContain("\n", "\u001b");
    }
  }

  // ---- item 14: proxies and other intermediaries ----

  @Test
  void aProxyAskingForCredentialsIsNotSentAndNotRepeated() throws Exception {
    try (LoopbackServer proxy = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> LoopbackServer.Reply
            .unsigned(407, "text/html", "<html><body>Proxy Authentication Required</body></html>",
                Map.of("Proxy-Authenticate", "Basic realm=\"corp\"", "Server", "squid/5.7")))) {
      OkHttpClient throughProxy = new OkHttpClient.Builder()
          .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.port()))).build();
      // a configured proxy, and one that intercepts without being configured (OkHttp reports that one differently)
      for (PaykkaHttpAdapter.Builder builder : List.of(
          proxy.adapter().environment(PaykkaEnvironment.local("http://localhost:9/")).okHttpClient(throughProxy),
          proxy.adapter())) {
        try (PaykkaHttpAdapter adapter = builder.build()) {
          int before = proxy.requests.size();
          GatewayFailure initiate = adapter.initiate(purchase()).getLeft();
          GatewayFailure query = adapter.query(PaymentLookup.byOrderId(ORDER)).getLeft();

          for (GatewayFailure f : new GatewayFailure[] {initiate, query}) {
            assertThat(f).isInstanceOf(GatewayFailure.NotSent.class);
            assertThat(f.message()).contains("407", "proxy").doesNotContain("key");
            assertThat(f.attempts()).isEqualTo(1);
          }
          assertThat(proxy.requests.size() - before).isEqualTo(2);
          assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);
        }
      }
      assertThat(proxy.requests.get(0).path()).isEqualTo("http://localhost:9/payments");
      throughProxy.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void anUnsignedHtmlPageNamesTheIntermediaryNotPayKkasKey() throws Exception {
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> LoopbackServer.Reply
            .unsigned(403, "text/html; charset=utf-8", "<html><title>Access denied</title></html>",
                Map.of("Server", "AkamaiGHost", "Via", "1.1 corp-firewall")));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      GatewayFailure failure = adapter.query(PaymentLookup.byOrderId(ORDER)).getLeft();

      assertThat(failure).isInstanceOf(GatewayFailure.Unauthentic.class);
      assertThat(failure.message()).contains("text/html page", "proxy, firewall or load balancer", "AkamaiGHost",
          "corp-firewall", "not a problem of PayKKa's key");
      assertThat(((GatewayFailure.Unauthentic) failure).claimedRetCode()).isEmpty();
    }
  }

  @Test
  void anUnsignedServerErrorPageIsOutcomeUnknownNamingTheIntermediary() throws Exception {
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> LoopbackServer.Reply
            .unsigned(502, "text/html", "<html>Bad Gateway</html>", Map.of("Server", "nginx")));
        PaykkaHttpAdapter adapter = server.adapter().retry(RetrySettings.none()).build()) {
      GatewayFailure failure = adapter.query(PaymentLookup.byOrderId(ORDER)).getLeft();

      assertThat(failure).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(failure.message()).contains("HTTP 502", "load balancer", "nginx");
    }
  }

  // ---- statuses this version does not know ----

  @Test
  void anUnknownStatusIsNeitherASuccessNorADeclineNorRepeated() throws Exception {
    PaymentRequest request = purchase();
    String pending = Canned.payment(request.transId().value(), "GW0000000000000000E3", 1000, "PENDING_REVIEW");
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            r -> LoopbackServer.Reply.signed(200, pending));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, PaymentResult> result = adapter.initiate(request);

      assertThat(result.isLeft()).isTrue();
      assertThat(result.getLeft()).isInstanceOfSatisfying(GatewayFailure.UnknownStatus.class, u -> {
        assertThat(u.status()).isEqualTo("PENDING_REVIEW");
        assertThat(u.orderId()).contains("GW0000000000000000E3");
        assertThat(u.isRetryable()).isFalse();
      });
      assertThat(result.getLeft().reference()).isEqualTo(request.transId().value());
      assertThat(server.count("/payments")).isEqualTo(1);
    }
  }

  // ---- item 23: the Apple Pay session as a bare JSON string ----

  @Test
  void anApplePaySessionAnsweredAsABareJsonStringIsTheSession() throws Exception {
    String session = "{\"epochTimestamp\":1700000000000,\"merchantSessionIdentifier\":\"SSH1\","
        + "\"domainName\":\"merchant.example\",\"displayName\":\"Shop\"}";
    String bare = "\"" + session.replace("\"", "\\\"") + "\"";
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, bare));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, ApplePayMerchantSession> result =
          adapter.createSession(ApplePaySessionRequest.of("merchant.example", "Shop").get());

      assertThat(result.isRight()).as("%s", result).isTrue();
      assertThat(result.get().json()).isEqualTo(session);
      assertThat(server.requests).hasSize(1);
    }
  }

  /** The one decoder of the codec reads the later documents' other form too: the session object, no envelope. */
  @Test
  void anApplePaySessionAnsweredAsABareObjectIsTheSession() throws Exception {
    String session = "{\"epochTimestamp\":1700000000000,\"merchantSessionIdentifier\":\"SSH1\","
        + "\"domainName\":\"merchant.example\",\"displayName\":\"Shop\"}";
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, session));
        PaykkaHttpAdapter adapter = server.adapter().build()) {
      Either<GatewayFailure, ApplePayMerchantSession> result =
          adapter.createSession(ApplePaySessionRequest.of("merchant.example", "Shop").get());

      assertThat(result.isRight()).as("%s", result).isTrue();
      assertThat(result.get().json()).isEqualTo(session);
    }
  }

  /** Item 10's binding holds for the bare string too: a session made for another domain is not this one's. */
  @Test
  void aBareStringSessionForAnotherDomainIsNotTheSessionAsked() throws Exception {
    String session = "{\"merchantSessionIdentifier\":\"SSH1\",\"domainName\":\"other.example\"}";
    String bare = "\"" + session.replace("\"", "\\\"") + "\"";
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> LoopbackServer.Reply.signed(200, bare));
        PaykkaHttpAdapter adapter = server.adapter().retry(RetrySettings.none()).build()) {
      Either<GatewayFailure, ApplePayMerchantSession> result =
          adapter.createSession(ApplePaySessionRequest.of("merchant.example", "Shop").get());

      assertThat(result.isLeft()).isTrue();
      assertThat(result.getLeft().message()).contains("domainName", "other.example");
    }
  }

  private static String log() throws IOException {
    return Files.readString(Path.of("target/paykka-http-test.log"), StandardCharsets.UTF_8);
  }
}

package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 11: a server that closes the connection after every answer (HTTP/1.1 without saying so, as a load
 * balancer dropping idle connections does, or HTTP/1.0) in front of the sandbox. OkHttp reuses the pooled connection
 * and the next request dies on it before any answer; the adapter recovers it on a fresh connection (a read at once, a
 * money-moving call by query first), outside the retry budget: with retries off, every call of every kind succeeds,
 * and no money-moving request reaches PayKKa twice.
 */
class ConnectionReuseTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(11L, 8);

  /** Every operation once, through {@code adapter}; returns the trans_ids it initiated. */
  private static List<PaymentRequest> everyKindOfCall(PaykkaHttpAdapter adapter) throws Exception {
    List<PaymentRequest> initiated = new ArrayList<>();
    ShopperReference shopper = ShopperReference.of("shopper-" + UUID.randomUUID());

    PaymentRequest recurring = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
        .paymentType(PaymentType.RECURRING).mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION)
        .shopperReference(shopper));
    initiated.add(recurring);
    PaymentResult paid = ok(adapter.initiate(recurring));
    assertThat(paid.order().status()).isEqualTo(OrderStatus.SUCCESS);
    ok(adapter.query(PaymentLookup.byOrderId(paid.order().orderId())));
    ok(adapter.query(PaymentLookup.byTransId(recurring.transId())));

    PaymentRequest manual = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
        .captureMethod(CaptureMethod.MANUAL));
    initiated.add(manual);
    PaymentResult authorised = ok(adapter.initiate(manual));
    ok(adapter.capture(CaptureCommand.of(authorised.order(), TestRequests.usd(400), false).get()));
    PaymentResult captured = ok(adapter.query(PaymentLookup.byOrderId(authorised.order().orderId())));
    ok(adapter.voidPayment(VoidCommand.of(captured.order(), ReasonCode.REQUESTED_BY_CUSTOMER).get()));

    RefundTransId refundId = RefundTransId.of(TestRequests.uniqueTransId("RF").value());
    ok(adapter.refund(RefundCommand.of(paid.order(), refundId, TestRequests.usd(300),
        ReasonCode.REQUESTED_BY_CUSTOMER, Option.none()).get()));
    ok(adapter.query(RefundLookup.byRefundTransId(refundId)));

    CardToken token = paid.token().get();
    assertThat(ok(adapter.list(shopper))).anyMatch(t -> t.token().equals(token));
    ok(adapter.cancel(paid.recurringAgreementId().get(), shopper));
    ok(adapter.remove(token, shopper));

    CheckoutSession session = ok(adapter.create(TestRequests.valid(TestRequests.checkoutSession())));
    ok(adapter.query(SessionLookup.bySessionId(session.sessionId())));
    ok(adapter.createSession(ApplePaySessionRequest.of("merchant.example", "Test merchant").get()));

    PaymentRequest async = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    initiated.add(async);
    ok(adapter.initiateAsync(async).get(10, TimeUnit.SECONDS));
    ok(adapter.queryAsync(PaymentLookup.byTransId(async.transId())).get(10, TimeUnit.SECONDS));
    return initiated;
  }

  private static <T> T ok(Either<GatewayFailure, T> result) {
    assertThat(result.isRight()).as("%s", result.isLeft() ? result.getLeft().message() : "").isTrue();
    return result.get();
  }

  private void assertEachInitiateReachedPayKkaOnce(LoopbackServer server, List<PaymentRequest> initiated) {
    for (PaymentRequest request : initiated) {
      assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isEqualTo(1);
      assertThat(server.requests).filteredOn(r -> r.path().equals("/payments")
          && r.text().contains("\"" + request.transId().value() + "\"")).hasSize(1);
    }
  }

  @Test
  void aServerThatSilentlyClosesAfterEveryAnswerServesEveryKindOfCallWithoutRetries() throws Exception {
    Recorder recorder = new Recorder();
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.CLOSE_SILENTLY,
            LoopbackServer.relayTo(SANDBOX.sandbox().baseUrl()));
        PaykkaHttpAdapter adapter = server.adapter().retry(RetrySettings.none()).listener(recorder).build()) {
      List<PaymentRequest> initiated = new ArrayList<>();
      for (int round = 0; round < 3; round++) initiated.addAll(everyKindOfCall(adapter));

      assertEachInitiateReachedPayKkaOnce(server, initiated);
      // the stale connections were there and were recovered, not avoided by luck
      assertThat(recorder.events).filteredOn(e -> e instanceof ResilienceEvent.Retrying r
          && r.reason().contains("fresh connection")).hasSizeGreaterThan(10);
      assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);
    }
  }

  @Test
  void anHttp10ServerIsNotSentRequestsOnConnectionsItClosed() throws Exception {
    Recorder recorder = new Recorder();
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.HTTP_1_0,
            LoopbackServer.relayTo(SANDBOX.sandbox().baseUrl()));
        PaykkaHttpAdapter adapter = server.adapter().retry(RetrySettings.none()).listener(recorder).build()) {
      List<PaymentRequest> initiated = new ArrayList<>();
      for (int round = 0; round < 2; round++) initiated.addAll(everyKindOfCall(adapter));

      assertEachInitiateReachedPayKkaOnce(server, initiated);
      // an HTTP/1.0 answer without keep-alive says the server closes: later requests go on fresh connections
      assertThat(recorder.count(ResilienceEvent.Retrying.class)).isZero();
      assertThat(recorder.count(ResilienceEvent.Reconciling.class)).isZero();
    }
  }

  @Test
  void anInitiateProcessedAndDroppedOnAReusedConnectionIsQueriedOnAFreshOneAndNotSentAgain() throws Exception {
    PaymentResult existing = SANDBOX.adapter().initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)))
        .get();
    LoopbackServer.Handler relay = LoopbackServer.relayTo(SANDBOX.sandbox().baseUrl());
    Recorder recorder = new Recorder();
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> {
          LoopbackServer.Reply reply = relay.handle(request);
          // processed by PayKKa, then the connection dies before the answer: the worst case of a stale connection
          return request.path().equals("/payments") && request.indexOnConnection() > 1
              ? LoopbackServer.Reply.dropped() : reply;
        });
        PaykkaHttpAdapter adapter = server.adapter().retry(RetrySettings.none()).listener(recorder).build()) {
      ok(adapter.query(PaymentLookup.byOrderId(existing.order().orderId())));
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));

      PaymentResult result = ok(adapter.initiate(request));

      assertThat(result.order().transId()).isEqualTo(request.transId());
      assertThat(server.count("/payments")).isEqualTo(1);
      assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isEqualTo(1);
      assertThat(recorder.count(ResilienceEvent.Reconciling.class)).isEqualTo(1);
      // the query went on a new connection, not on the one that had just died or another pooled one
      assertThat(server.requests).filteredOn(r -> r.path().equals("/payments/query")).last()
          .extracting(LoopbackServer.Request::indexOnConnection).isEqualTo(1);
    }
  }

  @Test
  void aQueryDroppedOnAReusedConnectionIsSentAgainAtOnceOnAFreshOne() throws Exception {
    PaymentResult existing = SANDBOX.adapter().initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)))
        .get();
    LoopbackServer.Handler relay = LoopbackServer.relayTo(SANDBOX.sandbox().baseUrl());
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE,
            request -> request.indexOnConnection() > 1 ? LoopbackServer.Reply.dropped() : relay.handle(request));
        PaykkaHttpAdapter adapter = server.adapter().retry(RetrySettings.none()).build()) {
      PaymentLookup lookup = PaymentLookup.byOrderId(existing.order().orderId());
      for (int i = 0; i < 5; i++) {
        Either<GatewayFailure, PaymentResult> result = adapter.query(lookup);
        assertThat(result.isRight()).as("query %s: %s", i, result).isTrue();
        assertThat(result.get().order().orderId()).isEqualTo(existing.order().orderId());
      }
    }
  }
}

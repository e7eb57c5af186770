package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.ResilienceEvent;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.PaymentGatewayContract;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.fake.FakePaykka;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.sandbox.Fault;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.vavr.control.Either;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** testing.md's sandbox, extension, fault and contract examples, run. */
// region extension
@ExtendWith(PaykkaSandboxExtension.class)   // or @PaykkaSandboxTest
class TestingExampleTest {
  private final PaykkaHttpAdapter paykka;
  private final List<ResilienceEvent> events = new CopyOnWriteArrayList<>();

  TestingExampleTest(PaykkaSandbox sandbox, SandboxKeys keys) {
    this.paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKey())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .listener(events::add)
        .build();
  }
  // endregion

  @Test
  void aSandboxOfYourOwn() {
    TestKeys.TestKeyPair merchantKeys = TestKeys.generate();
    // region sandbox
    try (PaykkaSandbox sandbox = PaykkaSandbox.builder()
        .merchant("18356675194960", merchantKeys.publicKey())  // the keys your requests are verified with
        .port(0)                                               // the default: a free port, see sandbox.port()
        .seed(42)                                              // identifiers and probabilistic faults
        .notificationRetry(Duration.ofMillis(100), Duration.ofSeconds(2), 8)  // the default schedule
        .start()) {
      URI baseUrl = sandbox.baseUrl();                         // http://127.0.0.1:<port>/
      // ... PaykkaHttpAdapter with PaykkaEnvironment.local(baseUrl.toString()) and sandbox.platformPublicKey()
      // endregion
      assertThat(baseUrl.getPort()).isEqualTo(sandbox.port()).isPositive();
      assertThat(sandbox.merchantId()).isEqualTo("18356675194960");
    }
  }

  @Test
  void faultsAreSurvived(PaykkaSandbox sandbox) {
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    // region faults
    sandbox.faults()
        .inject(Operation.INITIATE, new Fault.DropAfterProcessing())       // the next initiate: done, answer lost
        .inject(Operation.QUERY, Fault.ServerError.internal(), 1)          // and the next query: HTTP 500
        .injectWithProbability(Operation.REFUND, new Fault.Delay(Duration.ofMillis(50)), 0.2); // 20 % of refunds

    Either<GatewayFailure, PaymentResult> result = paykka.initiate(request);
    // the adapter asked PayKKa about the trans_id (retrying the failed query) instead of paying again
    // endregion
    assertThat(result.isRight()).isTrue();
    assertThat(result.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(events).anyMatch(e -> e instanceof ResilienceEvent.Reconciling);
    assertThat(events).anyMatch(e -> e instanceof ResilienceEvent.Retrying);
  }

  @Test
  void threeDsAndAsynchronousResults(PaykkaSandbox sandbox) throws Exception {
    String notifyUrl = TestRequests.NOTIFY_URL;
    // region simulator
    PaymentResult challenged = paykka.initiate(TestRequests.valid(
        TestRequests.purchase(TestCard.THREE_DS_CHALLENGE).notifyUrl(notifyUrl))).get();
    URI page = challenged.authenticationUrl().get();  // the sandbox's 3DS page: GET shows it, a browser can use it
    sandbox.completeChallenge(challenged.order().orderId(), true);   // or POST page?result=pass

    PaymentResult pending = paykka.initiate(TestRequests.valid(
        TestRequests.purchase(TestCard.PROCESSING_THEN_APPROVED).notifyUrl(notifyUrl))).get();  // PROCESSING
    sandbox.settlePending(pending.order().orderId());                // or POST /sandbox/settle/<order_id>
    // endregion
    assertThat(challenged.order().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(page).isEqualTo(sandbox.challengeUrl(challenged.order().orderId()));
    HttpResponse<String> html = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(status(challenged)).isEqualTo(OrderStatus.SUCCESS);
    assertThat(pending.order().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(status(pending)).isEqualTo(OrderStatus.SUCCESS);

    OrderId orderId = pending.order().orderId();
    // region notifications
    List<NotificationAttempt> attempts = sandbox.awaitAttempts(      // orderId(): the domain's OrderId
        a -> a.orderId().equals(orderId) && a.notifyType().equals("PAYMENT.SUCCESS"), 1, Duration.ofSeconds(10));
    NotificationAttempt first = attempts.get(0);
    // first.url(), first.headers(), first.bodyText(), first.attempt(), first.status() (null: no answer)
    // endregion
    assertThat(first.url()).isEqualTo(URI.create(notifyUrl));
    assertThat(first.bodyText()).contains(orderId.value());
  }

  private OrderStatus status(PaymentResult r) {
    return paykka.query(PaymentLookup.byOrderId(r.order().orderId())).get().order().status();
  }

  // region contract
  /** Your own PaymentGateway (here the fake, for speed) must pass what the HTTP adapter passes. */
  @Nested
  class YourGatewayPassesThePaymentsContract extends PaymentGatewayContract {
    private final FakePaykka paykka = FakePaykka.create();

    @Override
    protected PaymentGateway payments() {
      return paykka.payments();     // your adapter, e.g. over your company's HTTP client
    }

    @Override
    protected PaymentSimulator simulator() {
      return paykka;                // the PayKKa it talks to: the fake, or the sandbox
    }
  }
  // endregion

  @Test
  void scriptedFailuresOfTheFake() {
    // region fake-scripts
    FakePaykka fake = FakePaykka.create();
    fake.failNext(Operation.INITIATE,
        new GatewayFailure.NotSent(Operation.INITIATE, "t-1", 1, "connection refused"));  // nothing happens
    fake.failNextAfterProcessing(Operation.CAPTURE);   // the capture happens, the answer is OutcomeUnknown

    PaymentResult approved = fake.payments().initiate(
        TestRequests.valid(TestRequests.purchase(TestCard.THREE_DS_CHALLENGE))).getOrNull(); // null: NotSent
    List<FakePaykka.RecordedCall> calls = fake.calls(Operation.INITIATE);                  // one, recorded
    // endregion
    assertThat(approved).isNull();
    assertThat(calls).hasSize(1);
    assertThat(fake.engine().orders()).isEmpty();
  }
}

package io.github.paykka.docs.examples;

// region imports-checkout-service
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.vavr.control.Either;
// endregion
// region imports-fakes
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.ports.Operation;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.fake.FakePaykka;
import org.junit.jupiter.api.Test;
// endregion
// region imports-fake-scripts
import java.util.List;
// endregion
// region imports-extension
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.ResilienceEvent;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtendWith;
// endregion
// region imports-sandbox
import io.github.paykka.testkit.sandbox.TestKeys;
import java.net.URI;
import java.time.Duration;
// endregion
// region imports-faults
import io.github.paykka.testkit.sandbox.Fault;
// endregion
// region imports-notifications
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.testkit.sandbox.NotificationAttempt;
// endregion
// region imports-contract
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.contract.PaymentGatewayContract;
import org.junit.jupiter.api.Nested;
// endregion
import io.github.paykka.domain.order.OrderStatus;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** testing.md's examples, run: the fakes, the sandbox and its extension, faults, notifications, contract suites. */
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

  // region checkout-service
  /** Your code: it depends on the port, PaymentGateway, never on an adapter. */
  static final class CheckoutService {
    private final PaymentGateway payments;

    CheckoutService(PaymentGateway payments) {
      this.payments = payments;
    }

    String pay(PaymentRequest request) {
      Either<GatewayFailure, PaymentResult> result = payments.initiate(request);
      if (result.isRight()) return "paid " + result.get().order().orderId();
      GatewayFailure failure = result.getLeft();
      if (failure instanceof GatewayFailure.OutcomeUnknown unknown) {
        // never tell the shopper "declined" when you do not know: ask PayKKa
        return payments.query(PaymentLookup.byTransId(request.transId()))
            .fold(f -> "pending " + unknown.reference(), found -> "paid " + found.order().orderId());
      }
      return failure instanceof GatewayFailure.Declined d ? "declined " + d.errorCode() : "error " + failure.message();
    }
  }
  // endregion

  @Test
  void declinesAndAmbiguousFailuresAreHandled() {
    // region fakes
    FakePaykka fake = FakePaykka.create();
    CheckoutService service = new CheckoutService(fake.payments());

    String declined = service.pay(TestRequests.valid(TestRequests.purchase(TestCard.DECLINED)));
    // "declined 2099"

    fake.failNextAfterProcessing(Operation.INITIATE);   // the order is made, the answer is lost
    String recovered = service.pay(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)));
    // "paid GW...": the service asked PayKKa instead of guessing

    assertThat(fake.calls(Operation.INITIATE)).hasSize(2);
    // endregion
    assertThat(declined).isEqualTo("declined " + TestCard.DECLINED_CODE);
    assertThat(recovered).startsWith("paid GW");
    assertThat(fake.engine().orders()).hasSize(2);
    assertThat(fake.engine().orders()).extracting(r -> r.order().status())
        .containsExactlyInAnyOrder(OrderStatus.FAILURE, OrderStatus.SUCCESS);
  }

  @Test
  void scriptedFailuresOfTheFake() {
    // region fake-scripts
    FakePaykka scripted = FakePaykka.create();
    scripted.failNext(Operation.INITIATE,
        new GatewayFailure.NotSent(Operation.INITIATE, "t-1", 1, "connection refused"));  // nothing happens
    scripted.failNextAfterProcessing(Operation.CAPTURE);   // the capture happens, the answer is OutcomeUnknown

    Either<GatewayFailure, PaymentResult> notSent = scripted.payments().initiate(
        TestRequests.valid(TestRequests.purchase(TestCard.THREE_DS_CHALLENGE)));          // the NotSent above
    List<FakePaykka.RecordedCall> calls = scripted.calls(Operation.INITIATE);             // one, recorded
    // endregion
    assertThat(notSent.getLeft()).isInstanceOf(GatewayFailure.NotSent.class);
    assertThat(calls).hasSize(1);
    assertThat(scripted.engine().orders()).isEmpty();
  }

  @Test
  void aSandboxOfYourOwn() {
    // region sandbox
    TestKeys.TestKeyPair merchantKeys = TestKeys.generate();   // a test merchant key pair (PayKKa never sees it)
    try (PaykkaSandbox sandbox = PaykkaSandbox.builder()
        .merchant("18356675194960", merchantKeys.publicKey())  // the keys your requests are verified with
        .port(0)                                               // the default: a free port, see sandbox.port()
        .seed(42)                                              // identifiers and probabilistic faults
        .notificationRetry(Duration.ofMillis(100), Duration.ofSeconds(2), 8)  // the default schedule
        .start()) {
      URI baseUrl = sandbox.baseUrl();                         // http://127.0.0.1:<port>/
      // ... PaykkaHttpAdapter with PaykkaEnvironment.local(baseUrl.toString()), merchantKeys.privateKey() and
      // sandbox.platformPublicKey(), as the extension's above
      // endregion
      assertThat(baseUrl.getPort()).isEqualTo(sandbox.port()).isPositive();
      assertThat(sandbox.merchantId()).isEqualTo("18356675194960");
    }
  }

  @Test
  void faultsAreSurvived(PaykkaSandbox sandbox) {
    // region faults
    sandbox.faults()
        .inject(Operation.INITIATE, new Fault.DropAfterProcessing())       // the next initiate: done, answer lost
        .inject(Operation.QUERY, Fault.ServerError.internal(), 1)          // and the next query: HTTP 500
        .injectWithProbability(Operation.REFUND, new Fault.Delay(Duration.ofMillis(50)), 0.2); // 20 % of refunds

    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    Either<GatewayFailure, PaymentResult> result = paykka.initiate(request);
    // the adapter asked PayKKa about the trans_id (retrying the failed query) instead of paying again
    // endregion
    assertThat(result.isRight()).isTrue();
    assertThat(result.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(events).anyMatch(e -> e instanceof ResilienceEvent.Reconciling);
    assertThat(events).anyMatch(e -> e instanceof ResilienceEvent.Retrying);
  }

  @Test
  void notificationsAreRecorded(PaykkaSandbox sandbox) {
    // region notifications
    PaymentRequest paid = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));  // TestRequests.NOTIFY_URL
    OrderId orderId = paykka.initiate(paid).getOrElseThrow(f -> new AssertionError(f.message())).order().orderId();
    List<NotificationAttempt> attempts = sandbox.awaitAttempts(      // orderId(): the domain's OrderId
        a -> a.orderId().equals(orderId) && a.is(NotifyType.PAYMENT_SUCCESS), 1, Duration.ofSeconds(10));
    NotificationAttempt first = attempts.get(0);
    // first.url(), first.headers(), first.body() (into your handler's handle(...) as they are), first.attempt(),
    // first.status() (null: no answer)
    // endregion
    assertThat(first.url()).isEqualTo(URI.create(TestRequests.NOTIFY_URL));
    assertThat(first.bodyText()).contains(orderId.value());
  }

  @Test
  void threeDsAndAsynchronousResults(PaykkaSandbox sandbox) throws Exception {
    // region simulator
    String notifyUrl = TestRequests.NOTIFY_URL;                  // where the sandbox delivers (your webhook)
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
}

package io.github.paykka.docs.demo;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The README's demo: the whole payment lifecycle against the embedded sandbox, through the real HTTP adapter and
 * the real webhook adapter, one table row per step. Every step checks that PayKKa (the sandbox) did what the docs
 * say; the demo fails when one did not.
 */
public final class Demo {
  private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(10);

  private final PrintStream out;
  private final PaykkaSandbox sandbox;
  private final PaykkaHttpAdapter paykka;
  private final OrderBook book = new OrderBook();
  private final String notifyUrl;
  private int failures;
  private int notificationsExpected;

  private Demo(PrintStream out, PaykkaSandbox sandbox, PaykkaHttpAdapter paykka, String notifyUrl) {
    this.out = out;
    this.sandbox = sandbox;
    this.paykka = paykka;
    this.notifyUrl = notifyUrl;
  }

  public static void main(String[] args) throws Exception {
    int failures = run(System.out);
    if (failures > 0) throw new IllegalStateException(failures + " step(s) did not behave as the docs say");
  }

  /** Runs the demo, printing to {@code out}; answers how many steps did not behave as documented. */
  public static int run(PrintStream out) throws Exception {
    TestKeys.TestKeyPair merchantKeys = TestKeys.generate();
    String merchantId = "18356675194960";
    ExecutorService webhookThreads = Executors.newFixedThreadPool(2);
    HttpServer merchantServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    try (PaykkaSandbox sandbox = PaykkaSandbox.builder().merchant(merchantId, merchantKeys.publicKey()).start()) {
      // The merchant: an HTTP adapter to call PayKKa, a webhook endpoint to hear from it.
      PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
          .merchantId(merchantId)
          .merchantPrivateKey(merchantKeys.privateKeyPem())
          .platformPublicKey(sandbox.platformPublicKey())
          .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
          .build();
      String notifyUrl = "http://127.0.0.1:" + merchantServer.getAddress().getPort() + "/paykka/notifications";
      Demo demo = new Demo(out, sandbox, paykka, notifyUrl);
      PaykkaWebhookHandler webhook = PaykkaWebhookHandler.builder()
          .platformPublicKey(sandbox.platformPublicKey())
          .merchantId(merchantId)
          .listener(demo.book)
          .build();
      merchantServer.createContext("/paykka/notifications", PaykkaHttpHandler.of(webhook));
      merchantServer.setExecutor(webhookThreads);
      merchantServer.start();
      try (paykka) {
        out.println("PayKKa sandbox at " + sandbox.baseUrl() + ", merchant webhook at " + notifyUrl);
        try {
          demo.lifecycle();
        } catch (StepFailed stop) {
          demo.fail(stop.step, "", stop.getMessage() + " (the steps after it depend on it: stopped)");
        }
      }
      return demo.failures;
    } finally {
      merchantServer.stop(0);
      webhookThreads.shutdownNow();
    }
  }

  private void lifecycle() throws Exception {
    header();
    // 1. A purchase with automatic capture.
    PaymentOrder purchase = expectOrder("purchase, automatic capture",
        paykka.initiate(request(TestCard.VISA_SUCCESS, 10_000, CaptureMethod.AUTOMATIC).validate().get()),
        OrderStatus.SUCCESS, NotifyType.PAYMENT_SUCCESS);

    // 2. An authorisation, a partial capture, then the final capture.
    PaymentOrder auth = expectOrder("authorisation, manual capture",
        paykka.initiate(request(TestCard.MASTERCARD_SUCCESS, 15_000, CaptureMethod.MANUAL).validate().get()),
        OrderStatus.AUTHORIZED, NotifyType.PAYMENT_AUTHORIZATION);
    auth = command("capture 50.00 (partial)", auth, CaptureCommand.of(auth, usd(5_000), false)
        .map(paykka::capture), OrderStatus.AUTHORIZED, null);
    auth = command("capture 100.00 (final)", auth, CaptureCommand.of(auth, usd(10_000), true)
        .map(paykka::capture), OrderStatus.SUCCESS, NotifyType.PAYMENT_SUCCESS);

    // 3. A void of an authorisation.
    PaymentOrder toVoid = expectOrder("authorisation to void",
        paykka.initiate(request(TestCard.VISA_SUCCESS, 8_000, CaptureMethod.MANUAL).validate().get()),
        OrderStatus.AUTHORIZED, NotifyType.PAYMENT_AUTHORIZATION);
    command("void", toVoid, VoidCommand.of(toVoid, ReasonCode.REQUESTED_BY_CUSTOMER).map(paykka::voidPayment),
        OrderStatus.CANCELED, NotifyType.PAYMENT_CANCELED);

    // 4. A partial refund of the purchase.
    refund(purchase, 3_000);

    // 5. A 3DS challenge, completed by the shopper on the sandbox's page.
    challenge();

    // 6. Recurring: the first payment stores the card, the merchant charges again, then cancels the agreement.
    recurring();

    out.printf("%-30s | %s%n", "notifications", book.heardCount()
        + " received by the webhook adapter: each verified on its raw bytes, deduplicated, reconciled");
    expect(book.heardCount() == notificationsExpected, "notifications", "",
        notificationsExpected + " (one per status change that PayKKa notifies)", String.valueOf(book.heardCount()));
    out.println();
    out.println(failures == 0 ? "Every step behaved as the docs say." : failures + " step(s) did NOT behave as the docs say.");
  }

  private void refund(PaymentOrder order, long minor) throws Exception {
    RefundTransId refundId = RefundTransId.of("rf-" + shortId());
    Either<GatewayFailure, Refund> refund = RefundCommand.of(order, refundId, usd(minor), ReasonCode.REQUESTED_BY_CUSTOMER,
        Option.some(notifyUrl)).mapLeft(r -> (GatewayFailure) new GatewayFailure.Invalid(Operation.REFUND, refundId.value(),
            io.vavr.collection.List.empty())).flatMap(paykka::refund);
    if (refund.isLeft()) {
      fail("refund " + money(minor), refundId.value(), refund.getLeft().message());
      return;
    }
    notificationsExpected++;
    Option<Notification> heard = book.await(NotifyType.REFUND_SUCCESS, refundId.value(), NOTIFICATION_WAIT);
    PaymentOrder after = query(order.orderId());
    row("refund " + money(minor) + " (partial)", ids(order), after,
        heard.map(n -> n.type().wireName() + " for " + refundId + " (refund " + refund.get().status() + ")")
            .getOrElse("MISSING"));
    expect(after.status() == OrderStatus.PARTIALLY_REFUNDED && heard.isDefined(), "refund", ids(order),
        "PARTIALLY_REFUNDED and REFUND.SUCCESS", after.status().name());
  }

  private void challenge() throws Exception {
    Either<GatewayFailure, PaymentResult> started =
        paykka.initiate(request(TestCard.THREE_DS_CHALLENGE, 6_000, CaptureMethod.AUTOMATIC).validate().get());
    if (started.isLeft()) {
      fail("3DS challenge", "", started.getLeft().message());
      return;
    }
    PaymentResult result = started.get();
    row("3DS challenge required", ids(result.order()), book.track(result.order()),
        "authentication_url " + result.authenticationUrl().map(URI::getPath).getOrElse("(none)"));
    expect(result.requiresAuthentication(), "3DS challenge", ids(result.order()), "PROCESSING with authentication_url",
        result.order().status().name());
    if (result.authenticationUrl().isEmpty()) return;
    // The shopper passes the challenge on the sandbox's page (what the browser would do after the redirect).
    URI pass = URI.create(result.authenticationUrl().get() + "?result=pass");
    HttpResponse<String> page = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(pass).GET().build(), HttpResponse.BodyHandlers.ofString());
    expectNotified("3DS challenge completed", result.order(), page.statusCode() == 200 ? OrderStatus.SUCCESS : null,
        NotifyType.PAYMENT_SUCCESS);
  }

  private void recurring() throws Exception {
    ShopperReference shopper = ShopperReference.of("demo-shopper-" + shortId());
    PaymentRequest first = request(TestCard.VISA_SUCCESS, 2_000, CaptureMethod.AUTOMATIC)
        .paymentType(PaymentType.RECURRING).mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION)
        .shopperReference(shopper).validate().get();
    Either<GatewayFailure, PaymentResult> firstResult = paykka.initiate(first);
    expectOrder("recurring, first payment", firstResult, OrderStatus.SUCCESS, NotifyType.PAYMENT_SUCCESS);
    if (firstResult.isLeft() || firstResult.get().token().isEmpty() || firstResult.get().recurringAgreementId().isEmpty()) {
      fail("recurring, first payment", "", "no token or agreement returned");
      return;
    }
    CardToken token = firstResult.get().token().get();
    RecurringAgreementId agreement = firstResult.get().recurringAgreementId().get();
    out.printf("%-30s | %-48s | token %s, agreement %s%n", "", "", token, agreement);

    expectOrder("recurring, merchant-initiated", paykka.initiate(merchantInitiated(shopper, token, agreement)),
        OrderStatus.SUCCESS, NotifyType.PAYMENT_SUCCESS);

    var tokens = paykka.list(shopper);
    boolean listed = tokens.isRight() && tokens.get().stream().anyMatch(t -> t.token().equals(token) && t.isUsable());
    out.printf("%-30s | %-48s | %s%n", "tokens listed", shopper, tokens.map(Demo::describe).getOrElseGet(GatewayFailure::message));
    expect(listed, "tokens listed", shopper.value(), "token ACTIVATE", "");

    var cancelled = paykka.cancel(agreement, shopper);
    out.printf("%-30s | %-48s | %s%n", "agreement cancelled", agreement, cancelled.isRight() ? "accepted" : cancelled.getLeft().message());
    expect(cancelled.isRight(), "agreement cancelled", agreement.value(), "accepted", "");

    var refused = paykka.initiate(merchantInitiated(shopper, token, agreement));
    out.printf("%-30s | %-48s | %s%n", "merchant-initiated, cancelled", agreement,
        refused.isLeft() ? "refused: " + refused.getLeft().message() : "ACCEPTED");
    expect(refused.isLeft(), "merchant-initiated on a cancelled agreement", agreement.value(), "refused", "");

    var removed = paykka.remove(token, shopper);
    var after = paykka.list(shopper);
    boolean deleted = removed.isRight() && after.isRight()
        && after.get().stream().anyMatch(t -> t.token().equals(token) && t.status().contains(TokenStatus.DELETE));
    out.printf("%-30s | %-48s | %s%n", "token removed", token, after.map(Demo::describe).getOrElseGet(GatewayFailure::message));
    expect(deleted, "token removed", token.value(), "token DELETE", "");
  }

  private PaymentRequest merchantInitiated(ShopperReference shopper, CardToken token, RecurringAgreementId agreement) {
    return PaymentRequest.builder()
        .paymentType(PaymentType.RECURRING).mit(true).recurringAgreementId(agreement)
        .transId("demo-" + shortId())
        .amount(usd(2_000))
        .notifyUrl(notifyUrl)
        .instrument(new PaymentInstrument.SavedCard(token))
        .shopperReference(shopper)
        .addGoods(Goods.of("Monthly plan", "https://merchant.example/plans/monthly", 2_000, 1))
        .validate().get();
  }

  private PaymentRequest.Builder request(TestCard card, long minor, CaptureMethod capture) {
    return PaymentRequest.builder()
        .transId("demo-" + shortId())
        .captureMethod(capture)
        .amount(usd(minor))
        .notifyUrl(notifyUrl)
        .returnUrl("https://merchant.example/checkout/return")
        .instrument(card.instrument())
        .holderName("Lisa Demo")
        .browser(Browser.builder().userAgent("Mozilla/5.0 (demo)").language("en-US").javaEnabled(false).build())
        .customer(Customer.builder().email("lisa@merchant.example").orderIp("127.0.0.1").build())
        .addGoods(Goods.of("Espresso machine", "https://merchant.example/products/espresso", minor, 1));
  }

  // A new order: it must have the expected status, and its notification must arrive, verify and reconcile.
  private PaymentOrder expectOrder(String step, Either<GatewayFailure, PaymentResult> result, OrderStatus status,
      NotifyType notification) throws Exception {
    if (result.isLeft()) throw new StepFailed(step, result.getLeft().message());
    return expectNotified(step, book.track(result.get().order()), status, notification);
  }

  // A command on an order: accepted, then the order (queried) has the expected status and notification.
  private PaymentOrder command(String step, PaymentOrder order, Either<?, ? extends Either<GatewayFailure, ?>> sent,
      OrderStatus status, NotifyType notification) throws Exception {
    if (sent.isLeft()) {
      fail(step, ids(order), "refused by the domain: " + sent.getLeft());
      return order;
    }
    if (sent.get().isLeft()) {
      fail(step, ids(order), sent.get().getLeft().message());
      return order;
    }
    return expectNotified(step, order, status, notification);
  }

  private PaymentOrder expectNotified(String step, PaymentOrder order, OrderStatus status, NotifyType notification)
      throws Exception {
    if (notification != null) notificationsExpected++;
    Option<Notification> heard = notification == null ? Option.none()
        : book.await(notification, order.orderId().value(), NOTIFICATION_WAIT);
    PaymentOrder now = query(order.orderId());
    PaymentOrder reconciled = book.track(now);
    row(step, ids(order), now, notification == null ? "(none expected)"
        : heard.map(n -> n.type().wireName() + " -> reconciled " + reconciled.status()).getOrElse("MISSING"));
    expect(now.status() == status && (notification == null || heard.isDefined()) && reconciled.equals(now), step,
        ids(order), status + (notification == null ? "" : " and " + notification.wireName()), now.status().name());
    return now;
  }

  private PaymentOrder query(OrderId id) {
    return paykka.query(PaymentLookup.byOrderId(id)).map(PaymentResult::order)
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
  }

  private void header() {
    out.printf("%-30s | %-48s | %-18s | %-8s | %-8s | %-8s | %-8s | %s%n", "step", "ids (trans_id / order_id)", "status",
        "authed", "captured", "voided", "refunded", "notification");
    out.println("-".repeat(30) + "-+-" + "-".repeat(48) + "-+-" + "-".repeat(18) + "-+-" + "-".repeat(8) + "-+-"
        + "-".repeat(8) + "-+-" + "-".repeat(8) + "-+-" + "-".repeat(8) + "-+-" + "-".repeat(30));
  }

  private void row(String step, String ids, PaymentOrder order, String notification) {
    out.printf("%-30s | %-48s | %-18s | %8s | %8s | %8s | %8s | %s%n", step, ids, order.status(),
        amount(order.balances().authed()), amount(order.balances().captured()), amount(order.balances().voided()),
        amount(order.balances().refunded()), notification);
  }

  private void expect(boolean ok, String step, String ids, String expected, String actual) {
    if (!ok) fail(step, ids, "expected " + expected + (actual.isEmpty() ? "" : ", got " + actual));
  }

  private void fail(String step, String ids, String why) {
    failures++;
    out.printf("%-30s | %-48s | FAILED: %s%n", step, ids, why);
  }

  /** A step whose result the next steps need did not succeed. */
  private static final class StepFailed extends RuntimeException {
    private final String step;

    StepFailed(String step, String why) {
      super(why, null, false, false);
      this.step = step;
    }
  }

  private static String describe(List<StoredCardToken> tokens) {
    return tokens.stream().map(t -> t.token() + " " + t.usage().map(Enum::name).getOrElse("?") + " " + t.statusText())
        .toList().toString();
  }

  private static String ids(PaymentOrder order) {
    return order.transId() + " / " + order.orderId();
  }

  private static String amount(Money money) {
    return money.toMajor().toPlainString();
  }

  private static String money(long minor) {
    return amount(usd(minor));
  }

  private static Money usd(long minor) {
    return Money.of(minor, Currency.USD);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

}

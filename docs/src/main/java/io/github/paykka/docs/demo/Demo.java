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
import java.util.ArrayList;
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
  /** The widest line printed: the table reads in a 120-column terminal. */
  public static final int WIDTH = 120;
  private static final String ROW = "%-25s %-20s %-18s %7s %7s %7s %7s  %s%n";
  private static final String NOTE = "%-25s %-20s %s%n";

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
        out.println("Each order as PayKKa reports it; the merchant's own copy, merged from the notifications, must agree.");
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
    PaymentOrder purchase = expectOrder("purchase, auto capture",
        paykka.initiate(request(TestCard.VISA_SUCCESS, 10_000, CaptureMethod.AUTOMATIC).build()),
        OrderStatus.SUCCESS, NotifyType.PAYMENT_SUCCESS);

    // 2. An authorisation, a partial capture, then the final capture.
    PaymentOrder auth = expectOrder("authorise, manual capture",
        paykka.initiate(request(TestCard.MASTERCARD_SUCCESS, 15_000, CaptureMethod.MANUAL).build()),
        OrderStatus.AUTHORIZED, NotifyType.PAYMENT_AUTHORIZATION);
    auth = command("capture 50.00 (partial)", auth, CaptureCommand.partial(auth, usd(5_000))
        .flatMap(paykka::capture), OrderStatus.AUTHORIZED, null);
    auth = command("capture 100.00 (last)", auth, CaptureCommand.last(auth, usd(10_000))
        .flatMap(paykka::capture), OrderStatus.SUCCESS, NotifyType.PAYMENT_SUCCESS);

    // 3. A void of an authorisation.
    PaymentOrder toVoid = expectOrder("authorise, to void",
        paykka.initiate(request(TestCard.VISA_SUCCESS, 8_000, CaptureMethod.MANUAL).build()),
        OrderStatus.AUTHORIZED, NotifyType.PAYMENT_AUTHORIZATION);
    command("void", toVoid, VoidCommand.of(toVoid, ReasonCode.REQUESTED_BY_CUSTOMER).flatMap(paykka::voidPayment),
        OrderStatus.CANCELED, NotifyType.PAYMENT_CANCELED);

    // 4. A partial refund of the purchase.
    refund(purchase, 3_000);

    // 5. A 3DS challenge, completed by the shopper on the sandbox's page.
    challenge();

    // 6. Recurring: the first payment stores the card, the merchant charges again, then cancels the agreement.
    recurring();

    out.printf(NOTE, "notifications", book.heardCount() + " received",
        "each verified on its raw bytes, deduplicated, reconciled");
    expect(book.heardCount() == notificationsExpected, "notifications", "",
        notificationsExpected + " (one per status change that PayKKa notifies)", String.valueOf(book.heardCount()));
    out.println();
    out.println(failures == 0 ? "Every step behaved as the docs say." : failures + " step(s) did NOT behave as the docs say.");
  }

  private void refund(PaymentOrder order, long minor) throws Exception {
    RefundTransId refundId = RefundTransId.of("rf-" + shortId());
    Either<GatewayFailure, Refund> refund = RefundCommand.builder()
        .refundTransId(refundId)
        .order(book.order(order.orderId()).getOrElse(order))    // the merchant's copy: the domain checks it first
        .amount(usd(minor))
        .reason(ReasonCode.REQUESTED_BY_CUSTOMER)
        .notifyUrl(notifyUrl)
        .checked()
        .flatMap(paykka::refund);
    String step = "refund " + money(minor) + " (partial)";
    if (refund.isLeft()) {
      fail(step, order.orderId().value(), refund.getLeft().message());
      return;
    }
    notificationsExpected++;
    Option<Notification> heard = book.await(NotifyType.REFUND_SUCCESS, refundId.value(), NOTIFICATION_WAIT);
    PaymentOrder after = query(order.orderId());
    PaymentOrder kept = book.order(order.orderId()).getOrElse(order);
    row(step, after, heard.map(n -> n.type().wireName()).getOrElse("MISSING"));
    expect(after.status() == OrderStatus.PARTIALLY_REFUNDED && heard.isDefined()
            && kept.status() == after.status() && kept.balances().refunded().equals(after.balances().refunded()),
        "refund", order.orderId().value(), "PARTIALLY_REFUNDED and REFUND.SUCCESS, in the merchant's copy too",
        after.status() + " (the merchant's copy: " + kept.status() + ", refunded " + kept.balances().refunded() + ")");
  }

  private void challenge() throws Exception {
    Either<GatewayFailure, PaymentResult> started =
        paykka.initiate(request(TestCard.THREE_DS_CHALLENGE, 6_000, CaptureMethod.AUTOMATIC).build());
    if (started.isLeft()) {
      fail("3DS challenge", "", started.getLeft().message());
      return;
    }
    PaymentResult result = started.get();
    row("3DS challenge required", book.track(result.order()),
        result.authenticationUrl().isDefined() ? "authentication_url" : "(no URL)");
    expect(result.requiresAuthentication(), "3DS challenge", result.order().orderId().value(),
        "PROCESSING with authentication_url", result.order().status().name());
    if (result.authenticationUrl().isEmpty()) return;
    // The shopper passes the challenge on the sandbox's page (what the browser would do after the redirect).
    URI pass = URI.create(result.authenticationUrl().get() + "?result=pass");
    HttpResponse<String> page = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(pass).GET().build(), HttpResponse.BodyHandlers.ofString());
    expectNotified("3DS challenge passed", result.order(), page.statusCode() == 200 ? OrderStatus.SUCCESS : null,
        NotifyType.PAYMENT_SUCCESS);
  }

  private void recurring() throws Exception {
    ShopperReference shopper = ShopperReference.of("shopper-" + shortId().substring(0, 8));
    PaymentRequest first = request(TestCard.VISA_SUCCESS, 2_000, CaptureMethod.AUTOMATIC)
        .paymentType(PaymentType.RECURRING).mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION)
        .shopperReference(shopper).build();
    Either<GatewayFailure, PaymentResult> firstResult = paykka.initiate(first);
    expectOrder("recurring, first", firstResult, OrderStatus.SUCCESS, NotifyType.PAYMENT_SUCCESS);
    if (firstResult.isLeft() || firstResult.get().token().isEmpty() || firstResult.get().recurringAgreementId().isEmpty()) {
      fail("recurring, first", "", "no token or agreement returned");
      return;
    }
    CardToken token = firstResult.get().token().get();
    RecurringAgreementId agreement = firstResult.get().recurringAgreementId().get();
    out.printf(NOTE, "  stored", token.value(), "agreement " + agreement.value());

    expectOrder("recurring, merchant-init.", paykka.initiate(merchantInitiated(shopper, token, agreement)),
        OrderStatus.SUCCESS, NotifyType.PAYMENT_SUCCESS);

    var tokens = paykka.list(shopper);
    boolean listed = tokens.isRight() && tokens.get().stream().anyMatch(t -> t.token().equals(token) && t.isUsable());
    out.printf(NOTE, "tokens listed", shopper.value(), tokens.map(Demo::describe).getOrElseGet(Demo::briefly));
    expect(listed, "tokens listed", shopper.value(), "token ACTIVATE", "");

    var cancelled = paykka.cancel(agreement, shopper);
    out.printf(NOTE, "agreement cancelled", agreement.value(), cancelled.isRight() ? "accepted" : briefly(cancelled.getLeft()));
    expect(cancelled.isRight(), "agreement cancelled", agreement.value(), "accepted", "");

    var refused = paykka.initiate(merchantInitiated(shopper, token, agreement));
    out.printf(NOTE, "charge after cancel", agreement.value(),
        refused.isLeft() ? "refused: " + briefly(refused.getLeft()) : "ACCEPTED");
    expect(refused.isLeft(), "charge after cancel", agreement.value(), "refused", "");

    var removed = paykka.remove(token, shopper);
    var after = paykka.list(shopper);
    boolean deleted = removed.isRight() && after.isRight()
        && after.get().stream().anyMatch(t -> t.token().equals(token) && t.status().contains(TokenStatus.DELETE));
    out.printf(NOTE, "token removed", token.value(), after.map(Demo::describe).getOrElseGet(Demo::briefly));
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
        .build();
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
  private PaymentOrder command(String step, PaymentOrder order, Either<GatewayFailure, ?> sent, OrderStatus status,
      NotifyType notification) throws Exception {
    if (sent.isLeft()) {
      fail(step, order.orderId().value(), sent.getLeft().message());   // refused by the domain, or by PayKKa
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
    row(step, now, notification == null ? "(none expected)"
        : heard.map(n -> n.type().wireName()).getOrElse("MISSING"));
    expect(now.status() == status && (notification == null || heard.isDefined()) && reconciled.equals(now), step,
        order.orderId().value(), status + (notification == null ? "" : " and " + notification.wireName())
            + ", in the merchant's copy too", now.status() + " (the merchant's copy: " + reconciled.status() + ")");
    return now;
  }

  private PaymentOrder query(OrderId id) {
    return paykka.query(PaymentLookup.byOrderId(id)).map(PaymentResult::order)
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
  }

  private void header() {
    out.printf(ROW, "step", "order (PayKKa's id)", "status", "authed", "capturd", "voided", "refundd", "notification");
    out.printf(ROW, "-".repeat(25), "-".repeat(20), "-".repeat(18), "-".repeat(7), "-".repeat(7), "-".repeat(7),
        "-".repeat(7), "-".repeat(21));
  }

  private void row(String step, PaymentOrder order, String notification) {
    out.printf(ROW, step, order.orderId().value(), order.status(), amount(order.balances().authed()),
        amount(order.balances().captured()), amount(order.balances().voided()), amount(order.balances().refunded()),
        notification);
  }

  private void expect(boolean ok, String step, String ids, String expected, String actual) {
    if (!ok) fail(step, ids, "expected " + expected + (actual.isEmpty() ? "" : ", got " + actual));
  }

  private void fail(String step, String ids, String why) {
    failures++;
    for (String line : wrap(String.format(NOTE, step, ids, "FAILED: " + why).stripTrailing(), WIDTH, 47)) {
      out.println(line);
    }
  }

  /** {@code text} in lines of at most {@code width} characters, broken at spaces, continued after {@code indent}. */
  public static List<String> wrap(String text, int width, int indent) {
    List<String> lines = new ArrayList<>();
    String rest = text;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= indent) cut = width;
      lines.add(rest.substring(0, cut).stripTrailing());
      rest = " ".repeat(indent) + rest.substring(cut).strip();
    }
    lines.add(rest);
    return lines;
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
    return tokens.stream().map(t -> t.usage().map(Enum::name).getOrElse("?") + " " + t.statusText()).toList()
        .toString();
  }

  /** A failure in a few words: its kind, and PayKKa's code when it answered one. */
  private static String briefly(GatewayFailure failure) {
    return failure.getClass().getSimpleName()
        + (failure instanceof GatewayFailure.Rejected r ? " " + r.retCode() : "");
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

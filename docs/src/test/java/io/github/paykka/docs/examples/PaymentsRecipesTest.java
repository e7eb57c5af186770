package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-adapter
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
// endregion
// region imports-checkout-builder
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import java.util.UUID;
// endregion
// region imports-purchase
import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.validation.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
// endregion
// region imports-authorise
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
// endregion
// region imports-capture
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.vavr.control.Either;
// endregion
// region imports-void
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.ports.payment.VoidCommand;
// endregion
// region imports-refund
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.ports.refund.RefundCommand;
// endregion
// region imports-refund-retry
import io.github.paykka.ports.refund.RefundLookup;
// endregion
// region imports-refund-reconcile
import io.github.paykka.domain.notification.RefundNotification;
// endregion
// region imports-three-ds-return
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.order.OrderStatus;
// endregion
// region imports-wallet-token
import io.github.paykka.domain.instrument.Wallet;
// endregion
// region imports-wallet-card
import io.github.paykka.domain.instrument.TokenAuthentication;
// endregion
// region imports-recurring-first
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.TokenUsage;
// endregion
// region imports-tokens-list
import io.github.paykka.domain.token.StoredCardToken;
import java.util.List;
// endregion
// region imports-checkout-create
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.request.CheckoutSessionRequest;
// endregion
// region imports-checkout-query
import io.github.paykka.ports.checkout.SessionLookup;
// endregion
// region imports-apple-pay-session
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
// endregion
// region imports-async
import java.util.concurrent.CompletableFuture;
// endregion
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.testkit.sandbox.Fault;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import io.vavr.control.Option;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * payments.md's recipes, each run through the HTTP adapter against the sandbox, with a webhook endpoint of the
 * "shop" receiving PayKKa's notifications through the webhook adapter. The regions are what the page shows; the
 * assertions after them check that each recipe did what the page says.
 */
// region adapter
@ExtendWith(PaykkaSandboxExtension.class)          // a local PayKKa for the recipes (testing.md)
class PaymentsRecipesTest {
  private static PaykkaHttpAdapter paykka;         // one per merchant: share it, close it at shutdown
  private static String notifyUrl;                 // your webhook endpoint, where PayKKa POSTs (webhooks.md)

  @BeforeAll
  static void startShop(PaykkaSandbox sandbox, SandboxKeys keys) throws IOException {
    // From the test's sandbox here; in your application, from PayKKa's merchant portal and your secret store.
    String merchantId = keys.merchantId();
    String merchantPrivateKeyPem = keys.merchant().privateKeyPem();
    String platformPublicKeyPem = keys.platform().publicKeyPem();
    PaykkaEnvironment environment = PaykkaEnvironment.local(sandbox.baseUrl().toString());

    paykka = PaykkaHttpAdapter.builder()
        .merchantId(merchantId)
        .merchantPrivateKey(merchantPrivateKeyPem)      // PEM (PKCS#8 or PKCS#1) or bare Base64
        .platformPublicKey(platformPublicKeyPem)        // PayKKa's key: every answer is verified with it
        .environment(environment)                       // PaykkaEnvironment.SANDBOX, or production(url)
        .build();
    // endregion
    PaymentsRecipesTest.keys = keys;

    shopThreads = Executors.newFixedThreadPool(2);
    shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    shop.createContext("/paykka/notifications", PaykkaHttpHandler.of(PaykkaWebhookHandler.builder()
        .platformPublicKey(sandbox.platformPublicKey())
        .merchantId(merchantId)
        .listener(heard)
        .build()));
    shop.setExecutor(shopThreads);
    shop.start();
    notifyUrl = "http://127.0.0.1:" + shop.getAddress().getPort() + "/paykka/notifications";
  }

  private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(10);
  private static SandboxKeys keys;
  private static HttpServer shop;
  private static ExecutorService shopThreads;
  private static final Heard heard = new Heard();

  @AfterAll
  static void stopShop() {
    paykka.close();
    shop.stop(0);
    shopThreads.shutdownNow();
  }

  // region checkout-builder
  /** What every card payment of the shop carries; each recipe adds the instrument and what differs. */
  static PaymentRequest.Builder checkout(String orderNumber, Money amount) {
    return PaymentRequest.builder()
        .transId(orderNumber)                           // your order number: PayKKa makes one order per trans_id
        .amount(amount)
        .notifyUrl(notifyUrl)                           // where PayKKa POSTs the notifications (webhooks.md)
        .returnUrl("https://shop.example/checkout/return")
        .browser(Browser.builder().userAgent("Mozilla/5.0 (Macintosh)").language("en-US").javaEnabled(false).build())
        .customer(Customer.builder().email("lisa@shop.example").orderIp("203.0.113.7").build())
        .addGoods(Goods.of("Espresso machine", "https://shop.example/p/espresso", amount.minorUnits(), 1));
  }

  /** Your order number: PayKKa makes one order per trans_id (at most 32 characters). */
  static String nextOrderNumber() {
    return "order-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }
  // endregion

  @Test
  void purchaseWithAutomaticCapture() throws Exception {
    // region purchase
    String orderNumber = nextOrderNumber();
    Validation<Seq<FieldError>, PaymentRequest> request = checkout(orderNumber, Money.of(10_000, Currency.USD))
        .captureMethod(CaptureMethod.AUTOMATIC)         // the default: authorise and capture in one step
        .instrument(new PaymentInstrument.PlainCard(
            CardNumber.of("4242424242424242"), CardExpiry.of(3, 2030), Cvv.of("123")))
        .holderName("Lisa Chen")
        .validate();                                    // every broken rule at once, before any I/O

    String page = request.fold(
        errors -> "fix the form: " + errors.mkString("; "),
        valid -> paykka.initiate(valid).fold(
            failure -> "not paid: " + failure.message(), // see "When a call fails" below
            paid -> "paid, order " + paid.order().orderId() + " is " + paid.order().status()));
    // "paid, order GW... is SUCCESS"
    // endregion
    assertThat(page).startsWith("paid, order GW").endsWith("is SUCCESS");
    PaymentOrder order = query(TransId.of(orderNumber));
    assertThat(order.status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(order.balances().authed()).isEqualTo(usd(10_000));
    assertThat(order.balances().captured()).isEqualTo(usd(10_000));
    PaymentNotification success = heard.payment(NotifyType.PAYMENT_SUCCESS, order);
    assertThat(success.status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(success.card().map(c -> c.last4())).contains("4242");
  }

  @Test
  void invalidRequestsAreReportedBeforeAnyIo() {
    Validation<Seq<FieldError>, PaymentRequest> request = checkout("bad order number that is far too long for PayKKa",
        Money.of(0, Currency.USD)).instrument(TestCard.VISA_SUCCESS.instrument()).validate();
    String page = request.fold(errors -> "fix the form: " + errors.mkString("; "), valid -> "sent");
    assertThat(page).startsWith("fix the form: ").contains("trans_id").contains("amount: must be at least 1");
  }

  @Test
  void manualCapturePartialThenFinal() throws Exception {
    // region authorise
    PaymentRequest request = checkout(nextOrderNumber(), Money.of(15_000, Currency.USD))
        .captureMethod(CaptureMethod.MANUAL)            // authorise only: capture when you ship
        .instrument(TestCard.MASTERCARD_SUCCESS.instrument())
        .build();                                       // throws listing every broken rule: the data is yours
    PaymentResult authorised = paykka.initiate(request)
        .getOrElseThrow(failure -> new IllegalStateException(failure.message()));
    PaymentOrder order = authorised.order();            // AUTHORIZED: authed 150.00, captured 0.00
    // endregion
    assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
    heard.payment(NotifyType.PAYMENT_AUTHORIZATION, order);

    // region capture
    // First shipment: capture 50.00, more to come (capture_final false).
    Either<GatewayFailure, Accepted> first = CaptureCommand.partial(order, Money.of(5_000, Currency.USD))
        .flatMap(paykka::capture);                      // Refused by the domain (nothing sent), or PayKKa's answer

    // PayKKa answers a capture with no order: query it to see the balances.
    order = paykka.query(PaymentLookup.byOrderId(order.orderId()))
        .getOrElseThrow(failure -> new IllegalStateException(failure.message())).order();
    // AUTHORIZED: captured 50.00, 100.00 still capturable

    // Last shipment: capture 80.00 and release the rest (capture_final true).
    Either<GatewayFailure, Accepted> last = CaptureCommand.last(order, Money.of(8_000, Currency.USD))
        .flatMap(paykka::capture);
    // the order is now PARTIALLY_REVERSED: captured 130.00, voided (released) 20.00
    // endregion
    assertThat(first.isRight()).as(first.toString()).isTrue();
    assertThat(last.isRight()).as(last.toString()).isTrue();
    PaymentOrder after = query(order.transId());
    assertThat(after.status()).isEqualTo(OrderStatus.PARTIALLY_REVERSED);
    assertThat(after.balances().captured()).isEqualTo(usd(13_000));
    assertThat(after.balances().voided()).isEqualTo(usd(2_000));
    // the domain refuses a third capture before anything is sent
    assertThat(CaptureCommand.last(after, usd(100)).getLeft()).isInstanceOfSatisfying(GatewayFailure.Refused.class,
        r -> assertThat(r.rejection().message()).isEqualTo("capture is not allowed in state PARTIALLY_REVERSED"));
    // PayKKa refuses one sent anyway
    Either<GatewayFailure, Accepted> late = paykka.capture(CaptureCommand.of(after.orderId(), usd(100), true));
    assertThat(late.getLeft()).isInstanceOfSatisfying(GatewayFailure.Rejected.class,
        r -> assertThat(r.retCode()).isEqualTo("010003"));
  }

  @Test
  void captureTheRest() throws Exception {
    PaymentOrder order = authorise(usd(6_000));
    assertThat(CaptureCommand.of(order, usd(1_000), false).map(paykka::capture).get().isRight()).isTrue();
    order = query(order.transId());
    // region capture-rest
    // Ship what is left: capture the rest without naming an amount (no amount, no currency on the wire).
    Either<GatewayFailure, Accepted> rest = CaptureCommand.rest(order)
        .flatMap(paykka::capture);                      // Refused, e.g. "capture is not allowed in state SUCCESS"
    // SUCCESS: everything authorised is captured
    // endregion
    assertThat(rest.isRight()).as(rest.toString()).isTrue();
    PaymentOrder after = query(order.transId());
    assertThat(after.status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(after.balances().captured()).isEqualTo(usd(6_000));
    assertThat(CaptureCommand.rest(after).getLeft().message())
        .endsWith("refused before sending: capture is not allowed in state SUCCESS");
    heard.payment(NotifyType.PAYMENT_SUCCESS, order);
  }

  @Test
  void captureOfEverythingSucceeds() throws Exception {
    PaymentOrder order = authorise(usd(4_000));
    Either<GatewayFailure, Accepted> all = CaptureCommand.last(order, usd(4_000)).flatMap(paykka::capture);
    assertThat(all.isRight()).isTrue();
    assertThat(query(order.transId()).status()).isEqualTo(OrderStatus.SUCCESS);
    heard.payment(NotifyType.PAYMENT_SUCCESS, order);
  }

  @Test
  void voidAnAuthorisation() throws Exception {
    PaymentOrder order = authorise(usd(8_000));
    // region void
    Either<GatewayFailure, Accepted> voided = VoidCommand.of(order, ReasonCode.REQUESTED_BY_CUSTOMER)
        .flatMap(paykka::voidPayment);                  // Refused, e.g. "void is not allowed in state SUCCESS"
    // CANCELED, voided 80.00; PayKKa sends PAYMENT.CANCELED
    // endregion
    assertThat(voided.isRight()).as(voided.toString()).isTrue();
    PaymentOrder after = query(order.transId());
    assertThat(after.status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(after.balances().voided()).isEqualTo(usd(8_000));
    assertThat(heard.payment(NotifyType.PAYMENT_CANCELED, order).status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  void partialRefundAndItsRetry() throws Exception {
    PaymentOrder order = purchase(usd(10_000));
    // region refund
    // Your refund number, the refund's idempotency key: make it when you decide to refund, and store it first.
    RefundTransId refundId = RefundTransId.of("refund-" + order.transId().value());
    Either<GatewayFailure, Refund> refund = RefundCommand.builder()
        .refundTransId(refundId)
        .order(order)                                   // the order as you keep it: the domain checks it first
        .amount(Money.of(3_000, Currency.USD))
        .reason(ReasonCode.REQUESTED_BY_CUSTOMER)
        .notifyUrl(notifyUrl)
        .checked()                                      // Refused, e.g. "refund of USD 200.00 exceeds the USD 100.00 available"
        .flatMap(paykka::refund);
    // the refund: SUCCESS (or REVIEWING / PROCESSING, then REFUND.SUCCESS or REFUND.FAILURE comes by notification)
    // the order: PARTIALLY_REFUNDED, refunded 30.00
    // endregion
    assertThat(refund.isRight()).as(refund.toString()).isTrue();
    assertThat(refund.get().status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(refund.get().refundOrderId().get().value()).startsWith("RG");
    PaymentOrder after = query(order.transId());
    assertThat(after.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    assertThat(after.balances().refunded()).isEqualTo(usd(3_000));
    RefundNotification note = heard.refund(NotifyType.REFUND_SUCCESS, refundId);
    assertThat(note.originalOrderId()).isEqualTo(order.orderId());
    // the order the shop keeps follows PayKKa's: merged from the notification, and only once per refund number
    PaymentOrder kept = merged(order, note);
    assertThat(kept.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    assertThat(kept.balances().refunded()).isEqualTo(usd(3_000));
    assertThat(merged(kept, note)).isEqualTo(kept);
    assertThat(kept.balances().hasAmountsOf(after.balances())).as("%s vs %s", kept, after).isTrue();

    // region refund-retry
    // The answer was lost (a timeout, a crash): send the SAME command again, with the same refund number.
    Either<GatewayFailure, Refund> again = paykka.refund(RefundCommand.builder()
        .refundTransId(refundId)
        .originalOrderId(order.orderId())               // from a job that does not keep the order: not checked
        .amount(Money.of(3_000, Currency.USD))
        .reason(ReasonCode.REQUESTED_BY_CUSTOMER)
        .notifyUrl(notifyUrl)
        .build());
    // the first refund (same RG... number): nothing is refunded twice; refunded is still 30.00

    // Or ask first: the refund by your number.
    Either<GatewayFailure, Refund> known = paykka.query(RefundLookup.byRefundTransId(refundId));
    // endregion
    assertThat(again.get().refundOrderId()).isEqualTo(refund.get().refundOrderId());
    assertThat(known.get().refundOrderId()).isEqualTo(refund.get().refundOrderId());
    assertThat(query(order.transId()).balances().refunded()).isEqualTo(usd(3_000));
    // the same number for another amount is refused, not a second refund
    Either<GatewayFailure, Refund> other = paykka.refund(new RefundCommand(refundId, order.orderId(), usd(1_000),
        ReasonCode.REQUESTED_BY_CUSTOMER, Option.some(notifyUrl)));
    assertThat(other.getLeft()).isInstanceOfSatisfying(GatewayFailure.Rejected.class,
        r -> assertThat(r.retCode()).isEqualTo("010000"));
    assertThat(query(order.transId()).balances().refunded()).isEqualTo(usd(3_000));
  }

  // region refund-reconcile
  /** In your NotificationListener: a refund's notification, merged into the order it refunds, as a payment's is. */
  static PaymentOrder merged(PaymentOrder order, RefundNotification refund) {
    return order.reconcile(refund.observation())    // a SUCCESS counts once per refund number; a FAILURE changes nothing
        .getOrElseThrow(conflict -> new IllegalStateException(conflict.message()))
        .order();                                   // PARTIALLY_REFUNDED, refunded 30.00 (REFUNDED once all is)
  }
  // endregion

  @Test
  void threeDsChallenge() throws Exception {
    // region three-ds
    String orderNumber = nextOrderNumber();
    Either<GatewayFailure, PaymentResult> started = paykka.initiate(
        checkout(orderNumber, Money.of(6_000, Currency.USD))
            .instrument(TestCard.THREE_DS_CHALLENGE.instrument())
            .build());

    String next = started.fold(
        failure -> "/checkout/failed",
        result -> result.requiresAuthentication()      // PROCESSING with authentication_result.authentication_url
            ? "redirect:" + result.authenticationUrl().get()
            : "/checkout/done?status=" + result.order().status());
    // "redirect:http://127.0.0.1:.../sandbox/3ds/GW...": send the shopper's browser there
    // endregion
    assertThat(next).startsWith("redirect:");
    PaymentOrder pending = started.get().order();
    assertThat(pending.status()).isEqualTo(OrderStatus.PROCESSING);

    // The shopper passes the challenge on the sandbox's page, as the browser would after the redirect.
    URI pass = URI.create(next.substring("redirect:".length()) + "?result=pass");
    assertThat(get(pass).statusCode()).isEqualTo(200);

    // region three-ds-return
    // The shopper is back on return_url, or PAYMENT.SUCCESS / PAYMENT.FAILURE arrived: ask PayKKa.
    OrderStatus status = paykka.query(PaymentLookup.byTransId(TransId.of(orderNumber)))
        .fold(failure -> OrderStatus.PROCESSING,      // not known yet: keep "pending", ask again later
            result -> result.order().status());
    // SUCCESS (automatic capture), or FAILURE with the error code of the failed authentication
    // endregion
    assertThat(status).isEqualTo(OrderStatus.SUCCESS);
    assertThat(heard.payment(NotifyType.PAYMENT_SUCCESS, pending).status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void threeDsChallengeFailed() throws Exception {
    PaymentResult started = paykka.initiate(checkout(nextOrderNumber(), usd(6_000))
        .instrument(TestCard.THREE_DS_CHALLENGE.instrument()).build()).get();
    assertThat(get(URI.create(started.authenticationUrl().get() + "?result=fail")).statusCode()).isEqualTo(200);
    PaymentResult failed = paykka.query(PaymentLookup.byOrderId(started.order().orderId())).get();
    assertThat(failed.order().status()).isEqualTo(OrderStatus.FAILURE);
    assertThat(failed.errorCode()).contains(TestCard.AUTHENTICATION_FAILED_CODE);
    heard.payment(NotifyType.PAYMENT_FAILURE, started.order());
  }

  @Test
  void walletsWithTheirOpaqueToken() throws Exception {
    // region wallet-token
    // PayKKa decrypts: pass the wallet's payment token JSON unchanged, as your page posted it (Google Pay:
    // paymentMethodData.tokenizationData.token; Apple Pay: the token of onpaymentauthorized, as JSON).
    String applePayPaymentData = "{\"version\":\"EC_v1\",\"data\":\"...\",\"signature\":\"...\",\"header\":{}}";
    String googlePayToken = "{\"signature\":\"...\",\"protocolVersion\":\"ECv2\",\"signedMessage\":\"...\"}";
    PaymentInstrument applePay = new PaymentInstrument.WalletToken(Wallet.APPLE_PAY, applePayPaymentData);
    PaymentInstrument googlePay = new PaymentInstrument.WalletToken(Wallet.GOOGLE_PAY, googlePayToken);

    Either<GatewayFailure, PaymentResult> apple = paykka.initiate(
        checkout(nextOrderNumber(), Money.of(2_500, Currency.EUR)).instrument(applePay).build());
    Either<GatewayFailure, PaymentResult> google = paykka.initiate(
        checkout(nextOrderNumber(), Money.of(2_500, Currency.EUR)).instrument(googlePay).build());
    // endregion
    assertThat(apple.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(apple.get().paymentMethod().flatMap(m -> m.known())).contains(PaymentMethod.APPLE_PAY);
    assertThat(google.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(google.get().paymentMethod().flatMap(m -> m.known())).contains(PaymentMethod.GOOGLE_PAY);
    heard.payment(NotifyType.PAYMENT_SUCCESS, apple.get().order());
    heard.payment(NotifyType.PAYMENT_SUCCESS, google.get().order());
    assertThat(applePay.toString()).doesNotContain("EC_v1");
  }

  @Test
  void walletsDecryptedByTheMerchant() throws Exception {
    // region wallet-card
    // You decrypted the wallet's token yourself: send the device card and its cryptogram (token_authentication).
    String deviceCardNumber = "4242424242424242";   // the decrypted token's device account number
    String cryptogram = "AgAAAAAABk4DWZ4C28yUQAAAAAA=";
    PaymentInstrument googlePay = new PaymentInstrument.WalletCard(Wallet.GOOGLE_PAY,
        CardNumber.of(deviceCardNumber), CardExpiry.of(12, 2030), null,   // no CVV in a wallet payment
        new TokenAuthentication(cryptogram, "CRYPTOGRAM_3DS", "05",
            true, true));                               // Google Pay's assuranceDetails
    PaymentInstrument applePay = new PaymentInstrument.WalletCard(Wallet.APPLE_PAY,
        CardNumber.of(deviceCardNumber), CardExpiry.of(12, 2030), null,
        TokenAuthentication.of(cryptogram, "CRYPTOGRAM_3DS", "07"));     // Apple's paymentData.eciIndicator

    Either<GatewayFailure, PaymentResult> google = paykka.initiate(
        checkout(nextOrderNumber(), Money.of(2_500, Currency.EUR)).instrument(googlePay).build());
    Either<GatewayFailure, PaymentResult> apple = paykka.initiate(
        checkout(nextOrderNumber(), Money.of(2_500, Currency.EUR)).instrument(applePay).build());
    // endregion
    assertThat(google.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(google.get().card().map(c -> c.last4())).contains("4242");
    assertThat(apple.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(apple.get().paymentMethod().flatMap(m -> m.known())).contains(PaymentMethod.APPLE_PAY);
    assertThat(googlePay.toString()).doesNotContain(cryptogram).doesNotContain(deviceCardNumber);
    heard.payment(NotifyType.PAYMENT_SUCCESS, google.get().order());
  }

  @Test
  void encryptedCard() throws Exception {
    // region encrypted-card
    // The four values PayKKa's Encrypted Card component produced in the shopper's browser, posted to your server.
    String encryptedCardNo = "MTc0MjczNjg1NxxxxEncryptedByTheComponent";
    String encryptedExpYear = "Wt938LfJ2PxxxxxEncrypted";
    String encryptedExpMonth = "WfRto3qWfidnxxxEncrypted";
    String encryptedCvv = "MEal81oshxxxEncrypted";
    PaymentInstrument card = new PaymentInstrument.EncryptedCard(
        encryptedCardNo, encryptedExpYear, encryptedExpMonth, encryptedCvv);

    Either<GatewayFailure, PaymentResult> paid = paykka.initiate(
        checkout(nextOrderNumber(), Money.of(4_200, Currency.GBP)).instrument(card).holderName("Lisa Chen")
            .build());
    // endregion
    assertThat(paid.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(card.toString()).isEqualTo("EncryptedCard[***]");
    heard.payment(NotifyType.PAYMENT_SUCCESS, paid.get().order());
  }

  @Test
  void recurringFirstMerchantInitiatedCancelAndTokens() throws Exception {
    // region recurring-first
    String customerId = "shopper-" + UUID.randomUUID().toString().substring(0, 8);   // your id of the shopper
    ShopperReference shopper = ShopperReference.of(customerId);
    Either<GatewayFailure, PaymentResult> first = paykka.initiate(
        checkout(nextOrderNumber(), Money.of(2_000, Currency.USD))
            .paymentType(PaymentType.RECURRING)
            .mit(false)                                 // the first payment: the shopper is present
            .storePaymentMethod(true)                   // store the card ...
            .tokenUsage(TokenUsage.SUBSCRIPTION)        // ... for merchant-initiated payments
            .shopperReference(shopper)
            .instrument(TestCard.VISA_SUCCESS.instrument())
            .build());

    // Keep both with the subscription: the stored card and the agreement to charge it.
    CardToken token = first.get().token().get();                                   // TK...
    RecurringAgreementId agreement = first.get().recurringAgreementId().get();     // RA...
    // endregion
    assertThat(first.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(token.value()).startsWith("TK");
    assertThat(agreement.value()).startsWith("RA");
    PaymentNotification firstNote = heard.payment(NotifyType.PAYMENT_SUCCESS, first.get().order());
    assertThat(firstNote.token()).contains(token);
    assertThat(firstNote.recurringAgreementId()).contains(agreement);

    // region recurring-mit
    // Next month, without the shopper: no goods, browser, return_url or customer needed.
    PaymentRequest renewal = PaymentRequest.builder()
        .paymentType(PaymentType.RECURRING)
        .mit(true)                                      // merchant-initiated
        .recurringAgreementId(agreement)
        .instrument(new PaymentInstrument.SavedCard(token))
        .shopperReference(shopper)
        .transId(nextOrderNumber())
        .amount(Money.of(2_000, Currency.USD))
        .notifyUrl(notifyUrl)
        .build();
    Either<GatewayFailure, PaymentResult> charged = paykka.initiate(renewal);
    // endregion
    assertThat(charged.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    heard.payment(NotifyType.PAYMENT_SUCCESS, charged.get().order());

    // region tokens-list
    List<StoredCardToken> cards = paykka.list(shopper)
        .getOrElseThrow(failure -> new IllegalStateException(failure.message()));
    // [TK... SUBSCRIPTION BANKCARD ACTIVATE]: show the usable ones (isUsable()) on the shopper's account page
    // endregion
    assertThat(cards).singleElement().satisfies(c -> {
      assertThat(c.token()).isEqualTo(token);
      assertThat(c.usage()).contains(TokenUsage.SUBSCRIPTION);
      assertThat(c.status()).contains(TokenStatus.ACTIVATE);
      assertThat(c.isUsable()).isTrue();
    });

    // region recurring-cancel
    // The shopper ends the subscription.
    Either<GatewayFailure, Accepted> cancelled = paykka.cancel(agreement, shopper);
    // endregion
    assertThat(cancelled.isRight()).isTrue();
    Either<GatewayFailure, PaymentResult> refused = paykka.initiate(PaymentRequest.builder()
        .paymentType(PaymentType.RECURRING).mit(true).recurringAgreementId(agreement)
        .instrument(new PaymentInstrument.SavedCard(token)).shopperReference(shopper).transId(nextOrderNumber())
        .amount(usd(2_000)).notifyUrl(notifyUrl)
        .addGoods(Goods.of("Monthly plan", "https://shop.example/plans/monthly", 2_000, 1)).build());
    assertThat(refused.getLeft()).isInstanceOfSatisfying(GatewayFailure.Rejected.class,
        r -> assertThat(r.retCode()).isEqualTo("010003"));

    // region tokens-remove
    // The shopper deletes the card from their account.
    Either<GatewayFailure, Accepted> removed = paykka.remove(token, shopper);
    // listed afterwards as DELETE; no payment can use it any more
    // endregion
    assertThat(removed.isRight()).isTrue();
    assertThat(paykka.list(shopper).get()).singleElement()
        .satisfies(c -> assertThat(c.status()).contains(TokenStatus.DELETE));
    Either<GatewayFailure, PaymentResult> withDeleted = paykka.initiate(checkout(nextOrderNumber(), usd(500))
        .instrument(new PaymentInstrument.SavedCard(token)).shopperReference(shopper).build());
    assertThat(withDeleted.getLeft()).isInstanceOfSatisfying(GatewayFailure.Rejected.class,
        r -> assertThat(r.retCode()).isEqualTo("010003"));
    assertThat(paykka.remove(token, shopper).getLeft()).isInstanceOfSatisfying(GatewayFailure.Rejected.class,
        r -> assertThat(r.retCode()).isEqualTo("010003"));
  }

  @Test
  void hostedCheckoutSession() throws Exception {
    // region checkout-create
    String orderNumber = nextOrderNumber();
    CheckoutSessionRequest request = CheckoutSessionRequest.builder()   // HOSTED, PURCHASE, automatic capture
        .transId(orderNumber)
        .amount(Money.of(7_900, Currency.EUR))
        .notifyUrl(notifyUrl)
        .returnUrl("https://shop.example/checkout/return")
        .displayLocale("en-GB")
        .addGoods(Goods.of("Grinder", "https://shop.example/p/grinder", 7_900, 1))
        .build();

    CheckoutSession session = paykka.create(request)
        .getOrElseThrow(failure -> new IllegalStateException(failure.message()));
    SessionId sessionId = session.sessionId();                     // CS...: keep it with the order
    String next = "redirect:" + session.sessionUrl().get();        // PayKKa's page collects the card
    // endregion
    assertThat(next).startsWith("redirect:");
    CheckoutSession created = paykka.query(SessionLookup.byTransId(TransId.of(orderNumber))).get();
    assertThat(created.status()).isEqualTo(SessionStatus.OPEN);
    URI sessionUrl = URI.create(next.substring("redirect:".length()));
    assertThat(sessionUrl).isEqualTo(URI.create(created.sessionUrl().get()));

    // The shopper pays on the sandbox's hosted page with a test card.
    assertThat(get(URI.create(sessionUrl + "?card=" + TestCard.VISA_SUCCESS.number())).statusCode()).isEqualTo(200);

    assertThat(created.sessionId()).isEqualTo(sessionId);
    // region checkout-query
    // Back on return_url (or PAYMENT.SUCCESS arrived): the session you kept, then the order it made.
    Either<GatewayFailure, CheckoutSession> completed = paykka.query(SessionLookup.bySessionId(sessionId));
    Either<GatewayFailure, PaymentResult> order = paykka.query(PaymentLookup.bySessionId(sessionId));
    // session COMPLETED; order SUCCESS, with the session id and the card's BIN, last four and brand
    // endregion
    assertThat(completed.get().status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(order.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(order.get().order().transId().value()).isEqualTo(orderNumber);
    assertThat(order.get().sessionId()).contains(sessionId);
    assertThat(heard.payment(NotifyType.PAYMENT_SUCCESS, order.get().order()).sessionId()).contains(sessionId);
    // one trans_id, one session: creating it again answers the same session
    assertThat(paykka.create(request).get().sessionId()).isEqualTo(sessionId);
  }

  @Test
  void applePayMerchantSession() {
    // region apple-pay-session
    // Apple Pay JS asked for merchant validation (onvalidatemerchant): your server asks PayKKa.
    ApplePaySessionRequest request = ApplePaySessionRequest.forDomain("shop.example", "Shop Example"); // no scheme
    String json = paykka.createSession(request)
        .map(ApplePayMerchantSession::json)
        .getOrElseThrow(failure -> new IllegalStateException(failure.message()));
    // answer the browser with json unchanged: it goes to session.completeMerchantValidation(...)
    // endregion
    assertThat(json).contains("\"domainName\":\"shop.example\"").contains("\"displayName\":\"Shop Example\"")
        .contains("merchantSessionIdentifier");
    assertThat(ApplePaySessionRequest.of("https://shop.example", null).isInvalid()).isTrue();
  }

  @Test
  void declinedIsABusinessOutcome() {
    String orderNumber = nextOrderNumber();
    Either<GatewayFailure, PaymentResult> result = paykka.initiate(checkout(orderNumber, usd(1_000))
        .instrument(TestCard.DECLINED.instrument()).build());
    assertThat(result.getLeft()).isInstanceOfSatisfying(GatewayFailure.Declined.class, d -> {
      assertThat(d.errorCode()).isEqualTo(TestCard.DECLINED_CODE);
      assertThat(d.errorDescription()).isEqualTo("Invalid Card");
      assertThat(d.orderId().isDefined()).isTrue();
    });
    assertThat(nextStep(result.getLeft())).startsWith("ask the shopper for another card");
    Either<GatewayFailure, PaymentResult> funds = paykka.initiate(checkout(nextOrderNumber(), usd(1_000))
        .instrument(TestCard.INSUFFICIENT_FUNDS.instrument()).build());
    assertThat(((GatewayFailure.Declined) funds.getLeft()).errorCode()).isEqualTo(TestCard.INSUFFICIENT_FUNDS_CODE);
  }

  // region failures
  /** What the shop does next, for each way a call can fail. */
  static String nextStep(GatewayFailure failure) {
    if (failure instanceof GatewayFailure.Declined declined) {
      // processed and failed (status FAILURE): a business outcome, final for this trans_id
      return "ask the shopper for another card (error_code " + declined.errorCode() + ")";
    } else if (failure instanceof GatewayFailure.OutcomeUnknown unknown) {
      // sent, no conclusive answer: the payment may exist. Never tell the shopper "declined".
      return "pending: query " + unknown.reference() + " (or wait for the notification)";
    } else if (failure instanceof GatewayFailure.UnknownStatus unknown) {
      // answered with a status this version does not know: neither paid nor declined
      return "do not fulfil, do not pay again: query " + unknown.reference() + " later (" + unknown.status() + ")";
    } else if (failure instanceof GatewayFailure.NotSent) {
      // nothing reached PayKKa (connection refused, circuit open, local rate limit)
      return "retry later with the same trans_id";
    } else if (failure instanceof GatewayFailure.Rejected rejected) {
      // PayKKa refused the request: see errors.md for each ret_code
      return rejected.isRetryable() ? "retry after a back-off" : "fix the request: " + rejected.retMsg();
    } else if (failure instanceof GatewayFailure.Invalid invalid) {
      return "fix the fields: " + invalid.errors().mkString("; ");
    } else if (failure instanceof GatewayFailure.Refused refused) {
      // the order you keep cannot take the command (refused.rejection() says why): nothing was sent
      return "query the order, then decide again: " + refused.rejection().message();
    } else {
      // Unauthentic: an answer we cannot trust; if money may have moved, query before repeating
      return "check the platform public key; query " + failure.reference();
    }
  }
  // endregion

  @Test
  void outcomeUnknownIsQueriedNeverDeclined(PaykkaSandbox sandbox) throws Exception {
    String orderNumber = nextOrderNumber();
    PaymentRequest request = checkout(orderNumber, usd(5_000)).instrument(TestCard.VISA_SUCCESS.instrument())
        .build();
    // PayKKa makes the order and the answer is lost; the adapter's own query after it fails too.
    sandbox.faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing())
        .injectWithProbability(Operation.QUERY, Fault.ServerError.internal(), 1.0);
    // a separate adapter, so that these injected failures do not count in the shared adapter's circuit breaker
    try (PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder().merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKey()).platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString())).build()) {
      Either<GatewayFailure, PaymentResult> result = paykka.initiate(request);
      assertThat(result.getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
      assertThat(result.getLeft().reference()).isEqualTo(orderNumber);
      assertThat(nextStep(result.getLeft())).isEqualTo("pending: query " + orderNumber + " (or wait for the notification)");
      sandbox.faults().clear();

      // region outcome-unknown
      Either<GatewayFailure, PaymentResult> answer = paykka.initiate(request);
      if (answer.isLeft() && answer.getLeft() instanceof GatewayFailure.OutcomeUnknown unknown) {
        // Ask PayKKa by your trans_id (now, or from a job that sweeps pending orders).
        answer = paykka.query(PaymentLookup.byTransId(TransId.of(unknown.reference())));
        // found: the payment happened (here: SUCCESS). Not found (Rejected 206024): it did not,
        // and re-sending the same request is safe: PayKKa makes one order per trans_id.
      }
      // endregion
      assertThat(answer.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
      heard.payment(NotifyType.PAYMENT_SUCCESS, answer.get().order());
      assertThat(heard.ordersOf(TransId.of(orderNumber))).containsExactly(answer.get().order().orderId().value());
    }
  }

  @Test
  void asyncVariants() throws Exception {
    PaymentOrder authorised = authorise(usd(3_000));
    PaymentRequest request = checkout(nextOrderNumber(), usd(1_500)).instrument(TestCard.VISA_SUCCESS.instrument())
        .build();
    PaymentOrder order = authorised;
    // region async
    // Every call has an ...Async twin on PaykkaHttpAdapter: it returns at once, completes on OkHttp's threads,
    // never exceptionally (the failure is the Either's left).
    CompletableFuture<String> paid = paykka.initiateAsync(request)
        .thenApply(result -> result.fold(failure -> nextStep(failure), r -> "paid " + r.order().orderId()));

    CompletableFuture<Either<GatewayFailure, PaymentOrder>> captured = paykka
        .captureAsync(CaptureCommand.of(order.orderId(), Money.of(3_000, Currency.USD), true))   // the last capture
        .thenCompose(accepted -> accepted.isLeft()
            ? CompletableFuture.completedFuture(Either.<GatewayFailure, PaymentOrder>left(accepted.getLeft()))
            : paykka.queryAsync(PaymentLookup.byOrderId(order.orderId())).thenApply(q -> q.map(PaymentResult::order)));
    // endregion
    assertThat(paid.get()).startsWith("paid GW");
    assertThat(captured.get().get().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(paykka.refundAsync(new RefundCommand(RefundTransId.of("refund-" + shortId()), order.orderId(),
        usd(3_000), ReasonCode.OTHER, Option.none())).get().get().status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(query(order.transId()).status()).isEqualTo(OrderStatus.REFUNDED);
  }

  @Test
  void processingThenApprovedLater(PaykkaSandbox sandbox) throws Exception {
    PaymentResult started = paykka.initiate(checkout(nextOrderNumber(), usd(2_000))
        .instrument(TestCard.PROCESSING_THEN_APPROVED.instrument()).build()).get();
    assertThat(started.order().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(started.requiresAuthentication()).isFalse();
    sandbox.settlePending(started.order().orderId());
    assertThat(heard.payment(NotifyType.PAYMENT_SUCCESS, started.order()).status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(query(started.order().transId()).status()).isEqualTo(OrderStatus.SUCCESS);
  }

  // ---- scaffolding of the tests, not shown on the page ----

  private static PaymentOrder purchase(Money amount) throws InterruptedException {
    PaymentOrder order = paykka.initiate(checkout(nextOrderNumber(), amount)
        .instrument(TestCard.VISA_SUCCESS.instrument()).build()).get().order();
    heard.payment(NotifyType.PAYMENT_SUCCESS, order);
    return order;
  }

  private static PaymentOrder authorise(Money amount) throws InterruptedException {
    PaymentOrder order = paykka.initiate(checkout(nextOrderNumber(), amount).captureMethod(CaptureMethod.MANUAL)
        .instrument(TestCard.VISA_SUCCESS.instrument()).build()).get().order();
    assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
    heard.payment(NotifyType.PAYMENT_AUTHORIZATION, order);
    return order;
  }

  private static PaymentOrder query(TransId transId) {
    return paykka.query(PaymentLookup.byTransId(transId)).get().order();
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Money usd(long minor) {
    return Money.of(minor, Currency.USD);
  }


  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** The shop's webhook listener: every verified notification, awaited by the tests. */
  static final class Heard implements NotificationListener {
    private final List<Notification> all = new ArrayList<>();

    @Override
    public synchronized void onNotification(Notification notification) {
      all.add(notification);
      notifyAll();
    }

    PaymentNotification payment(NotifyType type, PaymentOrder order) throws InterruptedException {
      return (PaymentNotification) await(type, order.orderId().value());
    }

    RefundNotification refund(NotifyType type, RefundTransId refund) throws InterruptedException {
      return (RefundNotification) await(type, refund.value());
    }

    synchronized List<String> ordersOf(TransId transId) {
      return all.stream().filter(n -> n instanceof PaymentNotification p && p.transId().equals(transId))
          .map(n -> ((PaymentNotification) n).orderId().value()).distinct().toList();
    }

    private synchronized Notification await(NotifyType type, String subject) throws InterruptedException {
      long deadline = System.nanoTime() + NOTIFICATION_WAIT.toNanos();
      while (true) {
        for (Notification n : all) {
          String about = n instanceof PaymentNotification p ? p.orderId().value()
              : ((RefundNotification) n).refundTransId().value();
          if (n.type() == type && about.equals(subject)) return n;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new AssertionError("no " + type.wireName() + " about " + subject + " within " + NOTIFICATION_WAIT);
        wait(Math.max(1, left / 1_000_000));
      }
    }
  }
}

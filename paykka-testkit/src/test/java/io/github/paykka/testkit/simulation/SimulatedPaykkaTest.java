package io.github.paykka.testkit.simulation;

import static io.github.paykka.testkit.contract.TestRequests.purchase;
import static io.github.paykka.testkit.contract.TestRequests.usd;
import static io.github.paykka.testkit.contract.TestRequests.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.recurring.AgreementStatus;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.wire.error.RetCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulatedPaykkaTest {

  private static final MerchantId MERCHANT = MerchantId.of("18000000000001");
  private static final MerchantId OTHER_MERCHANT = MerchantId.of("18000000000002");
  private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final SimulatedPaykka engine = SimulatedPaykka.builder().clock(clock).build();
  private final List<PaymentChange> paymentChanges = new CopyOnWriteArrayList<>();
  private final List<RefundChange> refundChanges = new CopyOnWriteArrayList<>();

  SimulatedPaykkaTest() {
    engine.onPaymentChange(paymentChanges::add);
    engine.onRefundChange(refundChanges::add);
  }

  @Test
  void successCardWithAutomaticCaptureSucceedsWithEverythingCapturedAndNotifiesSuccess() {
    PaymentResult result = initiate(purchase(TestCard.VISA_SUCCESS)).get();

    assertThat(result.order().orderId().value()).isEqualTo("GW000000000000000001");
    assertThat(result.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(result.order().balances().captured()).isEqualTo(usd(1000));
    assertThat(result.card().get().last4()).isEqualTo("4242");
    assertThat(result.card().get().brand()).isEqualTo("VISA");
    assertThat(result.payFinishTime().get().toInstant()).isEqualTo(NOW);
    assertThat(paymentChanges).singleElement().satisfies(change -> {
      assertThat(change.notifyType()).contains(NotifyType.PAYMENT_SUCCESS);
      assertThat(change.previous()).isEqualTo(OrderStatus.PROCESSING);
      assertThat(change.notifyUrl()).isEqualTo(TestRequests.NOTIFY_URL);
      assertThat(change.notification().get().timestamp()).isEqualTo(NOW.toEpochMilli());
    });
  }

  @Test
  void declineCardsFailWithTheirErrorCodes() {
    PaymentResult declined = initiate(purchase(TestCard.DECLINED)).get();
    PaymentResult poor = initiate(purchase(TestCard.INSUFFICIENT_FUNDS)).get();

    assertThat(declined.order().status()).isEqualTo(OrderStatus.FAILURE);
    assertThat(declined.errorCode()).contains(TestCard.DECLINED_CODE);
    assertThat(poor.errorCode()).contains(TestCard.INSUFFICIENT_FUNDS_CODE);
    assertThat(paymentChanges).extracting(c -> c.notifyType().get())
        .containsExactly(NotifyType.PAYMENT_FAILURE, NotifyType.PAYMENT_FAILURE);
  }

  @Test
  void theSameTransIdTwiceAnswersTheFirstOrder() {
    PaymentRequest.Builder request = purchase(TestCard.VISA_SUCCESS);
    PaymentResult first = initiate(request).get();
    PaymentResult second = initiate(request.amount(usd(5))).get();

    assertThat(second.order()).isEqualTo(first.order());
    assertThat(engine.orderCount(first.order().transId())).isEqualTo(1);
    assertThat(engine.orders()).hasSize(1);
  }

  @Test
  void concurrentInitiatesOfOneTransIdMakeExactlyOneOrder() throws Exception {
    PaymentRequest request = valid(purchase(TestCard.VISA_SUCCESS));
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Either<SimulatedRefusal, PaymentResult>>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return engine.initiate(MERCHANT, request);
        }));
      }
      start.countDown();
      List<OrderId> ids = new ArrayList<>();
      for (Future<Either<SimulatedRefusal, PaymentResult>> future : futures) {
        ids.add(future.get(10, TimeUnit.SECONDS).get().order().orderId());
      }
      assertThat(ids).hasSize(threads).containsOnly(ids.get(0));
      assertThat(engine.orderCount(request.transId())).isEqualTo(1);
      assertThat(paymentChanges).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameTransIdOfAnotherMerchantIsAnotherOrder() {
    PaymentRequest request = valid(purchase(TestCard.VISA_SUCCESS));
    OrderId mine = engine.initiate(MERCHANT, request).get().order().orderId();
    OrderId theirs = engine.initiate(OTHER_MERCHANT, request).get().order().orderId();

    assertThat(theirs).isNotEqualTo(mine);
    assertThat(engine.query(OTHER_MERCHANT, PaymentLookup.byOrderId(mine)).getLeft().retCode())
        .isEqualTo(RetCode.ORDER_NOT_FOUND);
  }

  @Test
  void threeDsChallengeWaitsWithAnAuthenticationUrlThenApprovesOrDeclines() {
    PaymentResult pending = initiate(purchase(TestCard.THREE_DS_CHALLENGE)).get();
    OrderId id = pending.order().orderId();
    assertThat(pending.requiresAuthentication()).isTrue();
    assertThat(pending.authenticationUrl()).contains(URI.create("https://sandbox.paykka.invalid/3ds/" + id.value()));
    assertThat(paymentChanges).isEmpty();

    PaymentResult passed = engine.completeChallenge(id, true).get();
    assertThat(passed.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(passed.authenticationUrl()).isEmpty();
    assertThat(engine.completeChallenge(id, true).getLeft().retCode()).isEqualTo(RetCode.INVALID_STATE);

    OrderId failing = initiate(purchase(TestCard.THREE_DS_CHALLENGE)).get().order().orderId();
    PaymentResult failed = engine.completeChallenge(failing, false).get();
    assertThat(failed.order().status()).isEqualTo(OrderStatus.FAILURE);
    assertThat(failed.errorCode()).contains(TestCard.AUTHENTICATION_FAILED_CODE);

    OrderId abandoned = initiate(purchase(TestCard.THREE_DS_CHALLENGE)).get().order().orderId();
    assertThat(engine.abandonChallenge(abandoned).get().order().status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  void authenticationUrlBaseIsConfigurable() {
    SimulatedPaykka sandboxLike = SimulatedPaykka.builder()
        .authenticationUrlBase("http://127.0.0.1:8080/sandbox/3ds/").build();
    PaymentResult pending = sandboxLike.initiate(MERCHANT, valid(purchase(TestCard.THREE_DS_CHALLENGE))).get();

    assertThat(pending.authenticationUrl())
        .contains(URI.create("http://127.0.0.1:8080/sandbox/3ds/" + pending.order().orderId().value()));
  }

  @Test
  void asyncCardStaysProcessingUntilSettled() {
    OrderId id = initiate(purchase(TestCard.PROCESSING_THEN_APPROVED)).get().order().orderId();
    assertThat(engine.order(id).get().order().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(engine.completeChallenge(id, true).getLeft().retCode()).isEqualTo(RetCode.INVALID_STATE);

    assertThat(engine.settlePending(id).get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(engine.settlePending(id).getLeft().retCode()).isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.settlePending(OrderId.of("GW404")).getLeft().retCode()).isEqualTo(RetCode.ORDER_NOT_FOUND);
  }

  @Test
  void manualCapturePartialThenFinalReleasesTheRestAndRefusesMore() {
    OrderId id = initiate(purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL)).get().order().orderId();
    assertThat(engine.order(id).get().order().status()).isEqualTo(OrderStatus.AUTHORIZED);

    PaymentResult partial = engine.capture(MERCHANT, CaptureCommand.of(id, usd(300), false)).get();
    assertThat(partial.order().status()).isEqualTo(OrderStatus.AUTHORIZED);
    assertThat(partial.order().balances().captured()).isEqualTo(usd(300));

    PaymentResult last = engine.capture(MERCHANT, CaptureCommand.of(id, usd(200), true)).get();
    assertThat(last.order().status()).isEqualTo(OrderStatus.PARTIALLY_REVERSED);
    assertThat(last.order().balances().voided()).isEqualTo(usd(500));

    SimulatedRefusal again = engine.capture(MERCHANT, CaptureCommand.of(id, usd(1), true)).getLeft();
    assertThat(again.retCode()).isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.order(id).get().order()).isEqualTo(last.order());
    assertThat(paymentChanges).extracting(PaymentChange::notifyType)
        .containsExactly(Option.some(NotifyType.PAYMENT_AUTHORIZATION), Option.none());
  }

  @Test
  void voidBeforeCaptureCancelsAndVoidOfACapturedOrderIsRefused() {
    OrderId id = initiate(purchase(TestCard.VISA_SUCCESS).captureMethod(CaptureMethod.MANUAL)).get().order().orderId();
    assertThat(engine.voidPayment(MERCHANT, VoidCommand.of(id, ReasonCode.OTHER)).get().order().status())
        .isEqualTo(OrderStatus.CANCELED);
    assertThat(paymentChanges).last().satisfies(c -> assertThat(c.notifyType()).contains(NotifyType.PAYMENT_CANCELED));

    OrderId captured = initiate(purchase(TestCard.VISA_SUCCESS)).get().order().orderId();
    assertThat(engine.voidPayment(MERCHANT, VoidCommand.of(captured, ReasonCode.OTHER)).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.capture(MERCHANT, CaptureCommand.of(OrderId.of("GW404"), usd(1), true)).getLeft().retCode())
        .isEqualTo(RetCode.ORDER_NOT_FOUND);
  }

  @Test
  void refundsSucceedAtOnceUpToTheCapturedAmountAndAreIdempotentByRefundTransId() {
    OrderId id = initiate(purchase(TestCard.VISA_SUCCESS)).get().order().orderId();
    RefundCommand part = new RefundCommand(RefundTransId.of("R1"), id, usd(400), ReasonCode.REQUESTED_BY_CUSTOMER,
        Option.none());

    Refund refund = engine.refund(MERCHANT, part).get();
    assertThat(refund.status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(refund.refundOrderId().get().value()).startsWith("RG");
    assertThat(engine.refund(MERCHANT, part).get()).isEqualTo(refund);
    assertThat(engine.order(id).get().order().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    assertThat(refundChanges).singleElement().satisfies(c -> {
      assertThat(c.notifyType()).isEqualTo(NotifyType.REFUND_SUCCESS);
      assertThat(c.notifyUrl()).isEqualTo(TestRequests.NOTIFY_URL);
    });

    RefundCommand tooMuch = new RefundCommand(RefundTransId.of("R2"), id, usd(601), ReasonCode.OTHER, Option.none());
    assertThat(engine.refund(MERCHANT, tooMuch).getLeft().retCode()).isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.queryRefund(MERCHANT, RefundLookup.byRefundTransId(RefundTransId.of("R2"))).getLeft().retCode())
        .isEqualTo(RetCode.DATA_NOT_FOUND);
    RefundCommand reused = new RefundCommand(RefundTransId.of("R1"), id, usd(1), ReasonCode.OTHER, Option.none());
    assertThat(engine.refund(MERCHANT, reused).getLeft().field()).contains("refund_trans_id");

    RefundCommand rest = new RefundCommand(RefundTransId.of("R3"), id, usd(600), ReasonCode.OTHER,
        Option.some("https://merchant.example/refunds"));
    engine.refund(MERCHANT, rest).get();
    assertThat(engine.order(id).get().order().status()).isEqualTo(OrderStatus.REFUNDED);
    assertThat(refundChanges).last().satisfies(c -> assertThat(c.notifyUrl()).isEqualTo("https://merchant.example/refunds"));
    assertThat(engine.queryRefund(MERCHANT, RefundLookup.byRefundOrderId(refund.refundOrderId().get())).get())
        .isEqualTo(refund);
  }

  @Test
  void firstRecurringPaymentStoresAnActiveTokenAndAnAgreementThatMerchantInitiatedPaymentsUse() {
    ShopperReference shopper = ShopperReference.of("shopper-1");
    PaymentResult first = initiate(purchase(TestCard.VISA_SUCCESS).paymentType(PaymentType.RECURRING)
        .mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION).shopperReference(shopper)).get();

    assertThat(first.token()).hasSize(1);
    assertThat(first.recurringAgreementId()).hasSize(1);
    assertThat(engine.listTokens(MERCHANT, shopper)).singleElement()
        .satisfies(t -> assertThat(t.status()).contains(TokenStatus.ACTIVATE));

    PaymentResult mit = initiate(mit(shopper, first)).get();
    assertThat(mit.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(mit.card().get().last4()).isEqualTo("4242");

    assertThat(engine.cancelAgreement(MERCHANT, first.recurringAgreementId().get(), shopper).get().status())
        .isEqualTo(AgreementStatus.CANCELLED);
    assertThat(initiate(mit(shopper, first)).getLeft().retCode()).isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.cancelAgreement(MERCHANT, first.recurringAgreementId().get(), shopper).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);
  }

  @Test
  void merchantInitiatedPaymentsNeedAnExistingAgreementOfTheShopper() {
    ShopperReference shopper = ShopperReference.of("shopper-2");
    PaymentResult first = initiate(purchase(TestCard.VISA_SUCCESS).paymentType(PaymentType.RECURRING)
        .mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION).shopperReference(shopper)).get();

    SimulatedRefusal unknown = initiate(mit(shopper, first).recurringAgreementId("RA404")).getLeft();
    assertThat(unknown.errorCode()).contains(SimulatedRefusal.AGREEMENT_NOT_FOUND_ERROR);
    assertThat(unknown.retCode()).isEqualTo(RetCode.INVALID_REQUEST);

    SimulatedRefusal otherShopper = initiate(mit(ShopperReference.of("someone-else"), first)).getLeft();
    assertThat(otherShopper.field()).contains("payment.token");
    assertThat(engine.cancelAgreement(MERCHANT, first.recurringAgreementId().get(), ShopperReference.of("x"))
        .getLeft().errorCode()).contains(SimulatedRefusal.AGREEMENT_NOT_FOUND_ERROR);
  }

  @Test
  void aDeclinedFirstRecurringPaymentLeavesTheTokenInactiveAndMakesNoAgreement() {
    ShopperReference shopper = ShopperReference.of("shopper-3");
    PaymentResult first = initiate(purchase(TestCard.DECLINED).paymentType(PaymentType.RECURRING)
        .mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION).shopperReference(shopper)).get();

    assertThat(first.recurringAgreementId()).isEmpty();
    assertThat(engine.agreements()).isEmpty();
    StoredCardToken token = engine.listTokens(MERCHANT, shopper).get(0);
    assertThat(token.status()).contains(TokenStatus.INACTIVE);
    SimulatedRefusal refused = initiate(purchase(new PaymentInstrument.SavedCard(token.token()))
        .shopperReference(shopper)).getLeft();
    assertThat(refused.retCode()).isEqualTo(RetCode.INVALID_STATE);
  }

  @Test
  void aRemovedTokenCannotPay() {
    ShopperReference shopper = ShopperReference.of("shopper-4");
    PaymentResult stored = initiate(purchase(TestCard.MASTERCARD_SUCCESS).storePaymentMethod(true)
        .tokenUsage(TokenUsage.CARD_ON_FILE).shopperReference(shopper)).get();
    PaymentRequest.Builder withToken = purchase(new PaymentInstrument.SavedCard(stored.token().get()))
        .shopperReference(shopper);
    assertThat(initiate(withToken).get().order().status()).isEqualTo(OrderStatus.SUCCESS);

    assertThat(engine.removeToken(MERCHANT, stored.token().get(), shopper).get().status())
        .contains(TokenStatus.DELETE);
    assertThat(initiate(withToken.transId(TestRequests.uniqueTransId())).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.removeToken(MERCHANT, stored.token().get(), shopper).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.removeToken(MERCHANT, stored.token().get(), ShopperReference.of("x")).getLeft().retCode())
        .isEqualTo(RetCode.DATA_NOT_FOUND);
  }

  @Test
  void checkoutSessionsAreOnePerTransIdCompleteThroughAPaymentAndExpire() {
    CheckoutSession session = engine.createSession(MERCHANT, valid(TestRequests.checkoutSession())).get();
    assertThat(session.status()).isEqualTo(SessionStatus.OPEN);
    assertThat(session.sessionUrl())
        .contains("https://sandbox.paykka.invalid/checkout/" + session.sessionId().value());
    assertThat(engine.createSession(MERCHANT, valid(TestRequests.checkoutSession().transId(session.transId()))).get())
        .isEqualTo(session);

    PaymentResult paid = engine.payThroughSession(session.sessionId(), TestCard.VISA_SUCCESS.instrument()).get();
    assertThat(paid.order().transId()).isEqualTo(session.transId());
    assertThat(paid.sessionId()).contains(session.sessionId());
    assertThat(engine.querySession(MERCHANT, SessionLookup.byTransId(session.transId())).get().status())
        .isEqualTo(SessionStatus.COMPLETED);
    assertThat(engine.query(MERCHANT, PaymentLookup.bySessionId(session.sessionId())).get().order())
        .isEqualTo(paid.order());
    assertThat(engine.payThroughSession(session.sessionId(), TestCard.VISA_SUCCESS.instrument()).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);

    CheckoutSession expiring = engine.createSession(MERCHANT, valid(TestRequests.checkoutSession())).get();
    clock.advance(Duration.ofHours(2));
    assertThat(engine.querySession(MERCHANT, SessionLookup.bySessionId(expiring.sessionId())).get().status())
        .isEqualTo(SessionStatus.EXPIRED);
    assertThat(engine.payThroughSession(expiring.sessionId(), TestCard.VISA_SUCCESS.instrument()).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.querySession(OTHER_MERCHANT, SessionLookup.bySessionId(expiring.sessionId())).getLeft().retCode())
        .isEqualTo(RetCode.SESSION_NOT_FOUND);
  }

  @Test
  void aTransIdWithAnOrderGetsNoSessionAndOneWithASessionGetsNoDirectOrder() {
    TransId paidDirectly = initiate(purchase(TestCard.VISA_SUCCESS)).get().order().transId();
    assertThat(engine.createSession(MERCHANT, valid(TestRequests.checkoutSession().transId(paidDirectly)))
        .getLeft().field()).contains("trans_id");

    CheckoutSession session = engine.createSession(MERCHANT, valid(TestRequests.checkoutSession())).get();
    assertThat(initiate(purchase(TestCard.VISA_SUCCESS).transId(session.transId())).getLeft().field())
        .contains("trans_id");
  }

  @Test
  void applePaySessionIsCannedJsonNamingTheDomain() {
    String json = engine.applePaySession(MERCHANT,
        ApplePaySessionRequest.of("shop.example", "Shop \"Example\"").get()).json();

    assertThat(json).startsWith("{").endsWith("}")
        .contains("\"domainName\":\"shop.example\"")
        .contains("\"displayName\":\"Shop \\\"Example\\\"\"")
        .contains("\"epochTimestamp\":" + NOW.toEpochMilli())
        .contains("\"merchantIdentifier\":\"" + MERCHANT.value() + "\"");
  }

  @Test
  void aFailingListenerDoesNotStopTheOthersNorTheCall() {
    List<PaymentChange> heard = new ArrayList<>();
    engine.onPaymentChange(change -> {
      throw new IllegalStateException("listener failure");
    });
    Runnable remove = engine.onPaymentChange(heard::add);

    assertThat(initiate(purchase(TestCard.VISA_SUCCESS))).isNotNull();
    assertThat(heard).hasSize(1);
    remove.run();
    initiate(purchase(TestCard.VISA_SUCCESS));
    assertThat(heard).hasSize(1);
  }

  @Test
  void otherInstrumentsAreApproved() {
    PaymentResult wallet = initiate(purchase(new PaymentInstrument.WalletToken(
        io.github.paykka.domain.instrument.Wallet.APPLE_PAY, "opaque"))).get();
    assertThat(wallet.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(wallet.card()).isEmpty();
  }

  private Either<SimulatedRefusal, PaymentResult> initiate(PaymentRequest.Builder request) {
    return engine.initiate(MERCHANT, valid(request));
  }

  private static PaymentRequest.Builder mit(ShopperReference shopper, PaymentResult first) {
    return purchase(new PaymentInstrument.SavedCard(first.token().get()))
        .paymentType(PaymentType.RECURRING).mit(true).shopperReference(shopper)
        .recurringAgreementId(first.recurringAgreementId().get());
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

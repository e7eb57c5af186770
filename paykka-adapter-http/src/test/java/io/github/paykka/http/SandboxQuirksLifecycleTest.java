package io.github.paykka.http;

import static io.github.paykka.testkit.contract.TestRequests.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionMode;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Quirk;
import io.github.paykka.testkit.sandbox.Quirks;
import io.github.paykka.wire.WireCodec;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, section 4: the whole lifecycle of every operation against the sandbox once without quirks, once per quirk
 * that keeps what answers mean, and once with all of them together; every step asserts the same results each time.
 * Only informational fields differ, and only as the quirk makes them: an unknown payment method keeps PayKKa's text
 * ({@code PayPal}), an unknown usage, mode or reason reads as absent or unrecognised, and a refund answered in the
 * published schema does not name its original order.
 */
class SandboxQuirksLifecycleTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(1010L, 8);

  static Stream<Quirks> quirkSets() {
    List<Quirks> sets = new ArrayList<>();
    sets.add(Quirks.none());
    for (Quirk q : Quirk.values()) {
      if (q != Quirk.UNKNOWN_STATUS) sets.add(Quirks.of(q));
    }
    sets.add(Quirks.all().without(Quirk.UNKNOWN_STATUS));
    return sets.stream();
  }

  @AfterEach
  void noQuirks() {
    SANDBOX.sandbox().quirks(Quirks.none());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quirkSets")
  void everyOperationAnswersTheSameWithTheQuirksOfTheRealPayKka(Quirks quirks) throws Exception {
    SANDBOX.sandbox().quirks(quirks);
    boolean unknownValues = quirks.has(Quirk.UNKNOWN_VALUES);
    List<PaymentRequest> initiated = new ArrayList<>();
    Recorder recorder = new Recorder();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().listener(recorder).build()) {
      // automatic capture, then a partial refund and its query
      PaymentRequest automatic = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
      initiated.add(automatic);
      PaymentResult paid = ok(adapter.initiate(automatic));
      assertThat(paid.order().transId()).isEqualTo(automatic.transId());
      assertThat(paid.order().status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(paid.order().amount()).isEqualTo(usd(1000));
      assertThat(paid.order().balances().captured()).isEqualTo(usd(1000));
      assertThat(paid.order().ableToRefund()).isEqualTo(usd(1000));
      assertThat(paid.card().map(c -> c.last4())).contains("4242");
      assertThat(paid.card().map(c -> c.brand())).contains(unknownValues ? "RUPAY" : "VISA");
      assertThat(paid.paymentMethod()).contains(unknownValues ? ReportedPaymentMethod.unknown("PayPal")
          : ReportedPaymentMethod.of(PaymentMethod.BANKCARD));
      // every time form reads as the same instant as PayKKa's
      assertThat(paid.payFinishTime().map(t -> t.toInstant())).isEqualTo(SANDBOX.sandbox().engine()
          .order(paid.order().orderId()).get().payFinishTime().map(t -> t.toInstant().truncatedTo(ChronoUnit.SECONDS)));
      PaymentResult queried = ok(adapter.query(PaymentLookup.byTransId(automatic.transId())));
      assertThat(queried.order().orderId()).isEqualTo(paid.order().orderId());
      assertThat(queried.order().status()).isEqualTo(OrderStatus.SUCCESS);

      RefundTransId refundId = RefundTransId.of(TestRequests.uniqueTransId("RF").value());
      Refund refund = ok(adapter.refund(RefundCommand.of(paid.order(), refundId, usd(300),
          ReasonCode.REQUESTED_BY_CUSTOMER, Option.none()).get()));
      Refund refundQueried = ok(adapter.query(RefundLookup.byRefundTransId(refundId)));
      for (Refund r : List.of(refund, refundQueried)) {
        assertThat(r.refundTransId()).isEqualTo(refundId);
        assertThat(r.status()).isEqualTo(RefundStatus.SUCCESS);
        assertThat(r.amount()).isEqualTo(usd(300));
        assertThat(r.refundOrderId()).isNotEmpty();
        if (quirks.has(Quirk.PUBLISHED_REFUND_SCHEMA)) {
          assertThat(r.originalOrderId()).isEmpty();
          assertThat(r.reason()).isEqualTo(ReasonCode.OTHER);
        } else {
          assertThat(r.originalOrderId()).contains(paid.order().orderId());
          assertThat(r.reason()).isEqualTo(unknownValues ? ReasonCode.OTHER : ReasonCode.REQUESTED_BY_CUSTOMER);
        }
      }
      assertThat(ok(adapter.query(PaymentLookup.byOrderId(paid.order().orderId()))).order().status())
          .isEqualTo(OrderStatus.PARTIALLY_REFUNDED);

      // manual capture: authorise, capture part, void the rest
      PaymentRequest manual = TestRequests.valid(TestRequests.purchase(TestCard.MASTERCARD_SUCCESS)
          .captureMethod(CaptureMethod.MANUAL));
      initiated.add(manual);
      PaymentResult authorised = ok(adapter.initiate(manual));
      assertThat(authorised.order().status()).isEqualTo(OrderStatus.AUTHORIZED);
      assertThat(authorised.order().captureMethod())
          .isEqualTo(unknownValues ? CaptureMethod.AUTOMATIC : CaptureMethod.MANUAL);
      assertThat(authorised.order().ableToCapture()).isEqualTo(usd(1000));
      Accepted captured = ok(adapter.capture(CaptureCommand.of(authorised.order(), usd(400), false).get()));
      assertThat(captured.reference()).isEqualTo(authorised.order().orderId().value());
      PaymentResult partly = ok(adapter.query(PaymentLookup.byOrderId(authorised.order().orderId())));
      assertThat(partly.order().status()).isEqualTo(OrderStatus.AUTHORIZED);
      assertThat(partly.order().balances().captured()).isEqualTo(usd(400));
      ok(adapter.voidPayment(VoidCommand.of(partly.order(), ReasonCode.REQUESTED_BY_CUSTOMER).get()));
      PaymentResult reversed = ok(adapter.query(PaymentLookup.byOrderId(authorised.order().orderId())));
      assertThat(reversed.order().status()).isEqualTo(OrderStatus.PARTIALLY_REVERSED);
      Balances after = reversed.order().balances();
      assertThat(List.of(after.authed(), after.captured(), after.voided(), after.refunded()))
          .containsExactly(usd(1000), usd(400), usd(600), usd(0));
      assertThat(reversed.order().ableToRefund()).isEqualTo(usd(400));

      // 3DS: a challenge, passed on PayKKa's page, then the order is paid
      PaymentRequest challenged = TestRequests.valid(TestRequests.purchase(TestCard.THREE_DS_CHALLENGE));
      initiated.add(challenged);
      PaymentResult pending = ok(adapter.initiate(challenged));
      assertThat(pending.order().status()).isEqualTo(OrderStatus.PROCESSING);
      assertThat(pending.authentication().flatMap(a -> a.authenticationUrl()))
          .contains(SANDBOX.sandbox().challengeUrl(pending.order().orderId()).toString());
      SANDBOX.sandbox().completeChallenge(pending.order().orderId(), true);
      assertThat(ok(adapter.query(PaymentLookup.byOrderId(pending.order().orderId()))).order().status())
          .isEqualTo(OrderStatus.SUCCESS);

      // recurring: the first stores the card, the next is merchant-initiated
      ShopperReference shopper = ShopperReference.of("shopper-" + UUID.randomUUID());
      PaymentRequest first = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
          .paymentType(PaymentType.RECURRING).mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION)
          .shopperReference(shopper));
      initiated.add(first);
      PaymentResult stored = ok(adapter.initiate(first));
      assertThat(stored.order().status()).isEqualTo(OrderStatus.SUCCESS);
      CardToken token = stored.token().get();
      RecurringAgreementId agreement = stored.recurringAgreementId().get();
      PaymentRequest next = TestRequests.valid(PaymentRequest.builder().paymentType(PaymentType.RECURRING).mit(true)
          .recurringAgreementId(agreement).instrument(new PaymentInstrument.SavedCard(token))
          .shopperReference(shopper).transId(TestRequests.uniqueTransId()).amount(usd(2000))
          .notifyUrl(TestRequests.NOTIFY_URL));
      initiated.add(next);
      PaymentResult charged = ok(adapter.initiate(next));
      assertThat(charged.order().status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(charged.order().amount()).isEqualTo(usd(2000));

      // tokens: listed usable, kept when the agreement ends, DELETE once removed
      StoredCardToken listed = single(ok(adapter.list(shopper)), token);
      assertThat(listed.isUsable()).isTrue();
      assertThat(listed.shopperReference()).isEqualTo(shopper);
      if (unknownValues) {
        assertThat(listed.usage()).isEmpty();
        assertThat(listed.unrecognisedUsage()).contains("INSTALMENT");
        assertThat(listed.paymentMethod()).contains(ReportedPaymentMethod.unknown("PayPal"));
      } else {
        assertThat(listed.usage()).contains(TokenUsage.SUBSCRIPTION);
        assertThat(listed.paymentMethod()).contains(ReportedPaymentMethod.of(PaymentMethod.BANKCARD));
      }
      ok(adapter.cancel(agreement, shopper));
      ok(adapter.remove(token, shopper));
      assertThat(single(ok(adapter.list(shopper)), token).status()).contains(TokenStatus.DELETE);

      // checkout: created open, found by its id
      var sessionRequest = TestRequests.valid(TestRequests.checkoutSession());
      CheckoutSession session = ok(adapter.create(sessionRequest));
      assertThat(session.transId()).isEqualTo(sessionRequest.transId());
      assertThat(session.status()).isEqualTo(SessionStatus.OPEN);
      assertThat(session.unrecognisedStatus()).isEmpty();
      assertThat(session.amount()).isEqualTo(usd(1000));
      assertThat(session.mode()).isEqualTo(unknownValues ? Option.none() : Option.some(SessionMode.HOSTED));
      assertThat(session.sessionUrl()).contains(SANDBOX.sandbox().checkoutUrl(session.sessionId()).toString());
      assertThat(session.expiresAt()).isEqualTo(SANDBOX.sandbox().engine().session(session.sessionId()).get()
          .expiresAt().map(t -> t.truncatedTo(ChronoUnit.SECONDS)));
      CheckoutSession found = ok(adapter.query(SessionLookup.bySessionId(session.sessionId())));
      assertThat(found.sessionId()).isEqualTo(session.sessionId());
      assertThat(found.status()).isEqualTo(SessionStatus.OPEN);

      // Apple Pay: Apple's session object, as the sandbox made it
      ApplePayMerchantSession apple = ok(adapter.createSession(
          ApplePaySessionRequest.of("merchant.example", "Test merchant").get()));
      JsonNode appleSession = WireCodec.create().tree(apple.json().getBytes(StandardCharsets.UTF_8)).get();
      assertThat(appleSession.get("domainName").asText()).isEqualTo("merchant.example");
      assertThat(appleSession.has("network_transaction_id")).isFalse();
    }
    // the closed connections were met and recovered, not avoided by luck
    long staleRecovered = recorder.events.stream().filter(e -> e instanceof ResilienceEvent.Retrying r
        && r.reason().contains("fresh connection")).count();
    if (quirks.has(Quirk.CLOSED_CONNECTIONS)) assertThat(staleRecovered).isGreaterThan(5);
    else assertThat(staleRecovered).isZero();
    // whatever the connections did, no payment reached PayKKa twice
    for (PaymentRequest r : initiated) {
      assertThat(SANDBOX.sandbox().engine().orderCount(r.transId())).as("%s", r.transId()).isEqualTo(1);
    }
  }

  private static StoredCardToken single(List<StoredCardToken> tokens, CardToken token) {
    List<StoredCardToken> found = tokens.stream().filter(t -> t.token().equals(token)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  static <T> T ok(Either<GatewayFailure, T> result) {
    assertThat(result.isRight()).as("%s", result.isLeft() ? result.getLeft().message() : "").isTrue();
    return result.get();
  }
}

package io.github.paykka.http;

import static io.github.paykka.http.SandboxQuirksLifecycleTest.ok;
import static io.github.paykka.testkit.contract.TestRequests.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.Quirk;
import io.github.paykka.testkit.sandbox.Quirks;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.error.Category;
import io.github.paykka.wire.error.ErrorCatalog;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, section 4: what the quirks that change an answer's form or meaning make of the adapter's results against
 * the sandbox. A status no document names is surfaced, never a success or a decline, and nothing is sent twice; an
 * error in its four-digit form means what its six-digit form means; an unsigned error is never trusted, and never
 * hidden.
 */
class SandboxQuirksFailureTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture(1011L, 8);

  private final ErrorCatalog catalog = ErrorCatalog.standard();

  @AfterEach
  void noQuirks() {
    SANDBOX.sandbox().quirks(Quirks.none());
  }

  @Test
  void anUnknownStatusIsSurfacedByEveryKindOfAnswerAndNothingIsSentTwice() {
    PaykkaHttpAdapter adapter = SANDBOX.adapter();
    ShopperReference shopper = ShopperReference.of("shopper-" + UUID.randomUUID());
    PaymentResult stored = ok(adapter.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)
        .paymentType(PaymentType.RECURRING).mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION)
        .shopperReference(shopper))));
    CardToken token = stored.token().get();
    SANDBOX.sandbox().quirks(Quirks.of(Quirk.UNKNOWN_STATUS));

    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    Either<GatewayFailure, PaymentResult> initiated = adapter.initiate(request);
    Either<GatewayFailure, PaymentResult> queried = adapter.query(PaymentLookup.byOrderId(stored.order().orderId()));
    RefundTransId refundId = RefundTransId.of(TestRequests.uniqueTransId("RF").value());
    var refunded = adapter.refund(RefundCommand.of(stored.order(), refundId, usd(100), ReasonCode.OTHER,
        Option.none()).get());
    var refundQueried = adapter.query(RefundLookup.byRefundTransId(refundId));
    CheckoutSession session = ok(adapter.create(TestRequests.valid(TestRequests.checkoutSession())));
    StoredCardToken listed = ok(adapter.list(shopper)).stream().filter(t -> t.token().equals(token)).findFirst()
        .orElseThrow();

    assertThat(initiated.getLeft()).isInstanceOfSatisfying(GatewayFailure.UnknownStatus.class, u -> {
      assertThat(u.status()).isEqualTo("PENDING_REVIEW");
      assertThat(u.reference()).isEqualTo(request.transId().value());
      assertThat(u.orderId()).isNotEmpty();
    });
    assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isEqualTo(1);
    assertThat(queried.getLeft()).isInstanceOfSatisfying(GatewayFailure.UnknownStatus.class,
        u -> assertThat(u.orderId()).contains(stored.order().orderId().value()));
    for (Either<GatewayFailure, ?> r : List.of(refunded, refundQueried)) {
      assertThat(r.getLeft()).isInstanceOfSatisfying(GatewayFailure.UnknownStatus.class,
          u -> assertThat(u.status()).isEqualTo("CLOSED"));
    }
    assertThat(SANDBOX.sandbox().engine().refunds()).filteredOn(r -> r.refundTransId().equals(refundId)).hasSize(1);
    assertThat(session.status()).isEqualTo(SessionStatus.OPEN);
    assertThat(session.unrecognisedStatus()).contains("PAYING");
    assertThat(listed.isUsable()).isFalse();
    assertThat(listed.unrecognisedStatus()).contains("SUSPENDED");
  }

  @Test
  void aFourDigitRetCodeIsTheSameRefusalAsItsSixDigitForm() {
    for (boolean fourDigit : List.of(false, true)) {
      SANDBOX.sandbox().quirks(fourDigit ? Quirks.of(Quirk.FOUR_DIGIT_RET_CODES) : Quirks.none());
      try (PaykkaHttpAdapter stranger = SANDBOX.builder().merchantId("19999999999999").build();
          PaykkaHttpAdapter wrongKey = SANDBOX.builder().merchantPrivateKey(TestKeys.generate().privateKeyPem())
              .build()) {
        GatewayFailure unknownMerchant = stranger.query(PaymentLookup.byTransId(TransId.of("T1"))).getLeft();
        GatewayFailure badSignature = wrongKey.query(PaymentLookup.byTransId(TransId.of("T1"))).getLeft();
        PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
        GatewayFailure badSignatureInitiate = wrongKey.initiate(request).getLeft();

        assertRefused(unknownMerchant, fourDigit ? "1000" : "206005", Category.MERCHANT_CONFIGURATION);
        assertRefused(badSignature, fourDigit ? "2000" : "206003", Category.SIGNATURE);
        assertRefused(badSignatureInitiate, fourDigit ? "2000" : "206003", Category.SIGNATURE);
        assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isZero();
      }
    }
  }

  private void assertRefused(GatewayFailure f, String code, Category category) {
    assertThat(f).isInstanceOfSatisfying(GatewayFailure.Rejected.class, r -> {
      assertThat(r.retCode()).isEqualTo(code);
      assertThat(r.isRetryable()).isFalse();
      assertThat(catalog.answer(r.retCode(), r.retMsg()).category()).isEqualTo(category);
    });
  }

  @Test
  void anUnsignedErrorIsNeverTrustedAndNeverHidden() {
    for (Quirks quirks : List.of(Quirks.of(Quirk.UNSIGNED_ERRORS),
        Quirks.of(Quirk.UNSIGNED_ERRORS, Quirk.FOUR_DIGIT_RET_CODES))) {
      SANDBOX.sandbox().quirks(quirks);
      String claimed = quirks.has(Quirk.FOUR_DIGIT_RET_CODES) ? "2000" : "206003";
      try (PaykkaHttpAdapter wrongKey = SANDBOX.builder().merchantPrivateKey(TestKeys.generate().privateKeyPem())
          .build()) {
        GatewayFailure query = wrongKey.query(PaymentLookup.byTransId(TransId.of("T1"))).getLeft();
        PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
        GatewayFailure initiate = wrongKey.initiate(request).getLeft();

        assertThat(query).isInstanceOfSatisfying(GatewayFailure.Unauthentic.class,
            u -> assertThat(u.claimedRetCode()).contains(claimed));
        // a money-moving call is never settled by what an unsigned answer says: it stays to be queried
        assertThat(initiate).isInstanceOfAny(GatewayFailure.Unauthentic.class, GatewayFailure.OutcomeUnknown.class);
        for (GatewayFailure f : List.of(query, initiate)) assertThat(f.message()).contains(claimed);
        assertThat(SANDBOX.sandbox().engine().orderCount(request.transId())).isZero();
      }
    }
    // with the right key the answers are signed again: the same adapter settings pay
    assertThat(ok(SANDBOX.adapter().initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))))
        .order().amount()).isEqualTo(usd(1000));
  }
}

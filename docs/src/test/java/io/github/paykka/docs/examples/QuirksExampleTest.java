package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-quirks-extension
import io.github.paykka.testkit.junit.PaykkaSandboxTest;
// endregion
// region imports-quirks
import io.github.paykka.testkit.sandbox.Quirk;
import io.github.paykka.testkit.sandbox.Quirks;
// endregion
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** testing.md's quirks examples, run. */
// region quirks-extension
@PaykkaSandboxTest(quirks = {Quirk.EXTRA_FIELDS, Quirk.UNKNOWN_VALUES, Quirk.CLOSED_CONNECTIONS})
class QuirksExampleTest {
  // endregion
  private final PaykkaSandbox sandbox;
  private final PaykkaHttpAdapter paykka;

  QuirksExampleTest(PaykkaSandbox sandbox, SandboxKeys keys) {
    this.sandbox = sandbox;
    this.paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKey())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .build();
  }

  @Test
  void theAnnotationsQuirksAreOnBeforeEachTest() {
    assertThat(sandbox.quirks())
        .isEqualTo(Quirks.of(Quirk.EXTRA_FIELDS, Quirk.UNKNOWN_VALUES, Quirk.CLOSED_CONNECTIONS));
    PaymentResult paid = paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))).get();
    assertThat(paid.order().status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void yourCodeAgainstTheWaysOfTheRealPaykka() {
    // region quirks
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    PaymentRequest another = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    sandbox.quirks(Quirks.all().without(Quirk.UNKNOWN_STATUS));  // all that keeps what an answer means
    PaymentResult paid = paykka.initiate(request).get();          // the same SUCCESS, with the same ids and amount
    // paid.paymentMethod() is Unknown[raw=PayPal]: a method this version does not know, kept as PayKKa wrote it

    sandbox.quirks(Quirks.of(Quirk.UNKNOWN_STATUS));              // a status no document names
    Either<GatewayFailure, PaymentResult> pending = paykka.initiate(another);
    // GatewayFailure.UnknownStatus with the status and PayKKa's order id: never a success, never a decline
    // endregion
    assertThat(paid.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(paid.order().transId()).isEqualTo(request.transId());
    assertThat(paid.paymentMethod()).contains(ReportedPaymentMethod.unknown("PayPal"));
    assertThat(pending.getLeft()).isInstanceOfSatisfying(GatewayFailure.UnknownStatus.class, u -> {
      assertThat(u.status()).isEqualTo("PENDING_REVIEW");
      assertThat(u.orderId()).isNotEmpty();
    });
    assertThat(PaymentsRecipesTest.nextStep(pending.getLeft()))
        .isEqualTo("do not fulfil, do not pay again: query " + another.transId().value() + " later (PENDING_REVIEW)");
  }

  @AfterEach
  void close() {
    paykka.close();
  }
}

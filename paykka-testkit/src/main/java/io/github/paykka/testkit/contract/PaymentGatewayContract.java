package io.github.paykka.testkit.contract;

import static io.github.paykka.testkit.contract.Contracts.accepted;
import static io.github.paykka.testkit.contract.Contracts.authorised;
import static io.github.paykka.testkit.contract.Contracts.failure;
import static io.github.paykka.testkit.contract.Contracts.initiate;
import static io.github.paykka.testkit.contract.Contracts.query;
import static io.github.paykka.testkit.contract.Contracts.rejected;
import static io.github.paykka.testkit.contract.Contracts.success;
import static io.github.paykka.testkit.contract.TestRequests.purchase;
import static io.github.paykka.testkit.contract.TestRequests.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.wire.error.RetCode;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link PaymentGateway}: what any implementation must do with the testkit's test cards, as PayKKa
 * would. Extend it, provide the gateway and a simulator; each test uses a fresh random {@code trans_id}.
 */
public abstract class PaymentGatewayContract {

  /** The gateway under test; may be the same instance on every call. */
  protected abstract PaymentGateway payments();

  /** The shopper's side of the same PayKKa (fake or sandbox). */
  protected abstract PaymentSimulator simulator();

  /** The {@code notify_url} the payments carry; override to receive notifications. */
  protected String notifyUrl() {
    return TestRequests.NOTIFY_URL;
  }

  /** A valid PURCHASE of USD 10.00 with {@code card}. */
  protected PaymentRequest.Builder purchaseWith(TestCard card) {
    return purchase(card).notifyUrl(notifyUrl());
  }

  @Test
  void theVisaSuccessCardIsApprovedAndCapturedInFull() {
    assertApprovedAndCapturedInFull(TestCard.VISA_SUCCESS);
  }

  @Test
  void theMastercardSuccessCardIsApprovedAndCapturedInFull() {
    assertApprovedAndCapturedInFull(TestCard.MASTERCARD_SUCCESS);
  }

  private void assertApprovedAndCapturedInFull(TestCard card) {
    PaymentResult result = initiate(payments(), purchaseWith(card));

    assertThat(result.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(result.order().amount()).isEqualTo(usd(1000));
    assertThat(query(payments(), result).order().balances().captured()).isEqualTo(usd(1000));
    assertThat(result.requiresAuthentication()).isFalse();
    result.card().forEach(summary -> assertThat(summary.last4()).isEqualTo(card.number().substring(12)));
  }

  @Test
  void aDeclinedCardIsDeclinedWithItsErrorCode() {
    PaymentRequest.Builder request = purchaseWith(TestCard.DECLINED);
    GatewayFailure failure = failure(Operation.INITIATE, payments().initiate(TestRequests.valid(request)));

    assertThat(failure).isInstanceOf(GatewayFailure.Declined.class);
    assertThat(((GatewayFailure.Declined) failure).errorCode()).isEqualTo(TestCard.DECLINED_CODE);
    PaymentResult queried = success(payments().query(PaymentLookup.byTransId(TestRequests.valid(request).transId())));
    assertThat(queried.order().status()).isEqualTo(OrderStatus.FAILURE);
  }

  @Test
  void insufficientFundsIsDeclinedWithItsErrorCode() {
    GatewayFailure failure =
        failure(Operation.INITIATE, payments().initiate(TestRequests.valid(purchaseWith(TestCard.INSUFFICIENT_FUNDS))));

    assertThat(failure).isInstanceOf(GatewayFailure.Declined.class);
    assertThat(((GatewayFailure.Declined) failure).errorCode()).isEqualTo(TestCard.INSUFFICIENT_FUNDS_CODE);
  }

  @Test
  void aThreeDsCardWaitsForTheChallengeThenIsApproved() {
    PaymentResult pending = initiate(payments(), purchaseWith(TestCard.THREE_DS_CHALLENGE));
    assertThat(pending.order().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(pending.requiresAuthentication()).isTrue();
    assertThat(pending.authenticationUrl().get().isAbsolute()).isTrue();

    simulator().completeChallenge(pending.order().orderId(), true);

    assertThat(query(payments(), pending).order().status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void aFailedThreeDsChallengeFailsThePayment() {
    PaymentResult pending = initiate(payments(), purchaseWith(TestCard.THREE_DS_CHALLENGE));

    simulator().completeChallenge(pending.order().orderId(), false);

    assertThat(query(payments(), pending).order().status()).isEqualTo(OrderStatus.FAILURE);
  }

  @Test
  void anAsynchronousCardStaysProcessingUntilTheResultComes() {
    PaymentResult pending = initiate(payments(), purchaseWith(TestCard.PROCESSING_THEN_APPROVED));
    assertThat(pending.order().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(pending.requiresAuthentication()).isFalse();
    assertThat(query(payments(), pending).order().status()).isEqualTo(OrderStatus.PROCESSING);

    simulator().settlePending(pending.order().orderId());

    assertThat(query(payments(), pending).order().status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void manualCaptureAuthorisesThenCapturesInPartsAndAFinalCaptureReleasesTheRest() {
    PaymentResult order = authorised(payments(), purchaseWith(TestCard.VISA_SUCCESS));
    assertThat(order.order().status()).isEqualTo(OrderStatus.AUTHORIZED);
    assertThat(order.order().balances().authed()).isEqualTo(usd(1000));
    OrderId id = order.order().orderId();

    accepted(Operation.CAPTURE, payments().capture(CaptureCommand.of(id, usd(300), false)));
    PaymentResult partly = query(payments(), order);
    assertThat(partly.order().status()).isEqualTo(OrderStatus.AUTHORIZED);
    assertThat(partly.order().balances().captured()).isEqualTo(usd(300));

    accepted(Operation.CAPTURE, payments().capture(CaptureCommand.of(id, usd(200), true)));
    PaymentResult finished = query(payments(), order);
    assertThat(finished.order().status()).isEqualTo(OrderStatus.PARTIALLY_REVERSED);
    assertThat(finished.order().balances().captured()).isEqualTo(usd(500));

    rejected(Operation.CAPTURE, payments().capture(CaptureCommand.of(id, usd(100), true)));
    assertThat(query(payments(), order).order()).isEqualTo(finished.order());
  }

  @Test
  void capturingEverythingSucceeds() {
    PaymentResult order = authorised(payments(), purchaseWith(TestCard.MASTERCARD_SUCCESS));

    accepted(Operation.CAPTURE, payments().capture(CaptureCommand.of(order.order().orderId(), usd(1000), true)));

    PaymentResult captured = query(payments(), order);
    assertThat(captured.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(captured.order().balances().captured()).isEqualTo(usd(1000));
  }

  @Test
  void capturingTheRestWithoutAnAmountCapturesWhatRemains() {
    PaymentResult order = authorised(payments(), purchaseWith(TestCard.VISA_SUCCESS));
    OrderId id = order.order().orderId();
    accepted(Operation.CAPTURE, payments().capture(CaptureCommand.of(id, usd(300), false)));

    accepted(Operation.CAPTURE, payments().capture(CaptureCommand.rest(id)));

    PaymentResult captured = query(payments(), order);
    assertThat(captured.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(captured.order().balances().captured()).isEqualTo(usd(1000));
    rejected(Operation.CAPTURE, payments().capture(CaptureCommand.rest(id)));
  }

  @Test
  void capturingMoreThanAuthorisedIsRefusedAndChangesNothing() {
    PaymentResult order = authorised(payments(), purchaseWith(TestCard.VISA_SUCCESS));

    rejected(Operation.CAPTURE, payments().capture(CaptureCommand.of(order.order().orderId(), usd(1001), true)));

    assertThat(query(payments(), order).order().status()).isEqualTo(OrderStatus.AUTHORIZED);
    assertThat(query(payments(), order).order().balances().captured()).isEqualTo(usd(0));
  }

  @Test
  void aVoidBeforeCaptureCancelsTheOrder() {
    PaymentResult order = authorised(payments(), purchaseWith(TestCard.VISA_SUCCESS));

    accepted(Operation.VOID,
        payments().voidPayment(VoidCommand.of(order.order().orderId(), ReasonCode.REQUESTED_BY_CUSTOMER)));

    assertThat(query(payments(), order).order().status()).isEqualTo(OrderStatus.CANCELED);
    rejected(Operation.CAPTURE, payments().capture(CaptureCommand.of(order.order().orderId(), usd(100), true)));
  }

  @Test
  void aVoidOfACapturedOrderIsRefused() {
    PaymentResult order = initiate(payments(), purchaseWith(TestCard.VISA_SUCCESS));

    rejected(Operation.VOID, payments().voidPayment(VoidCommand.of(order.order().orderId(), ReasonCode.OTHER)));

    assertThat(query(payments(), order).order().status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void theSameTransIdTwiceMakesOneOrder() {
    PaymentRequest request = TestRequests.valid(purchaseWith(TestCard.VISA_SUCCESS));

    PaymentResult first = success(payments().initiate(request));
    PaymentResult second = success(payments().initiate(request));

    assertThat(second.order().orderId()).isEqualTo(first.order().orderId());
    assertThat(success(payments().query(PaymentLookup.byTransId(request.transId()))).order().orderId())
        .isEqualTo(first.order().orderId());
  }

  @Test
  void anOrderIsFoundByTransIdAndByOrderId() {
    PaymentResult order = initiate(payments(), purchaseWith(TestCard.VISA_SUCCESS));

    PaymentResult byTransId = success(payments().query(PaymentLookup.byTransId(order.order().transId())));
    PaymentResult byOrderId = success(payments().query(PaymentLookup.byOrderId(order.order().orderId())));

    assertThat(byTransId.order()).isEqualTo(order.order());
    assertThat(byOrderId.order()).isEqualTo(order.order());
  }

  @Test
  void anUnknownOrderIsRejected() {
    GatewayFailure.Rejected byTransId =
        rejected(Operation.QUERY, payments().query(PaymentLookup.byTransId(TestRequests.uniqueTransId())));
    OrderId unknown = OrderId.of("GW" + TestRequests.uniqueTransId().value().substring(2));
    GatewayFailure.Rejected byOrderId = rejected(Operation.QUERY, payments().query(PaymentLookup.byOrderId(unknown)));
    rejected(Operation.CAPTURE, payments().capture(CaptureCommand.of(unknown, usd(100), true)));

    assertThat(byTransId.retCode()).isNotEqualTo(RetCode.SUCCESS);
    // a reconciler takes "not found" for "never happened": the refusal must say it, not leave it to a list of codes
    assertThat(byTransId.notFound()).as("notFound() of a query by an unknown trans_id").isTrue();
    assertThat(byOrderId.notFound()).as("notFound() of a query by an unknown order_id").isTrue();
  }
}

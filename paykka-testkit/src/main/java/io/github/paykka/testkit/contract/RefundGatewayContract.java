package io.github.paykka.testkit.contract;

import static io.github.paykka.testkit.contract.Contracts.authorised;
import static io.github.paykka.testkit.contract.Contracts.initiate;
import static io.github.paykka.testkit.contract.Contracts.query;
import static io.github.paykka.testkit.contract.Contracts.rejected;
import static io.github.paykka.testkit.contract.Contracts.success;
import static io.github.paykka.testkit.contract.TestRequests.purchase;
import static io.github.paykka.testkit.contract.TestRequests.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link RefundGateway}: refunds up to the captured amount, once per {@code refund_trans_id}.
 * Extend it, provide the refund gateway and the payment gateway of the same PayKKa (to make orders to refund).
 *
 * <p>A refund may be answered in any status but FAILURE (PayKKa reviews refunds); where it is answered SUCCESS, the
 * order's balances must show it.
 */
public abstract class RefundGatewayContract {

  /** The gateway under test. */
  protected abstract RefundGateway refunds();

  /** The payments of the same PayKKa, to make orders to refund. */
  protected abstract PaymentGateway payments();

  /** The {@code notify_url} the payments and refunds carry. */
  protected String notifyUrl() {
    return TestRequests.NOTIFY_URL;
  }

  private PaymentResult paid() {
    return initiate(payments(), purchase(TestCard.VISA_SUCCESS).notifyUrl(notifyUrl()));
  }

  private RefundCommand refundOf(PaymentResult order, RefundTransId id, Money amount) {
    return new RefundCommand(id, order.order().orderId(), amount, ReasonCode.REQUESTED_BY_CUSTOMER,
        Option.some(notifyUrl()));
  }

  private static RefundTransId uniqueRefundTransId() {
    return RefundTransId.of(TestRequests.uniqueTransId("R").value());
  }

  @Test
  void aPartialRefundIsAcceptedAndFoundAgain() {
    PaymentResult order = paid();
    RefundTransId id = uniqueRefundTransId();

    Refund refund = success(refunds().refund(refundOf(order, id, usd(400))));

    assertThat(refund.status()).isNotEqualTo(RefundStatus.FAILURE);
    assertThat(refund.refundTransId()).isEqualTo(id);
    assertThat(refund.amount()).isEqualTo(usd(400));
    // PayKKa's published refund answer need not repeat the original order; when it does, it is this one
    assertThat(refund.originalOrderId().forAll(order.order().orderId()::equals)).isTrue();
    Refund found = success(refunds().query(RefundLookup.byRefundTransId(id)));
    assertThat(found.refundTransId()).isEqualTo(id);
    assertThat(found.amount()).isEqualTo(usd(400));
    if (refund.status() == RefundStatus.SUCCESS) {
      PaymentResult after = query(payments(), order);
      assertThat(after.order().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
      assertThat(after.order().balances().refunded()).isEqualTo(usd(400));
    }
    refund.refundOrderId().forEach(refundOrderId ->
        assertThat(success(refunds().query(RefundLookup.byRefundOrderId(refundOrderId))).refundTransId()).isEqualTo(id));
  }

  @Test
  void refundingEverythingInTwoPartsRefundsTheOrder() {
    PaymentResult order = paid();

    Refund first = success(refunds().refund(refundOf(order, uniqueRefundTransId(), usd(600))));
    Refund second = success(refunds().refund(refundOf(order, uniqueRefundTransId(), usd(400))));

    if (first.status() == RefundStatus.SUCCESS && second.status() == RefundStatus.SUCCESS) {
      assertThat(query(payments(), order).order().status()).isEqualTo(OrderStatus.REFUNDED);
    }
    rejected(Operation.REFUND, refunds().refund(refundOf(order, uniqueRefundTransId(), usd(1))));
  }

  @Test
  void aRefundBeyondTheCapturedAmountIsRefusedAndChangesNothing() {
    PaymentResult order = paid();
    RefundTransId id = uniqueRefundTransId();

    rejected(Operation.REFUND, refunds().refund(refundOf(order, id, usd(1001))));

    assertThat(query(payments(), order).order().balances().refunded()).isEqualTo(usd(0));
    assertThat(query(payments(), order).order().status()).isEqualTo(OrderStatus.SUCCESS);
    rejected(Operation.REFUND_QUERY, refunds().query(RefundLookup.byRefundTransId(id)));
  }

  @Test
  void theSameRefundTransIdTwiceRefundsOnce() {
    PaymentResult order = paid();
    RefundCommand command = refundOf(order, uniqueRefundTransId(), usd(300));

    Refund first = success(refunds().refund(command));
    Refund second = success(refunds().refund(command));

    assertThat(second.refundTransId()).isEqualTo(first.refundTransId());
    if (first.refundOrderId().isDefined() && second.refundOrderId().isDefined()) {
      assertThat(second.refundOrderId()).isEqualTo(first.refundOrderId());
    }
    if (second.status() == RefundStatus.SUCCESS) {
      assertThat(query(payments(), order).order().balances().refunded()).isEqualTo(usd(300));
    }
  }

  @Test
  void anUncapturedOrderCannotBeRefunded() {
    PaymentResult order = authorised(payments(), purchase(TestCard.VISA_SUCCESS).notifyUrl(notifyUrl()));

    rejected(Operation.REFUND, refunds().refund(refundOf(order, uniqueRefundTransId(), usd(100))));

    assertThat(query(payments(), order).order().status()).isEqualTo(OrderStatus.AUTHORIZED);
  }

  @Test
  void refundsOfUnknownOrdersAndUnknownRefundsAreRejected() {
    OrderId unknown = OrderId.of("GW" + TestRequests.uniqueTransId().value().substring(2));
    rejected(Operation.REFUND, refunds().refund(
        new RefundCommand(uniqueRefundTransId(), unknown, usd(100), ReasonCode.OTHER, Option.none())));
    var unknownRefund =
        rejected(Operation.REFUND_QUERY, refunds().query(RefundLookup.byRefundTransId(uniqueRefundTransId())));

    assertThat(unknownRefund.notFound()).as("notFound() of a query by an unknown refund_trans_id").isTrue();
  }
}

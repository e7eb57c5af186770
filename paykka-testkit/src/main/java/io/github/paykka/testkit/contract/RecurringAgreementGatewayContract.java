package io.github.paykka.testkit.contract;

import static io.github.paykka.testkit.contract.Contracts.accepted;
import static io.github.paykka.testkit.contract.Contracts.failure;
import static io.github.paykka.testkit.contract.Contracts.initiate;
import static io.github.paykka.testkit.contract.Contracts.rejected;
import static io.github.paykka.testkit.contract.Contracts.success;
import static io.github.paykka.testkit.contract.Contracts.uniqueShopper;
import static io.github.paykka.testkit.contract.TestRequests.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.testkit.TestCard;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link RecurringAgreementGateway}: a first RECURRING payment makes an agreement that
 * merchant-initiated payments use until it is cancelled. Extend it, provide the agreement gateway and the payment
 * gateway of the same PayKKa.
 */
public abstract class RecurringAgreementGatewayContract {

  /** The gateway under test. */
  protected abstract RecurringAgreementGateway recurringAgreements();

  /** The payments of the same PayKKa, to make agreements and use them. */
  protected abstract PaymentGateway payments();

  /** The {@code notify_url} the payments carry. */
  protected String notifyUrl() {
    return TestRequests.NOTIFY_URL;
  }

  private PaymentResult firstRecurring(ShopperReference shopper) {
    PaymentResult first = initiate(payments(), purchase(TestCard.VISA_SUCCESS).notifyUrl(notifyUrl())
        .paymentType(PaymentType.RECURRING).mit(false).storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION)
        .shopperReference(shopper));
    assertThat(first.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(first.recurringAgreementId()).as("the agreement the first payment made").hasSize(1);
    assertThat(first.token()).as("the token the first payment stored").hasSize(1);
    return first;
  }

  private PaymentRequest.Builder merchantInitiated(PaymentResult first, ShopperReference shopper) {
    return purchase(new PaymentInstrument.SavedCard(first.token().get())).notifyUrl(notifyUrl())
        .paymentType(PaymentType.RECURRING).mit(true).shopperReference(shopper)
        .recurringAgreementId(first.recurringAgreementId().get());
  }

  @Test
  void aMerchantInitiatedPaymentOfAnActiveAgreementIsApproved() {
    ShopperReference shopper = uniqueShopper();
    PaymentResult first = firstRecurring(shopper);

    PaymentResult next = initiate(payments(), merchantInitiated(first, shopper));

    assertThat(next.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(next.order().orderId()).isNotEqualTo(first.order().orderId());
  }

  @Test
  void afterCancellingTheAgreementMerchantInitiatedPaymentsAreRefused() {
    ShopperReference shopper = uniqueShopper();
    PaymentResult first = firstRecurring(shopper);

    accepted(Operation.RECURRING_CANCEL, recurringAgreements().cancel(first.recurringAgreementId().get(), shopper));

    GatewayFailure refused =
        failure(Operation.INITIATE, payments().initiate(TestRequests.valid(merchantInitiated(first, shopper))));
    assertThat(refused).isInstanceOfAny(GatewayFailure.Rejected.class, GatewayFailure.Declined.class);
  }

  @Test
  void anotherShopperCannotUseOrCancelTheAgreement() {
    ShopperReference shopper = uniqueShopper();
    PaymentResult first = firstRecurring(shopper);
    ShopperReference stranger = uniqueShopper();

    GatewayFailure refused =
        failure(Operation.INITIATE, payments().initiate(TestRequests.valid(merchantInitiated(first, stranger))));
    assertThat(refused).isInstanceOfAny(GatewayFailure.Rejected.class, GatewayFailure.Declined.class);
    rejected(Operation.RECURRING_CANCEL, recurringAgreements().cancel(first.recurringAgreementId().get(), stranger));
    assertThat(initiate(payments(), merchantInitiated(first, shopper)).order().status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void anUnknownAgreementCannotBeCancelled() {
    rejected(Operation.RECURRING_CANCEL, recurringAgreements().cancel(
        RecurringAgreementId.of("RA" + TestRequests.uniqueTransId().value().substring(2)), uniqueShopper()));
  }
}

package io.github.paykka.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderObservation;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.refund.RefundStatus;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class PaymentNotificationTest {
  private static final Money AMOUNT = Money.of(1000, Currency.USD);
  private static final Money ZERO = Money.zero(Currency.USD);
  private static final OrderId ORDER = OrderId.of("GW200395192979024625");

  private static PaymentNotification notification(NotifyType type, OrderStatus status, Option<Balances> balances,
      long timestamp) {
    return new PaymentNotification(type, MerchantId.of("M1"), timestamp, TransId.of("T-1"), ORDER, status, AMOUNT,
        balances, Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none());
  }

  @Test
  void withoutBalancesTheObservationIsTheLeastTheStatusImplies() {
    assertThat(notification(NotifyType.PAYMENT_AUTHORIZATION, OrderStatus.AUTHORIZED, Option.none(), 1).observation())
        .isEqualTo(new OrderObservation(ORDER, OrderStatus.AUTHORIZED, new Balances(AMOUNT, ZERO, ZERO, ZERO)));
    assertThat(notification(NotifyType.PAYMENT_SUCCESS, OrderStatus.SUCCESS, Option.none(), 1).observation())
        .isEqualTo(new OrderObservation(ORDER, OrderStatus.SUCCESS, new Balances(AMOUNT, AMOUNT, ZERO, ZERO)));
    assertThat(notification(NotifyType.PAYMENT_FAILURE, OrderStatus.FAILURE, Option.none(), 1).observation())
        .isEqualTo(new OrderObservation(ORDER, OrderStatus.FAILURE, Balances.zero(Currency.USD)));
  }

  @Test
  void balancesInTheBodyWin() {
    Balances partly = new Balances(AMOUNT, Money.of(400, Currency.USD), ZERO, ZERO);
    assertThat(notification(NotifyType.PAYMENT_AUTHORIZATION, OrderStatus.AUTHORIZED, Option.some(partly), 1)
        .observation().balances()).isEqualTo(partly);
  }

  @Test
  void anImpliedObservationNeverLowersWhatIsKnown() {
    PaymentOrder order = PaymentOrder.open(ORDER, TransId.of("T-1"), AMOUNT, CaptureMethod.MANUAL).approve().get()
        .order().capture(Money.of(300, Currency.USD), false).get().order();
    OrderObservation late = notification(NotifyType.PAYMENT_AUTHORIZATION, OrderStatus.AUTHORIZED, Option.none(), 1)
        .observation();
    assertThat(order.reconcile(late).get().order()).isEqualTo(order);
  }

  @Test
  void theDeduplicationKeyIgnoresTheTimestamp() {
    PaymentNotification first = notification(NotifyType.PAYMENT_SUCCESS, OrderStatus.SUCCESS, Option.none(), 1);
    PaymentNotification again = notification(NotifyType.PAYMENT_SUCCESS, OrderStatus.SUCCESS, Option.none(), 99);
    PaymentNotification other = notification(NotifyType.PAYMENT_AUTHORIZATION, OrderStatus.AUTHORIZED, Option.none(), 1);
    assertThat(first.deduplicationKey()).isEqualTo(again.deduplicationKey()).isNotEqualTo(other.deduplicationKey());
  }

  @Test
  void eachTypeAdmitsTheStatusItNamesAndNeverTheOpposite() {
    assertThat(NotifyType.PAYMENT_SUCCESS.admits(OrderStatus.SUCCESS)).isTrue();
    assertThat(NotifyType.PAYMENT_SUCCESS.admits(OrderStatus.FAILURE)).isFalse();
    assertThat(NotifyType.PAYMENT_FAILURE.admits(OrderStatus.SUCCESS)).isFalse();
    assertThat(NotifyType.PAYMENT_AUTHORIZATION.orderStatuses()).containsExactly(OrderStatus.AUTHORIZED);
    assertThat(NotifyType.PAYMENT_CANCELED.admits(OrderStatus.CANCELED)).isTrue();
    assertThat(NotifyType.REFUND_SUCCESS.admits(RefundStatus.SUCCESS)).isTrue();
    assertThat(NotifyType.REFUND_SUCCESS.admits(RefundStatus.FAILURE)).isFalse();
    assertThat(NotifyType.REFUND_FAILURE.refundStatuses()).containsExactly(RefundStatus.FAILURE);
    for (NotifyType t : NotifyType.values()) {
      // a payment type says nothing of refunds and the other way round; no type admits PROCESSING or a refund
      assertThat(t.isRefund() ? t.orderStatuses() : t.refundStatuses()).isEmpty();
      assertThat(t.admits(OrderStatus.PROCESSING)).isFalse();
      assertThat(t.admits(OrderStatus.REFUNDED)).isFalse();
    }
    assertThat(notification(NotifyType.PAYMENT_SUCCESS, OrderStatus.FAILURE, Option.none(), 1).statusFitsType())
        .isFalse();
    assertThat(notification(NotifyType.PAYMENT_SUCCESS, OrderStatus.SUCCESS, Option.none(), 1).statusFitsType())
        .isTrue();
  }

  @Test
  void typesMatchTheSubject() {
    assertThatThrownBy(() -> notification(NotifyType.REFUND_SUCCESS, OrderStatus.SUCCESS, Option.none(), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RefundNotification(NotifyType.PAYMENT_SUCCESS, MerchantId.of("M1"), 1,
        RefundTransId.of("R-1"), ORDER, Option.none(), RefundStatus.SUCCESS, AMOUNT, Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(NotifyType.fromWire("payment.success")).contains(NotifyType.PAYMENT_SUCCESS);
    assertThat(NotifyType.fromWire("PAYMENT.SOMETHING_NEW")).isEmpty();
  }
}

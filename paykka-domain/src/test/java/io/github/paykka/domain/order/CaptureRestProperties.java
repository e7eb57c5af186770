package io.github.paykka.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Either;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue 10 #20: a capture without an amount captures the rest of what is authorised. */
class CaptureRestProperties {

  @Provide
  Arbitrary<PaymentOrder> orders() {
    return OrderHistories.histories().flatMap(Arbitraries::of);
  }

  @Property(tries = 500)
  void capturingTheRestIsCapturingWhatCanBeCapturedFinally(@ForAll("orders") PaymentOrder order) {
    Either<Rejection, Transition> rest = order.captureRest();
    if (order.status() != OrderStatus.AUTHORIZED) {
      assertThat(rest.getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
      return;
    }
    assertThat(rest).isEqualTo(order.capture(order.ableToCapture(), true));
    assertThat(rest.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(rest.get().order().ableToCapture().isZero()).isTrue();
  }

  @Example
  void theRestAfterAPartialCapture() {
    Money amount = Money.of(1000, Currency.USD);
    PaymentOrder authorised = PaymentOrder.open(OrderHistories.ORDER_ID, OrderHistories.TRANS_ID, amount,
        CaptureMethod.MANUAL).approve().get().order();
    PaymentOrder partly = authorised.capture(Money.of(300, Currency.USD), false).get().order();

    Transition t = partly.captureRest().get();

    assertThat(t.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(t.order().balances().captured()).isEqualTo(amount);
    assertThat(t.events()).isEqualTo(List.of(new OrderEvent.Captured(OrderHistories.ORDER_ID,
        Money.of(700, Currency.USD), true)));
    assertThat(t.order().captureRest().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
  }
}

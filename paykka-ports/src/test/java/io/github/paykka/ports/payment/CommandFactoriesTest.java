package io.github.paykka.ports.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.ports.refund.RefundCommand;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The command factories refuse exactly what the domain refuses, with the domain's rejection. */
class CommandFactoriesTest {
  private static final OrderId ORDER = OrderId.of("GW200395192979024625");

  private static PaymentOrder authorised(long amount) {
    return PaymentOrder.open(ORDER, TransId.of("T-1"), Money.of(amount, Currency.USD), CaptureMethod.MANUAL)
        .approve().get().order();
  }

  private static PaymentOrder settled(long amount) {
    return PaymentOrder.open(ORDER, TransId.of("T-1"), Money.of(amount, Currency.USD), CaptureMethod.AUTOMATIC)
        .approve().get().order();
  }

  @Provide
  Arbitrary<Money> amounts() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 2000).map(v -> Money.of(v, Currency.USD)),
        Arbitraries.longs().between(1, 10).map(v -> Money.of(v, Currency.EUR)));
  }

  @Property(tries = 200)
  void captureCommandAgreesWithTheDomain(@ForAll("amounts") Money amount, @ForAll boolean isFinal,
      @ForAll boolean settledFirst) {
    PaymentOrder order = settledFirst ? settled(1000) : authorised(1000);
    var domain = order.capture(amount, isFinal);
    var command = CaptureCommand.of(order, amount, isFinal);
    assertThat(command.isLeft()).isEqualTo(domain.isLeft());
    if (domain.isLeft()) {
      assertThat(command.getLeft()).isEqualTo(domain.getLeft());
    } else {
      assertThat(command.get())
          .isEqualTo(new CaptureCommand(ORDER, Option.some(amount), isFinal, Option.some(order.balances())));
    }
  }

  /** Issue 10 #20: "capture the rest" has no amount, is final, and is refused exactly when the domain refuses it. */
  @Example
  void captureTheRestAgreesWithTheDomain() {
    PaymentOrder partly = authorised(1000).capture(Money.of(300, Currency.USD), false).get().order();
    CaptureCommand rest = CaptureCommand.rest(partly).get();
    assertThat(rest).isEqualTo(new CaptureCommand(ORDER, Option.none(), true, Option.some(partly.balances())));
    assertThat(rest.isRest()).isTrue();
    assertThat(CaptureCommand.rest(settled(1000)).getLeft()).isEqualTo(settled(1000).captureRest().getLeft());
    assertThat(CaptureCommand.rest(ORDER)).isEqualTo(new CaptureCommand(ORDER, Option.none(), true, Option.none()));
    assertThat(CaptureCommand.of(ORDER, Money.of(5, Currency.USD), false).isRest()).isFalse();
  }

  @Property(tries = 200)
  void refundCommandAgreesWithTheDomain(@ForAll("amounts") Money amount, @ForAll boolean settledFirst) {
    PaymentOrder order = settledFirst ? settled(1000) : authorised(1000);
    var domain = order.refund(amount);
    var command = RefundCommand.of(order, RefundTransId.of("R-1"), amount, ReasonCode.REQUESTED_BY_CUSTOMER,
        Option.none());
    assertThat(command.isLeft()).isEqualTo(domain.isLeft());
    if (domain.isLeft()) {
      assertThat(command.getLeft()).isEqualTo(domain.getLeft());
    } else {
      assertThat(command.get().originalOrderId()).isEqualTo(ORDER);
      assertThat(command.get().amount()).isEqualTo(amount);
    }
  }

  @Example
  void voidCommandAgreesWithTheDomain() {
    assertThat(VoidCommand.of(authorised(1000), ReasonCode.DUPLICATE).get())
        .isEqualTo(new VoidCommand(ORDER, ReasonCode.DUPLICATE, Option.some(authorised(1000).balances())));
    assertThat(VoidCommand.of(settled(1000), ReasonCode.DUPLICATE).getLeft())
        .isInstanceOf(Rejection.NotAllowedInState.class);
  }

  @Example
  void plainConstructorsGuardTheirArguments() {
    assertThat(CaptureCommand.of(ORDER, Money.of(5, Currency.USD), true).balancesBefore()).isEmpty();
    assertThat(VoidCommand.of(ORDER, ReasonCode.OTHER).balancesBefore()).isEmpty();
    assertThatThrownBy(() -> new RefundCommand(RefundTransId.of("R-1"), ORDER, Money.zero(Currency.USD),
        ReasonCode.OTHER, Option.none())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaptureCommand.of(ORDER, null, true)).isInstanceOf(NullPointerException.class);
  }
}

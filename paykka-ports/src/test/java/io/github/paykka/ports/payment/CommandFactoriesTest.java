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
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.refund.RefundCommand;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The command factories refuse exactly what the domain refuses, carrying the domain's rejection as a
 * {@link GatewayFailure.Refused}, so that a refusal and the call's own failures combine in one {@code Either}.
 */
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
    var command = isFinal ? CaptureCommand.last(order, amount) : CaptureCommand.partial(order, amount);
    assertThat(CaptureCommand.of(order, amount, isFinal)).isEqualTo(command);
    assertThat(command.isLeft()).isEqualTo(domain.isLeft());
    if (domain.isLeft()) {
      assertThat(command.getLeft()).isEqualTo(new GatewayFailure.Refused(Operation.CAPTURE, ORDER.value(), domain.getLeft()));
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
    assertThat(((GatewayFailure.Refused) CaptureCommand.rest(settled(1000)).getLeft()).rejection())
        .isEqualTo(settled(1000).captureRest().getLeft());
    assertThat(CaptureCommand.rest(ORDER)).isEqualTo(new CaptureCommand(ORDER, Option.none(), true, Option.none()));
    assertThat(CaptureCommand.of(ORDER, Money.of(5, Currency.USD), false).isRest()).isFalse();
  }

  @Property(tries = 200)
  void refundCommandAgreesWithTheDomain(@ForAll("amounts") Money amount, @ForAll boolean settledFirst) {
    PaymentOrder order = settledFirst ? settled(1000) : authorised(1000);
    var domain = order.refund(amount);
    if (!amount.isPositive()) {
      // the builder refuses it when it is set, like every value that cannot be right
      assertThatThrownBy(() -> RefundCommand.builder().amount(amount)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("amount");
      return;
    }
    Either<GatewayFailure, RefundCommand> command = RefundCommand.builder()
        .refundTransId(RefundTransId.of("R-1"))
        .order(order)
        .amount(amount)
        .reason(ReasonCode.REQUESTED_BY_CUSTOMER)
        .checked();
    assertThat(command.isLeft()).isEqualTo(domain.isLeft());
    assertThat(RefundCommand.of(order, RefundTransId.of("R-1"), amount, ReasonCode.REQUESTED_BY_CUSTOMER,
        Option.none())).isEqualTo(command);
    if (domain.isLeft()) {
      assertThat(command.getLeft()).isEqualTo(new GatewayFailure.Refused(Operation.REFUND, "R-1", domain.getLeft()));
      assertThat(command.getLeft().message()).contains("refunds.refund [R-1] refused before sending");
    } else {
      assertThat(command.get()).isEqualTo(new RefundCommand(RefundTransId.of("R-1"), ORDER, amount,
          ReasonCode.REQUESTED_BY_CUSTOMER, Option.none()));
    }
  }

  @Example
  void theRefundBuilderNamesEveryValue() {
    RefundCommand unchecked = RefundCommand.builder()
        .refundTransId(RefundTransId.of("R-2"))
        .originalOrderId(ORDER)
        .amount(Money.of(300, Currency.USD))
        .reason(ReasonCode.OTHER)
        .notifyUrl("https://shop.example/paykka/notifications")
        .build();
    assertThat(unchecked).isEqualTo(new RefundCommand(RefundTransId.of("R-2"), ORDER, Money.of(300, Currency.USD),
        ReasonCode.OTHER, Option.some("https://shop.example/paykka/notifications")));
    // without the order itself there is nothing to check: the command as given
    assertThat(RefundCommand.builder().refundTransId(RefundTransId.of("R-2")).originalOrderId(ORDER)
        .amount(Money.of(5_000, Currency.USD)).reason(ReasonCode.OTHER).checked().isRight()).isTrue();
    // every missing value at once
    assertThatThrownBy(() -> RefundCommand.builder().reason(ReasonCode.OTHER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refundTransId, order (or originalOrderId), amount are required");
    assertThatThrownBy(() -> RefundCommand.builder().refundTransId(RefundTransId.of("R-3")).originalOrderId(ORDER)
        .amount(Money.of(1, Currency.USD)).checked())
        .isInstanceOf(IllegalStateException.class).hasMessage("reason is required");
  }

  @Example
  void voidCommandAgreesWithTheDomain() {
    assertThat(VoidCommand.of(authorised(1000), ReasonCode.DUPLICATE).get())
        .isEqualTo(new VoidCommand(ORDER, ReasonCode.DUPLICATE, Option.some(authorised(1000).balances())));
    assertThat(VoidCommand.of(settled(1000), ReasonCode.DUPLICATE).getLeft())
        .isInstanceOfSatisfying(GatewayFailure.Refused.class, r -> {
          assertThat(r.operation()).isEqualTo(Operation.VOID);
          assertThat(r.rejection()).isInstanceOf(Rejection.NotAllowedInState.class);
          assertThat(r.attempts()).isZero();
          assertThat(r.isRetryable()).isFalse();
        });
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

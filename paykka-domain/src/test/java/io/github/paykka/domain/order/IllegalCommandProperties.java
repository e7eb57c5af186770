package io.github.paykka.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Either;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Law: an illegal command is always refused with a typed {@link Rejection} and changes nothing. */
class IllegalCommandProperties {

  /** An order reached by a legal history, and a command that must be illegal for it. */
  record Case(PaymentOrder order, String verb, Money money, Class<? extends Rejection> expected) {
    @Override
    public String toString() {
      return verb + "(" + money + ") on " + order.status() + " " + order.balances();
    }
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void anIllegalCommandIsRefusedAndChangesNothing(@ForAll("cases") Case c) {
    PaymentOrder order = c.order();
    OrderObservation before = order.observe();
    Either<Rejection, Transition> result = run(c);

    assertThat(result.isLeft()).isTrue();
    assertThat(result.getLeft()).isInstanceOf(c.expected());
    assertThat(result.getLeft().message()).isNotBlank();
    assertThat(order.observe()).isEqualTo(before);
    // Refusing again gives the same answer: the refusal neither consumed nor changed anything.
    assertThat(run(c).getLeft()).isEqualTo(result.getLeft());
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<PaymentOrder> orders = OrderHistories.histories().flatMap(Arbitraries::of);
    return Combinators.combine(orders, Arbitraries.integers().between(0, 5), Arbitraries.longs().between(1, 1000))
        .as(IllegalCommandProperties::illegal);
  }

  private static Case illegal(PaymentOrder order, int kind, long extra) {
    OrderStatus s = order.status();
    Currency currency = order.amount().currency();
    Money one = Money.of(1, currency);
    boolean capturable = s == OrderStatus.AUTHORIZED;
    boolean refundable = List.of(OrderStatus.SUCCESS, OrderStatus.PARTIALLY_REVERSED, OrderStatus.PARTIALLY_REFUNDED)
        .contains(s);
    if (!capturable && !refundable) {
      String verb = List.of("capture", "void", "refund").get(kind % 3);
      return new Case(order, verb, one, Rejection.NotAllowedInState.class);
    }
    if (refundable && kind == 5) return new Case(order, "void", one, Rejection.NotAllowedInState.class);
    if (refundable && kind == 4) return new Case(order, "capture", one, Rejection.NotAllowedInState.class);
    if (capturable && kind == 4) return new Case(order, "refund", one, Rejection.NotAllowedInState.class);
    String verb = capturable ? "capture" : "refund";
    long available = capturable ? order.ableToCapture().minorUnits() : order.ableToRefund().minorUnits();
    Currency other = currency.equals(Currency.USD) ? Currency.GBP : Currency.USD;
    if (kind % 3 == 0) return new Case(order, verb, Money.zero(currency), Rejection.NotPositive.class);
    if (kind % 3 == 1 && available < Long.MAX_VALUE) {
      long over = available > Long.MAX_VALUE - extra ? Long.MAX_VALUE : available + extra;
      return new Case(order, verb, Money.of(over, currency), Rejection.ExceedsAvailable.class);
    }
    return new Case(order, verb, Money.of(extra, other), Rejection.CurrencyMismatch.class);
  }

  private static Either<Rejection, Transition> run(Case c) {
    return switch (c.verb()) {
      case "capture" -> c.order().capture(c.money(), c.money().minorUnits() % 2 == 0);
      case "refund" -> c.order().refund(c.money());
      default -> c.order().voidRemaining(ReasonCode.DUPLICATE);
    };
  }
}

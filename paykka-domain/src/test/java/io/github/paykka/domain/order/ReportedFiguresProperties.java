package io.github.paykka.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * PayKKa's reported "able to" figures (issue 10, item 21): the order's checks prefer them, commands drop them, and
 * {@link PaymentOrder#reconcile} stays a join (commutative, associative, idempotent, never backwards) when
 * observations carry them.
 */
class ReportedFiguresProperties {

  /** Observations of one legal history, each carrying arbitrary reported figures (or none). */
  record Seen(PaymentOrder base, List<OrderObservation> observations) {}

  @Provide
  Arbitrary<Seen> seen() {
    return OrderHistories.histories().flatMap(history -> {
      long amount = history.get(0).amount().minorUnits();
      Currency c = history.get(0).amount().currency();
      Arbitrary<Option<Money>> figure = Arbitraries.oneOf(Arbitraries.just(Option.none()),
          Arbitraries.longs().between(0, Math.min(amount, 1_000_000)).map(v -> Option.some(Money.of(v, c))));
      Arbitrary<OrderObservation> observation = Combinators.combine(Arbitraries.of(history), figure, figure, figure)
          .as((o, capture, voidable, refund) -> new OrderObservation(o.orderId(), o.status(),
              o.balances().withReported(capture, voidable, refund)));
      return observation.list().ofMinSize(1).ofMaxSize(6).map(list -> new Seen(history.get(0), list));
    });
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void anyOrderOfArrivalWithDuplicatesGivesTheSameOrder(@ForAll("seen") Seen s, @ForAll long seed) {
    Random random = new Random(seed);
    List<OrderObservation> shuffled = new ArrayList<>(s.observations());
    Collections.shuffle(shuffled, random);
    shuffled.add(shuffled.get(random.nextInt(shuffled.size())));
    assertThat(fold(s.base(), shuffled)).isEqualTo(fold(s.base(), s.observations()));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void groupingDoesNotMatter(@ForAll("seen") Seen s) {
    List<OrderObservation> o = s.observations();
    int half = o.size() / 2;
    PaymentOrder left = fold(s.base(), o);
    PaymentOrder firstHalf = fold(s.base(), o.subList(0, half));
    PaymentOrder secondHalf = fold(s.base(), o.subList(half, o.size()));
    assertThat(merge(firstHalf, secondHalf.observe())).isEqualTo(left);
    assertThat(merge(secondHalf, firstHalf.observe())).isEqualTo(left);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void idempotentAndNeverBackwards(@ForAll("seen") Seen s) {
    PaymentOrder merged = fold(s.base(), s.observations());
    Transition again = merged.reconcile(merged.observe()).get();
    assertThat(again.order()).isEqualTo(merged);
    assertThat(again.events()).isEmpty();
    for (OrderObservation o : s.observations()) {
      PaymentOrder once = merge(merged, o);
      assertThat(OrderTransition.MACHINE.reaches(merged.status(), once.status())).isTrue();
      assertThat(merged.balances().isAtMost(once.balances())).isTrue();
      assertThat(merge(once, o)).isEqualTo(once);
    }
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theReportedFiguresKeptAreTheSmallestOfTheObservationsOfTheMergedState(@ForAll("seen") Seen s) {
    PaymentOrder merged = fold(s.base(), s.observations());
    Option<Money> expected = Option.none();
    for (OrderObservation o : s.observations()) {
      if (o.status() != merged.status() || !o.balances().hasAmountsOf(merged.balances())) continue;
      Option<Money> r = o.balances().reportedAbleToCapture();
      if (r.isDefined() && (expected.isEmpty() || expected.get().isGreaterThan(r.get()))) expected = r;
    }
    assertThat(merged.balances().reportedAbleToCapture()).isEqualTo(expected);
    assertThat(merged.ableToCapture()).isEqualTo(expected.getOrElse(
        merged.status() == OrderStatus.AUTHORIZED ? merged.balances().uncaptured() : Money.zero(merged.amount().currency())));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void commandsNeverExceedWhatPayKkaReportedAndDropTheReport(@ForAll("seen") Seen s, @ForAll long wanted) {
    PaymentOrder order = fold(s.base(), s.observations());
    Currency c = order.amount().currency();
    Money amount = Money.of(1 + Math.floorMod(wanted, Math.max(1, order.amount().minorUnits())), c);
    Either<Rejection, Transition> captured = order.capture(amount, false);
    if (captured.isRight()) {
      assertThat(amount.isGreaterThan(order.ableToCapture())).isFalse();
      assertThat(captured.get().order().balances().reportedAbleToCapture()).isEmpty();
    }
    Either<Rejection, Transition> refunded = order.refund(amount);
    if (refunded.isRight()) {
      assertThat(amount.isGreaterThan(order.ableToRefund())).isFalse();
      assertThat(refunded.get().order().balances().reportedAbleToRefund()).isEmpty();
    }
    Either<Rejection, Transition> voided = order.voidRemaining(ReasonCode.OTHER);
    if (voided.isRight()) assertThat(order.ableToVoid().isPositive()).isTrue();
  }

  @Example
  void payKkasFiguresWinOverTheComputedOnes() {
    Money zero = Money.zero(Currency.USD);
    Money all = Money.of(1000, Currency.USD);
    PaymentOrder authorised = new PaymentOrder(OrderHistories.ORDER_ID, OrderHistories.TRANS_ID, all,
        CaptureMethod.MANUAL, OrderStatus.AUTHORIZED, new Balances(all, zero, zero, zero)
        .withReported(Option.some(Money.of(600, Currency.USD)), Option.some(zero), Option.none()));
    assertThat(authorised.ableToCapture()).isEqualTo(Money.of(600, Currency.USD));
    assertThat(authorised.capture(Money.of(601, Currency.USD), true).getLeft())
        .isEqualTo(new Rejection.ExceedsAvailable("capture", Money.of(601, Currency.USD), Money.of(600, Currency.USD)));
    assertThat(authorised.voidRemaining(ReasonCode.OTHER).getLeft()).isInstanceOf(Rejection.ExceedsAvailable.class);
    assertThat(authorised.ableToRefund()).isEqualTo(zero);
    // a report above what the balances hold cannot be booked: refused, never an exception
    PaymentOrder overReported = new PaymentOrder(OrderHistories.ORDER_ID, OrderHistories.TRANS_ID, all,
        CaptureMethod.MANUAL, OrderStatus.AUTHORIZED, new Balances(Money.of(500, Currency.USD), zero, zero, zero)
        .withReported(Option.some(all), Option.none(), Option.none()));
    assertThat(overReported.capture(Money.of(800, Currency.USD), true).getLeft())
        .isInstanceOf(Rejection.ExceedsAvailable.class);
  }

  private static PaymentOrder fold(PaymentOrder base, List<OrderObservation> observations) {
    PaymentOrder o = base;
    for (OrderObservation seen : observations) o = merge(o, seen);
    return o;
  }

  private static PaymentOrder merge(PaymentOrder order, OrderObservation seen) {
    Either<Rejection, Transition> r = order.reconcile(seen);
    assertThat(r.isRight()).as("%s with %s", order, seen).isTrue();
    return r.get().order();
  }
}

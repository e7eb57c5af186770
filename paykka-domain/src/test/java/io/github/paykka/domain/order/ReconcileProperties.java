package io.github.paykka.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of {@link PaymentOrder#reconcile}: over observations of one order it is idempotent, commutative and
 * associative, lands on the latest observation whatever the order of arrival, and never moves backwards.
 */
class ReconcileProperties {

  @Provide
  Arbitrary<List<PaymentOrder>> histories() {
    return OrderHistories.histories();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void idempotent(@ForAll("histories") List<PaymentOrder> history, @ForAll @IntRange(max = 100) int i,
      @ForAll @IntRange(max = 100) int j) {
    PaymentOrder base = history.get(i % history.size());
    OrderObservation seen = history.get(j % history.size()).observe();

    PaymentOrder once = merge(base, seen);
    Transition twice = once.reconcile(seen).get();

    assertThat(twice.order()).isEqualTo(once);
    assertThat(twice.events()).isEmpty();
    assertThat(base.reconcile(base.observe()).get().order()).isEqualTo(base);
    assertThat(base.reconcile(base.observe()).get().events()).isEmpty();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void commutative(@ForAll("histories") List<PaymentOrder> history, @ForAll @IntRange(max = 100) int i,
      @ForAll @IntRange(max = 100) int a, @ForAll @IntRange(max = 100) int b) {
    PaymentOrder base = history.get(i % history.size());
    OrderObservation x = history.get(a % history.size()).observe();
    OrderObservation y = history.get(b % history.size()).observe();

    assertThat(merge(merge(base, x), y)).isEqualTo(merge(merge(base, y), x));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void associative(@ForAll("histories") List<PaymentOrder> history, @ForAll @IntRange(max = 100) int i,
      @ForAll @IntRange(max = 100) int a, @ForAll @IntRange(max = 100) int b, @ForAll @IntRange(max = 100) int c) {
    PaymentOrder base = history.get(i % history.size());
    OrderObservation x = history.get(a % history.size()).observe();
    OrderObservation y = history.get(b % history.size()).observe();
    OrderObservation z = history.get(c % history.size()).observe();

    // (base + x + y) + z == base + x + (base + y + z): grouping the observations differently changes nothing.
    PaymentOrder left = merge(merge(merge(base, x), y), z);
    PaymentOrder yz = merge(merge(base, y), z);
    PaymentOrder right = merge(merge(base, x), yz.observe());
    assertThat(left).isEqualTo(right);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void anySubsetInAnyOrderEndsAtItsLatestObservation(@ForAll("histories") List<PaymentOrder> history,
      @ForAll long shuffleSeed) {
    Random random = new Random(shuffleSeed);
    List<Integer> picked = new ArrayList<>();
    for (int k = 0; k < history.size(); k++) {
      if (random.nextBoolean()) picked.add(k);
    }
    List<Integer> arrival = new ArrayList<>(picked);
    Collections.shuffle(arrival, random);
    // Duplicates arrive too: at-least-once delivery.
    if (!picked.isEmpty()) arrival.add(random.nextInt(arrival.size() + 1), picked.get(random.nextInt(picked.size())));

    PaymentOrder merged = history.get(0);
    for (int k : arrival) {
      PaymentOrder next = merge(merged, history.get(k).observe());
      assertNotBackwards(merged, next);
      merged = next;
    }

    PaymentOrder latest = history.get(picked.isEmpty() ? 0 : Collections.max(picked));
    assertThat(merged.observe()).isEqualTo(latest.observe());
    assertThat(merged).isEqualTo(latest);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void neverMovesBackwards(@ForAll("histories") List<PaymentOrder> history, @ForAll @IntRange(max = 100) int i,
      @ForAll @IntRange(max = 100) int j) {
    PaymentOrder base = history.get(i % history.size());
    PaymentOrder merged = merge(base, history.get(j % history.size()).observe());
    assertNotBackwards(base, merged);
    // An earlier observation after a later one is absorbed.
    PaymentOrder last = history.get(history.size() - 1);
    assertThat(merge(last, base.observe())).isEqualTo(last);
  }

  @Example
  void anObservationOfAnotherOrderIsRefused() {
    PaymentOrder order = OrderHistories.history(Currency.USD, 100, CaptureMethod.MANUAL, 5, List.of()).get(1);
    OrderObservation other = new OrderObservation(OrderId.of("GW-OTHER"), order.status(), order.balances());
    Either<Rejection, Transition> result = order.reconcile(other);
    assertThat(result.getLeft()).isInstanceOf(Rejection.DifferentSubject.class);
  }

  @Example
  void anObservationInAnotherCurrencyIsRefused() {
    PaymentOrder order = OrderHistories.history(Currency.USD, 100, CaptureMethod.MANUAL, 5, List.of()).get(1);
    OrderObservation euros = new OrderObservation(order.orderId(), order.status(), Balances.zero(Currency.EUR));
    assertThat(order.reconcile(euros).getLeft()).isInstanceOf(Rejection.CurrencyMismatch.class);
  }

  @Example
  void contradictoryStatusesAreAConflict() {
    PaymentOrder canceled = OrderHistories.history(Currency.USD, 100, CaptureMethod.MANUAL, 1, List.of()).get(1);
    PaymentOrder settled = OrderHistories.history(Currency.USD, 100, CaptureMethod.AUTOMATIC, 5, List.of()).get(1);
    assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
    assertThat(settled.status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(canceled.reconcile(settled.observe()).getLeft()).isInstanceOf(Rejection.Conflict.class);
    assertThat(settled.reconcile(canceled.observe()).getLeft()).isInstanceOf(Rejection.Conflict.class);
  }

  @Example
  void balancesBeyondTheAmountAreAConflict() {
    PaymentOrder order = OrderHistories.history(Currency.USD, 100, CaptureMethod.MANUAL, 5, List.of()).get(1);
    Money tooMuch = Money.of(101, Currency.USD);
    Money zero = Money.zero(Currency.USD);
    OrderObservation seen = new OrderObservation(order.orderId(), OrderStatus.AUTHORIZED,
        new Balances(tooMuch, zero, zero, zero));
    assertThat(order.reconcile(seen).getLeft()).isInstanceOf(Rejection.Conflict.class);
  }

  @Example
  void aLaterObservationProducesOneReconciledEvent() {
    List<PaymentOrder> history = OrderHistories.history(Currency.JPY, 500, CaptureMethod.MANUAL, 5, List.of(70L));
    PaymentOrder processing = history.get(0);
    PaymentOrder latest = history.get(history.size() - 1);
    Transition t = processing.reconcile(latest.observe()).get();
    assertThat(t.events()).containsExactly(new OrderEvent.Reconciled(processing.orderId(), OrderStatus.PROCESSING,
        latest.status(), processing.balances(), latest.balances()));
  }

  private static PaymentOrder merge(PaymentOrder order, OrderObservation seen) {
    Either<Rejection, Transition> result = order.reconcile(seen);
    assertThat(result.isRight()).as("reconcile %s with %s: %s", order.observe(), seen,
        result.isLeft() ? result.getLeft().message() : "").isTrue();
    return result.get().order();
  }

  private static void assertNotBackwards(PaymentOrder before, PaymentOrder after) {
    assertThat(OrderTransition.MACHINE.reaches(before.status(), after.status()))
        .as("%s -> %s", before.status(), after.status()).isTrue();
    Balances b = before.balances();
    Balances a = after.balances();
    assertThat(a.authed().minorUnits()).isGreaterThanOrEqualTo(b.authed().minorUnits());
    assertThat(a.captured().minorUnits()).isGreaterThanOrEqualTo(b.captured().minorUnits());
    assertThat(a.voided().minorUnits()).isGreaterThanOrEqualTo(b.voided().minorUnits());
    assertThat(a.refunded().minorUnits()).isGreaterThanOrEqualTo(b.refunded().minorUnits());
    assertThat(after.orderId()).isEqualTo(before.orderId());
    assertThat(after.amount()).isEqualTo(before.amount());
  }
}

package io.github.paykka.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of {@link PaymentOrder#reconcile(RefundObservation)} together with {@link PaymentOrder#reconcile(OrderObservation)}:
 * over what PayKKa reports of one order and its refunds, the join is idempotent and order-independent, never moves
 * backwards, and {@code refunded} is the larger of PayKKa's reported figure and the sum of the successful refunds.
 */
class RefundReconcileProperties {

  @Provide
  Arbitrary<List<PaymentOrder>> histories() {
    return OrderHistories.histories();
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void theSameReportsInAnyOrderGiveTheSameOrder(@ForAll("histories") List<PaymentOrder> history,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<Object> reports = reports(history, random);
    List<Object> other = new ArrayList<>(reports);
    Collections.shuffle(other, random);
    // at-least-once: a report arrives twice
    if (!reports.isEmpty()) other.add(reports.get(random.nextInt(reports.size())));

    assertThat(fold(history.get(0), other)).isEqualTo(fold(history.get(0), reports));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void neverBackwardsAndIdempotent(@ForAll("histories") List<PaymentOrder> history, @ForAll long seed) {
    Random random = new Random(seed);
    PaymentOrder order = history.get(0);
    for (Object report : reports(history, random)) {
      PaymentOrder next = apply(order, report);
      assertNotBackwards(order, next);
      Transition again = report instanceof RefundObservation r ? next.reconcile(r).get()
          : next.reconcile((OrderObservation) report).get();
      assertThat(again.order()).isEqualTo(next);
      assertThat(again.events()).isEmpty();
      order = next;
    }
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void refundedIsTheLargerOfTheReportedFigureAndTheSumOfTheRefunds(
      @ForAll("histories") List<PaymentOrder> history, @ForAll long seed) {
    Random random = new Random(seed);
    List<Object> reports = reports(history, random);
    PaymentOrder merged = fold(history.get(0), reports);

    long reported = 0;
    Map<RefundTransId, Money> succeeded = new HashMap<>();
    for (Object report : reports) {
      if (report instanceof OrderObservation o) reported = Math.max(reported, o.balances().refunded().minorUnits());
      if (report instanceof RefundObservation r && r.succeeded()) succeeded.put(r.refundTransId(), r.amount());
    }
    long sum = succeeded.values().stream().mapToLong(Money::minorUnits).sum();
    assertThat(merged.refunds()).isEqualTo(succeeded);
    if (isCaptureSettled(merged.status())) {
      assertThat(merged.balances().refunded().minorUnits()).isEqualTo(Math.max(reported, sum));
      if (merged.balances().refunded().isPositive()) {
        assertThat(merged.status()).isIn(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED);
      }
    } else {
      // refunds heard before the capture wait: they count once the capture is known
      assertThat(merged.balances().refunded().minorUnits()).isEqualTo(reported);
    }
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void refundNotificationsAloneBringTheOrderToWhatPaykkaSays(@ForAll("histories") List<PaymentOrder> history,
      @ForAll long seed) {
    PaymentOrder settled = null;
    for (PaymentOrder o : history) {
      if (settled == null && isCaptureSettled(o.status())) settled = o;
    }
    if (settled == null) return;
    List<Object> refunds = new ArrayList<>(refundReports(history));
    Collections.shuffle(refunds, new Random(seed));

    // the merchant knows the settled order (its own call's answer), then hears only the refund notifications
    PaymentOrder merged = fold(settled, refunds);
    PaymentOrder last = history.get(history.size() - 1);
    assertThat(merged.status()).isEqualTo(last.status());
    assertThat(merged.balances()).isEqualTo(last.balances());
  }

  @Example
  void aRefundOfAnotherOrderOrInAnotherCurrencyIsRefused() {
    PaymentOrder order = settled(10_000);
    RefundTransId id = RefundTransId.of("R-1");
    assertThat(order.reconcile(RefundObservation.succeeded(OrderId.of("GW-OTHER"), id, usd(100))).getLeft())
        .isInstanceOf(Rejection.DifferentSubject.class);
    assertThat(order.reconcile(RefundObservation.succeeded(order.orderId(), id, Money.of(100, Currency.EUR))).getLeft())
        .isInstanceOf(Rejection.CurrencyMismatch.class);
  }

  @Example
  void aKnownRefundWithAnotherAmountIsAConflictAndARefundBeyondTheCaptureToo() {
    PaymentOrder order = merge(settled(10_000), RefundObservation.succeeded(OrderHistories.ORDER_ID,
        RefundTransId.of("R-1"), usd(3_000)));
    assertThat(order.reconcile(RefundObservation.succeeded(order.orderId(), RefundTransId.of("R-1"), usd(2_000)))
        .getLeft()).isInstanceOf(Rejection.Conflict.class);
    assertThat(order.reconcile(RefundObservation.succeeded(order.orderId(), RefundTransId.of("R-2"), usd(7_001)))
        .getLeft()).isInstanceOf(Rejection.Conflict.class);
  }

  @Example
  void aSuccessfulRefundMakesTheOrderPartiallyRefundedAndTheRestRefunded() {
    PaymentOrder order = settled(10_000);
    Transition partial = order.reconcile(RefundObservation.succeeded(order.orderId(), RefundTransId.of("R-1"),
        usd(3_000))).get();
    assertThat(partial.order().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    assertThat(partial.order().balances().refunded()).isEqualTo(usd(3_000));
    assertThat(partial.events()).containsExactly(
        new OrderEvent.RefundObserved(order.orderId(), RefundTransId.of("R-1"), usd(3_000)),
        new OrderEvent.Reconciled(order.orderId(), OrderStatus.SUCCESS, OrderStatus.PARTIALLY_REFUNDED,
            order.balances(), partial.order().balances()));

    PaymentOrder all = merge(partial.order(), RefundObservation.succeeded(order.orderId(), RefundTransId.of("R-2"),
        usd(7_000)));
    assertThat(all.status()).isEqualTo(OrderStatus.REFUNDED);
    assertThat(all.ableToRefund()).isEqualTo(usd(0));
  }

  @Example
  void aFailedRefundChangesNothing() {
    PaymentOrder order = settled(10_000);
    Transition t = order.reconcile(new RefundObservation(order.orderId(), RefundTransId.of("R-1"), usd(3_000), false))
        .get();
    assertThat(t.order()).isEqualTo(order);
    assertThat(t.events()).isEmpty();
  }

  @Example
  void aRefundHeardBeforeTheCaptureWaitsForIt() {
    PaymentOrder authorised = PaymentOrder.open(OrderHistories.ORDER_ID, OrderHistories.TRANS_ID, usd(10_000),
        CaptureMethod.MANUAL).approve().get().order();
    PaymentOrder early = merge(authorised, RefundObservation.succeeded(authorised.orderId(), RefundTransId.of("R-1"),
        usd(3_000)));
    assertThat(early.status()).isEqualTo(OrderStatus.AUTHORIZED);
    assertThat(early.balances().refunded()).isEqualTo(usd(0));
    assertThat(early.refunds()).containsOnlyKeys(RefundTransId.of("R-1"));

    PaymentOrder captured = authorised.capture(usd(10_000), true).get().order();
    PaymentOrder merged = early.reconcile(captured.observe()).get().order();
    assertThat(merged.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    assertThat(merged.balances().refunded()).isEqualTo(usd(3_000));
  }

  /** Everything PayKKa may report of the history, in a random subset of its states, each refund once. */
  private static List<Object> reports(List<PaymentOrder> history, Random random) {
    List<Object> reports = new ArrayList<>();
    for (PaymentOrder o : history) {
      if (random.nextBoolean()) reports.add(o.observe());
    }
    for (Object refund : refundReports(history)) {
      if (random.nextInt(4) > 0) reports.add(refund);
    }
    // refunds that failed: no money moved
    Currency currency = history.get(0).amount().currency();
    for (int i = random.nextInt(3); i > 0; i--) {
      reports.add(new RefundObservation(OrderHistories.ORDER_ID, RefundTransId.of("F-" + i),
          Money.of(1 + random.nextInt(1_000), currency), false));
    }
    Collections.shuffle(reports, random);
    return reports;
  }

  /** One successful refund report per refund of the history, numbered in order. */
  private static List<Object> refundReports(List<PaymentOrder> history) {
    List<Object> refunds = new ArrayList<>();
    for (int k = 1; k < history.size(); k++) {
      Money before = history.get(k - 1).balances().refunded();
      Money after = history.get(k).balances().refunded();
      if (after.isGreaterThan(before)) {
        refunds.add(RefundObservation.succeeded(OrderHistories.ORDER_ID, RefundTransId.of("R-" + k),
            after.minus(before)));
      }
    }
    return refunds;
  }

  private static PaymentOrder fold(PaymentOrder start, List<Object> reports) {
    PaymentOrder order = start;
    for (Object report : reports) order = apply(order, report);
    return order;
  }

  private static PaymentOrder apply(PaymentOrder order, Object report) {
    Either<Rejection, Transition> result = report instanceof RefundObservation r ? order.reconcile(r)
        : order.reconcile((OrderObservation) report);
    assertThat(result.isRight()).as("reconcile %s with %s: %s", order, report,
        result.isLeft() ? result.getLeft().message() : "").isTrue();
    return result.get().order();
  }

  private static PaymentOrder merge(PaymentOrder order, RefundObservation refund) {
    return apply(order, refund);
  }

  private static boolean isCaptureSettled(OrderStatus status) {
    return status == OrderStatus.SUCCESS || status == OrderStatus.PARTIALLY_REVERSED
        || status == OrderStatus.PARTIALLY_REFUNDED || status == OrderStatus.REFUNDED;
  }

  private static PaymentOrder settled(long minor) {
    return PaymentOrder.open(OrderHistories.ORDER_ID, OrderHistories.TRANS_ID, usd(minor), CaptureMethod.AUTOMATIC)
        .approve().get().order();
  }

  private static Money usd(long minor) {
    return Money.of(minor, Currency.USD);
  }

  private static void assertNotBackwards(PaymentOrder before, PaymentOrder after) {
    assertThat(OrderTransition.MACHINE.reaches(before.status(), after.status()))
        .as("%s -> %s", before.status(), after.status()).isTrue();
    assertThat(before.balances().isAtMost(after.balances())).isTrue();
    assertThat(after.refunds()).containsAllEntriesOf(before.refunds());
  }
}

package io.github.paykka.domain.order;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random legal histories of one order: every order it went through, from PROCESSING on. */
final class OrderHistories {
  static final OrderId ORDER_ID = OrderId.of("GW200395192979024625");
  static final TransId TRANS_ID = TransId.of("T-1");

  private OrderHistories() {}

  /** Each history is the list of successive orders; the first is PROCESSING, each next one follows legally. */
  static Arbitrary<List<PaymentOrder>> histories() {
    Arbitrary<Currency> currencies = Arbitraries.of(Currency.USD, Currency.JPY);
    Arbitrary<Long> amounts = Arbitraries.oneOf(Arbitraries.longs().between(1, 50),
        Arbitraries.longs().between(1, 1_000_000), Arbitraries.just(Long.MAX_VALUE));
    Arbitrary<Integer> outcomes = Arbitraries.integers().between(0, 9);
    Arbitrary<List<Long>> seeds = Arbitraries.longs().between(0, Long.MAX_VALUE).list().ofMaxSize(12);
    return Combinators.combine(currencies, amounts, Arbitraries.of(CaptureMethod.class), outcomes, seeds)
        .as(OrderHistories::history);
  }

  /** A legal history driven by {@code seeds}: each seed picks a legal command and a legal amount. */
  static List<PaymentOrder> history(Currency currency, long amount, CaptureMethod method, int outcome, List<Long> seeds) {
    List<PaymentOrder> history = new ArrayList<>();
    PaymentOrder order = PaymentOrder.open(ORDER_ID, TRANS_ID, Money.of(amount, currency), method);
    history.add(order);
    if (outcome == 0) return add(history, order.decline().get().order());
    if (outcome == 1) return add(history, order.cancel().get().order());
    if (outcome == 2) return history;
    order = order.approve().get().order();
    history.add(order);
    for (long seed : seeds) {
      PaymentOrder next = next(order, seed);
      if (next == null) break;
      history.add(next);
      order = next;
    }
    return history;
  }

  private static PaymentOrder next(PaymentOrder order, long seed) {
    long capturable = order.ableToCapture().minorUnits();
    long refundable = order.ableToRefund().minorUnits();
    Currency currency = order.amount().currency();
    if (capturable > 0) {
      if (seed % 7 == 0) return order.voidRemaining(ReasonCode.OTHER).get().order();
      long part = 1 + (seed / 7) % capturable;
      return order.capture(Money.of(part, currency), seed % 3 == 0).get().order();
    }
    if (refundable > 0) return order.refund(Money.of(1 + seed % refundable, currency)).get().order();
    return null;
  }

  private static List<PaymentOrder> add(List<PaymentOrder> history, PaymentOrder order) {
    history.add(order);
    return history;
  }
}

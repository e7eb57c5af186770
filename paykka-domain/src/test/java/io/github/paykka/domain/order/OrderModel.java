package io.github.paykka.domain.order;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;

/**
 * The test's own, deliberately naive model of an order: plain longs and the status rules written out from
 * DESIGN.md, independent of {@link PaymentOrder}'s code.
 */
record OrderModel(
    Currency currency, long amount, CaptureMethod method, OrderStatus status, long authed, long captured,
    long voided, long refunded) {

  /** What a command should do: be refused with this kind of rejection, or produce this model. */
  sealed interface Expect {
    record Refuse(Class<? extends Rejection> kind) implements Expect {}

    record Accept(OrderModel next) implements Expect {}
  }

  static OrderModel processing(Currency currency, long amount, CaptureMethod method) {
    return new OrderModel(currency, amount, method, OrderStatus.PROCESSING, 0, 0, 0, 0);
  }

  OrderModel approved() {
    return method == CaptureMethod.MANUAL
        ? with(OrderStatus.AUTHORIZED, amount, 0, 0, 0)
        : with(OrderStatus.SUCCESS, amount, amount, 0, 0);
  }

  long uncaptured() {
    return status == OrderStatus.AUTHORIZED ? authed - captured - voided : 0;
  }

  long unrefunded() {
    boolean refundable = status == OrderStatus.SUCCESS || status == OrderStatus.PARTIALLY_REVERSED
        || status == OrderStatus.PARTIALLY_REFUNDED;
    return refundable ? captured - refunded : 0;
  }

  Expect capture(Money money, boolean isFinal) {
    if (status != OrderStatus.AUTHORIZED) return refuse(Rejection.NotAllowedInState.class);
    Expect amountProblem = amountProblem(money, uncaptured());
    if (amountProblem != null) return amountProblem;
    long newCaptured = captured + money.minorUnits();
    long rest = authed - newCaptured - voided;
    if (rest == 0) return accept(with(OrderStatus.SUCCESS, authed, newCaptured, voided, refunded));
    if (!isFinal) return accept(with(OrderStatus.AUTHORIZED, authed, newCaptured, voided, refunded));
    return accept(with(OrderStatus.PARTIALLY_REVERSED, authed, newCaptured, voided + rest, refunded));
  }

  Expect voidRemaining() {
    if (status != OrderStatus.AUTHORIZED) return refuse(Rejection.NotAllowedInState.class);
    OrderStatus to = captured == 0 ? OrderStatus.CANCELED : OrderStatus.PARTIALLY_REVERSED;
    return accept(with(to, authed, captured, authed - captured, refunded));
  }

  Expect refund(Money money) {
    if (status != OrderStatus.SUCCESS && status != OrderStatus.PARTIALLY_REVERSED
        && status != OrderStatus.PARTIALLY_REFUNDED) {
      return refuse(Rejection.NotAllowedInState.class);
    }
    Expect amountProblem = amountProblem(money, unrefunded());
    if (amountProblem != null) return amountProblem;
    long newRefunded = refunded + money.minorUnits();
    OrderStatus to = newRefunded == captured ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
    return accept(with(to, authed, captured, voided, newRefunded));
  }

  private Expect amountProblem(Money money, long available) {
    if (!money.currency().equals(currency)) return refuse(Rejection.CurrencyMismatch.class);
    if (money.minorUnits() == 0) return refuse(Rejection.NotPositive.class);
    if (money.minorUnits() > available) return refuse(Rejection.ExceedsAvailable.class);
    return null;
  }

  private OrderModel with(OrderStatus s, long a, long c, long v, long r) {
    return new OrderModel(currency, amount, method, s, a, c, v, r);
  }

  private static Expect refuse(Class<? extends Rejection> kind) {
    return new Expect.Refuse(kind);
  }

  private static Expect accept(OrderModel next) {
    return new Expect.Accept(next);
  }
}

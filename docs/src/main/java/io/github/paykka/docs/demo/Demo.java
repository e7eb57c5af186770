package io.github.paykka.docs.demo;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.Transition;
import io.vavr.control.Either;

/**
 * The README's demo: an order's lifecycle through the pure domain, printed as a table. It exits non-zero if any
 * step does not behave as the docs say.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    Money amount = Money.of(10_000, Currency.USD);
    PaymentOrder order = PaymentOrder.open(OrderId.of("GW0000000001"), TransId.of("demo-0001"), amount,
        CaptureMethod.MANUAL);
    row("open", order);
    order = step("approve", order.approve(), order);
    order = step("capture 30.00", order.capture(Money.of(3_000, Currency.USD), false), order);
    order = step("capture 50.00 final", order.capture(Money.of(5_000, Currency.USD), true), order);
    order = step("refund 20.00", order.refund(Money.of(2_000, Currency.USD)), order);
    Either<Rejection, Transition> refused = order.refund(Money.of(9_000, Currency.USD));
    System.out.printf("%-22s | %s%n", "refund 90.00", refused.isLeft() ? "refused: " + refused.getLeft().message() : "ACCEPTED?!");
    if (refused.isRight()) System.exit(1);
  }

  private static PaymentOrder step(String name, Either<Rejection, Transition> result, PaymentOrder before) {
    if (result.isLeft()) {
      System.out.printf("%-22s | refused: %s%n", name, result.getLeft().message());
      System.exit(1);
    }
    PaymentOrder after = result.get().order();
    row(name, after);
    return after;
  }

  private static void row(String name, PaymentOrder order) {
    System.out.printf("%-22s | %-18s | authed %-10s captured %-10s voided %-10s refunded %s%n", name, order.status(),
        order.balances().authed(), order.balances().captured(), order.balances().voided(),
        order.balances().refunded());
  }
}

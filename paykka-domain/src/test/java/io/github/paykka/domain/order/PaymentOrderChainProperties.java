package io.github.paykka.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful law: any sequence of capture / void / refund commands, legal or not, keeps the order's invariants after
 * every step and agrees with {@link OrderModel}, the test's own model.
 */
class PaymentOrderChainProperties {

  /** The order under test and the model it must agree with. */
  record State(PaymentOrder order, OrderModel model) {
    @Override
    public String toString() {
      return order.status() + " " + order.balances();
    }
  }

  @Property(tries = 500)
  void commandsKeepInvariantsAndAgreeWithTheModel(@ForAll("chains") ActionChain<State> chain) {
    State end = chain
        .withInvariant("balances", state -> assertInvariants(state.order()))
        .withInvariant("model", state -> assertAgrees(state.order(), state.model()))
        .run();
    assertAgrees(end.order(), end.model());
  }

  @Provide
  Arbitrary<ActionChain<State>> chains() {
    Arbitrary<Currency> currencies = Arbitraries.of(Currency.USD, Currency.JPY, Currency.EUR);
    Arbitrary<Long> amounts = Arbitraries.oneOf(
        Arbitraries.longs().between(1, 100), Arbitraries.longs().between(1, 10_000_000),
        Arbitraries.longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE));
    // Mostly approved orders of both capture methods; a few still PROCESSING, where every command is refused.
    Arbitrary<Boolean> approve = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
    return Combinators.combine(currencies, amounts, Arbitraries.of(CaptureMethod.class), approve)
        .as(PaymentOrderChainProperties::start)
        .flatMap(start -> ActionChain.<State>startWith(() -> start)
            .withAction(4, new Capture())
            .withAction(1, new VoidRest())
            .withAction(3, new RefundSome())
            .withMaxTransformations(30));
  }

  static State start(Currency currency, long amount, CaptureMethod method, boolean approve) {
    PaymentOrder order = PaymentOrder.open(OrderId.of("GW200395192979024625"), TransId.of("T-1"),
        Money.of(amount, currency), method);
    OrderModel model = OrderModel.processing(currency, amount, method);
    if (!approve) return new State(order, model);
    return new State(order.approve().get().order(), model.approved());
  }

  /** Amounts around every boundary that matters for {@code state}, in its currency and in another one. */
  static Arbitrary<Money> amountsFor(State state) {
    OrderModel m = state.model();
    Currency currency = m.currency();
    Currency other = currency.equals(Currency.USD) ? Currency.EUR : Currency.USD;
    Arbitrary<Long> values = Arbitraries.oneOf(
        Arbitraries.just(0L),
        Arbitraries.just(1L),
        Arbitraries.just(m.uncaptured()),
        Arbitraries.just(plusOne(m.uncaptured())),
        Arbitraries.just(m.unrefunded()),
        Arbitraries.just(plusOne(m.unrefunded())),
        Arbitraries.longs().between(1, Math.max(1, m.uncaptured())),
        Arbitraries.longs().between(1, Math.max(1, m.unrefunded())),
        Arbitraries.longs().between(1, m.amount()),
        Arbitraries.just(Long.MAX_VALUE));
    Arbitrary<Currency> currencies = Arbitraries.frequency(Tuple.of(9, currency), Tuple.of(1, other));
    return Combinators.combine(values, currencies).as(Money::of);
  }

  private static long plusOne(long value) {
    return value == Long.MAX_VALUE ? value : value + 1;
  }

  static final class Capture implements Action.Dependent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer(State state) {
      return Combinators.combine(amountsFor(state), Arbitraries.of(true, false)).as((money, isFinal) ->
          Transformer.transform("capture(" + money + ", final=" + isFinal + ")",
              s -> step(s, o -> o.capture(money, isFinal), s.model().capture(money, isFinal))));
    }
  }

  static final class VoidRest implements Action.Independent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer() {
      return Arbitraries.of(ReasonCode.class).map(reason -> Transformer.transform("void(" + reason + ")",
          s -> step(s, o -> o.voidRemaining(reason), s.model().voidRemaining())));
    }
  }

  static final class RefundSome implements Action.Dependent<State> {
    @Override
    public Arbitrary<Transformer<State>> transformer(State state) {
      return amountsFor(state).map(money -> Transformer.transform("refund(" + money + ")",
          s -> step(s, o -> o.refund(money), s.model().refund(money))));
    }
  }

  /** Runs one command on the order and checks its answer against what the model expects. */
  static State step(State state, Function<PaymentOrder, Either<Rejection, Transition>> command, OrderModel.Expect expected) {
    PaymentOrder before = state.order();
    OrderObservation seenBefore = before.observe();
    Either<Rejection, Transition> result = command.apply(before);
    if (expected instanceof OrderModel.Expect.Refuse refuse) {
      assertThat(result.isLeft()).as("refused, expected %s", refuse.kind().getSimpleName()).isTrue();
      assertThat(result.getLeft()).isInstanceOf(refuse.kind());
      assertThat(result.getLeft().message()).isNotBlank();
      assertThat(before.observe()).isEqualTo(seenBefore);
      return state;
    }
    OrderModel next = ((OrderModel.Expect.Accept) expected).next();
    assertThat(result.isRight()).as("accepted, but: %s", result.isLeft() ? result.getLeft() : null).isTrue();
    Transition transition = result.get();
    assertThat(transition.events()).isNotEmpty();
    assertThat(transition.events()).allSatisfy(e -> assertThat(e.orderId()).isEqualTo(before.orderId()));
    assertThat(OrderTransition.MACHINE.between(before.status(), transition.order().status()).isDefined())
        .as("%s -> %s is in the table", before.status(), transition.order().status()).isTrue();
    // The events account for exactly what moved: captured, released (voided) and refunded.
    long capturedByEvents = 0;
    long releasedByEvents = 0;
    long refundedByEvents = 0;
    for (OrderEvent event : transition.events()) {
      if (event instanceof OrderEvent.Captured c) capturedByEvents += c.amount().minorUnits();
      if (event instanceof OrderEvent.Released r) releasedByEvents += r.amount().minorUnits();
      if (event instanceof OrderEvent.Refunded r) refundedByEvents += r.amount().minorUnits();
    }
    OrderModel was = state.model();
    assertThat(capturedByEvents).isEqualTo(next.captured() - was.captured());
    assertThat(releasedByEvents).isEqualTo(next.voided() - was.voided());
    assertThat(refundedByEvents).isEqualTo(next.refunded() - was.refunded());
    return new State(transition.order(), next);
  }

  static void assertInvariants(PaymentOrder order) {
    Balances b = order.balances();
    Currency currency = order.amount().currency();
    assertThat(b.authed().currency()).isEqualTo(currency);
    assertThat(b.captured().currency()).isEqualTo(currency);
    assertThat(b.voided().currency()).isEqualTo(currency);
    assertThat(b.refunded().currency()).isEqualTo(currency);
    assertThat(b.authed().minorUnits()).isNotNegative();
    assertThat(b.captured().minorUnits()).isNotNegative();
    assertThat(b.voided().minorUnits()).isNotNegative();
    assertThat(b.refunded().minorUnits()).isNotNegative();
    BigInteger capturedPlusVoided =
        BigInteger.valueOf(b.captured().minorUnits()).add(BigInteger.valueOf(b.voided().minorUnits()));
    assertThat(capturedPlusVoided).isLessThanOrEqualTo(BigInteger.valueOf(b.authed().minorUnits()));
    assertThat(b.authed().minorUnits()).isLessThanOrEqualTo(order.amount().minorUnits());
    assertThat(b.refunded().minorUnits()).isLessThanOrEqualTo(b.captured().minorUnits());
  }

  static void assertAgrees(PaymentOrder order, OrderModel model) {
    assertThat(order.status()).isEqualTo(model.status());
    assertThat(order.amount()).isEqualTo(Money.of(model.amount(), model.currency()));
    assertThat(order.captureMethod()).isEqualTo(model.method());
    Balances b = order.balances();
    assertThat(new long[] {b.authed().minorUnits(), b.captured().minorUnits(), b.voided().minorUnits(),
        b.refunded().minorUnits()})
        .containsExactly(model.authed(), model.captured(), model.voided(), model.refunded());
    assertThat(order.ableToCapture().minorUnits()).isEqualTo(model.uncaptured());
    assertThat(order.ableToVoid().minorUnits()).isEqualTo(model.uncaptured());
    assertThat(order.ableToRefund().minorUnits()).isEqualTo(model.unrefunded());
  }
}

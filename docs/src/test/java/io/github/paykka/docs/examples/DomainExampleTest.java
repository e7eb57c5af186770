package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-validate
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.testkit.TestCard;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
// endregion
// region imports-commands
import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.Transition;
import io.vavr.control.Either;
// endregion
// region imports-reconcile
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderObservation;
import io.github.paykka.domain.order.OrderStatus;
// endregion
import org.junit.jupiter.api.Test;

/** The domain examples of concepts.md, run. */
class DomainExampleTest {

  @Test
  void validationReportsEveryBrokenRuleBeforeAnyIo() {
    // region validate
    Validation<Seq<FieldError>, PaymentRequest> request = PaymentRequest.builder()
        .transId("order-2024-0001")
        .amount(Money.of(0, Currency.USD))
        .notifyUrl("not a url")
        .instrument(TestCard.VISA_SUCCESS.instrument())
        .validate();
    // request.getError(): amount must be at least 1; notify_url must be an absolute http(s) URL;
    // return_url is required; browser is required; goods must list at least one product; customer is required
    // endregion
    assertThat(request.getError().map(FieldError::field))
        .containsExactlyInAnyOrder("amount", "notify_url", "return_url", "browser", "goods", "customer");
  }

  @Test
  void ordersAnswerCommandsWithTransitionsOrRejections() {
    // region commands
    PaymentOrder order = PaymentOrder.open(OrderId.of("GW200395192979024625"), TransId.of("order-2024-0002"),
        Money.of(10_000, Currency.EUR), CaptureMethod.MANUAL).approve().get().order();

    Either<Rejection, Transition> partial = order.capture(Money.of(4_000, Currency.EUR), false);
    PaymentOrder captured = partial.get().order();          // AUTHORIZED, captured EUR 40.00
    Either<Rejection, Transition> tooMuch = captured.refund(Money.of(5_000, Currency.EUR));
    // tooMuch.getLeft(): refund is not allowed in state AUTHORIZED — nothing changed
    // endregion
    assertThat(captured.status()).isEqualTo(OrderStatus.AUTHORIZED);
    assertThat(captured.balances().captured()).isEqualTo(Money.of(4_000, Currency.EUR));
    assertThat(tooMuch.getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
  }

  @Test
  void reconcileMergesWhatPaykkaReportsInAnyOrder() {
    // region reconcile
    PaymentOrder mine = PaymentOrder.open(OrderId.of("GW1"), TransId.of("t1"), Money.of(500, Currency.GBP),
        CaptureMethod.AUTOMATIC);                        // your copy: PROCESSING
    Money zero = Money.zero(Currency.GBP);
    Money all = Money.of(500, Currency.GBP);
    // what two notifications of PayKKa said: SUCCESS, then REFUNDED
    OrderObservation settled = new OrderObservation(OrderId.of("GW1"), OrderStatus.SUCCESS, new Balances(all, all, zero, zero));
    OrderObservation refunded = new OrderObservation(OrderId.of("GW1"), OrderStatus.REFUNDED, new Balances(all, all, zero, all));

    // Notifications arrive late, twice, or out of order: the join never moves backwards.
    PaymentOrder a = mine.reconcile(refunded).get().order().reconcile(settled).get().order();
    PaymentOrder b = mine.reconcile(settled).get().order().reconcile(refunded).get().order();
    // a.equals(b), and both are REFUNDED
    // endregion
    assertThat(a).isEqualTo(b);
    assertThat(a.status()).isEqualTo(OrderStatus.REFUNDED);
  }
}

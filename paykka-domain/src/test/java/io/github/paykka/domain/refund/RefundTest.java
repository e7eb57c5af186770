package io.github.paykka.domain.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.ReasonCode;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class RefundTest {
  private static final RefundOrderId RG = RefundOrderId.of("RG200395192979024625");
  private final Refund requested = Refund.request(RefundTransId.of("R-1"), OrderId.of("GW1"),
      Money.of(500, Currency.USD), ReasonCode.REQUESTED_BY_CUSTOMER);

  @Test
  void reviewingThenProcessingThenSuccessOrFailure() {
    assertThat(requested.status()).isEqualTo(RefundStatus.REVIEWING);
    assertThat(requested.refundOrderId()).isEmpty();
    Refund processing = requested.accept(RG).get();
    assertThat(processing.status()).isEqualTo(RefundStatus.PROCESSING);
    assertThat(processing.refundOrderId()).contains(RG);
    assertThat(processing.isFinal()).isFalse();
    assertThat(processing.succeed().get().status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(processing.fail().get().status()).isEqualTo(RefundStatus.FAILURE);
    assertThat(processing.succeed().get().isFinal()).isTrue();
  }

  @Test
  void illegalMovesAreRefusedAndChangeNothing() {
    assertThat(requested.succeed().getLeft()).isEqualTo(new Rejection.NotAllowedInState("succeed", "REVIEWING"));
    assertThat(requested.fail().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
    Refund done = requested.accept(RG).get().succeed().get();
    assertThat(done.fail().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
    assertThat(done.accept(RG).getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
    assertThat(requested.status()).isEqualTo(RefundStatus.REVIEWING);
  }

  @Test
  void reconcileNeverMovesBackwards() {
    Refund success = requested.reconcile(RefundStatus.SUCCESS, Option.some(RG)).get();
    assertThat(success.status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(success.refundOrderId()).contains(RG);
    assertThat(success.reconcile(RefundStatus.REVIEWING, Option.none()).get()).isEqualTo(success);
    assertThat(success.reconcile(RefundStatus.SUCCESS, Option.some(RG)).get()).isEqualTo(success);
    assertThat(success.reconcile(RefundStatus.FAILURE, Option.none()).getLeft()).isInstanceOf(Rejection.Conflict.class);
    assertThat(success.reconcile(RefundStatus.SUCCESS, Option.some(RefundOrderId.of("RG-OTHER"))).getLeft())
        .isInstanceOf(Rejection.DifferentSubject.class);
  }

  @Test
  void aRefundReadFromPayKkasPublishedAnswerLearnsItsOriginalOrderFromALaterObservation() {
    Refund unknownOrder = new Refund(RefundTransId.of("R-1"), Option.some(RG), Option.none(),
        Money.of(500, Currency.USD), ReasonCode.OTHER, RefundStatus.PROCESSING);
    Refund learned = unknownOrder.reconcile(RefundStatus.SUCCESS, Option.some(RG), Option.some(OrderId.of("GW1"))).get();
    assertThat(learned.originalOrderId()).contains(OrderId.of("GW1"));
    assertThat(learned.reconcile(RefundStatus.SUCCESS, Option.none(), Option.none()).get()).isEqualTo(learned);
    assertThat(learned.reconcile(RefundStatus.SUCCESS, Option.none(), Option.some(OrderId.of("GW2"))).getLeft())
        .isEqualTo(new Rejection.DifferentSubject("GW1", "GW2"));
    assertThat(requested.originalOrderId()).contains(OrderId.of("GW1"));
  }

  @Test
  void aRefundIsAtLeastOneMinorUnit() {
    assertThatThrownBy(() -> Refund.request(RefundTransId.of("R-2"), OrderId.of("GW1"), Money.zero(Currency.USD),
        ReasonCode.OTHER)).isInstanceOf(IllegalArgumentException.class);
  }
}

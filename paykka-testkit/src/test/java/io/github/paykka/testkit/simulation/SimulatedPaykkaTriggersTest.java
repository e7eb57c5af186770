package io.github.paykka.testkit.simulation;

import static io.github.paykka.testkit.contract.TestRequests.purchase;
import static io.github.paykka.testkit.contract.TestRequests.usd;
import static io.github.paykka.testkit.contract.TestRequests.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.wire.error.RetCode;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the sandbox's triggers drive in the engine: held refunds, failing refunds, session expiry, history, clock. */
class SimulatedPaykkaTriggersTest {
  private static final MerchantId MERCHANT = MerchantId.of("18000000000001");
  private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

  private final AdvanceableClock clock = AdvanceableClock.over(Clock.fixed(NOW, ZoneOffset.UTC));
  private final SimulatedPaykka engine = SimulatedPaykka.builder().clock(clock).build();
  private final List<RefundChange> refundChanges = new CopyOnWriteArrayList<>();

  SimulatedPaykkaTriggersTest() {
    engine.onRefundChange(refundChanges::add);
  }

  private OrderId paid(TestCard card) {
    return engine.initiate(MERCHANT, valid(purchase(card))).get().order().orderId();
  }

  private static RefundCommand refund(String id, OrderId order, long amount) {
    return new RefundCommand(RefundTransId.of(id), order, usd(amount), ReasonCode.OTHER, Option.none());
  }

  @Test
  void aHeldRefundStaysReviewingThenMovesThroughProcessingToSuccessAndOnlyThenMovesTheOrder() {
    OrderId order = paid(TestCard.VISA_SUCCESS);
    engine.holdRefunds(true);
    Refund reviewing = engine.refund(MERCHANT, refund("R1", order, 400)).get();

    assertThat(reviewing.status()).isEqualTo(RefundStatus.REVIEWING);
    assertThat(reviewing.refundOrderId()).isEmpty();
    assertThat(engine.queryRefund(MERCHANT, RefundLookup.byRefundTransId(RefundTransId.of("R1"))).get().status())
        .isEqualTo(RefundStatus.REVIEWING);
    assertThat(engine.order(order).get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(engine.succeedRefund(MERCHANT, RefundTransId.of("R1")).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);   // REVIEWING cannot jump to SUCCESS

    Refund processing = engine.acceptRefund(MERCHANT, RefundTransId.of("R1")).get();
    assertThat(processing.status()).isEqualTo(RefundStatus.PROCESSING);
    assertThat(processing.refundOrderId().get().value()).startsWith("RG");
    assertThat(refundChanges).isEmpty();

    Refund done = engine.succeedRefund(MERCHANT, RefundTransId.of("R1")).get();
    assertThat(done.status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(engine.order(order).get().order().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    assertThat(engine.order(order).get().order().balances().refunded()).isEqualTo(usd(400));
    assertThat(refundChanges).singleElement().satisfies(c -> assertThat(c.notifyType())
        .isEqualTo(NotifyType.REFUND_SUCCESS));
    assertThat(engine.failRefund(MERCHANT, RefundTransId.of("R1")).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);
  }

  @Test
  void aHeldRefundThatFailsLeavesTheOrderAndReleasesItsReservation() {
    OrderId order = paid(TestCard.VISA_SUCCESS);   // USD 10.00
    engine.holdRefunds(true);
    engine.refund(MERCHANT, refund("R1", order, 700)).get();
    // 700 is reserved: 301 more is beyond what the order can take
    assertThat(engine.refund(MERCHANT, refund("R2", order, 301)).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);

    engine.acceptRefund(MERCHANT, RefundTransId.of("R1")).get();
    Refund failed = engine.failRefund(MERCHANT, RefundTransId.of("R1")).get();

    assertThat(failed.status()).isEqualTo(RefundStatus.FAILURE);
    assertThat(engine.order(order).get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(engine.order(order).get().order().balances().refunded()).isEqualTo(usd(0));
    assertThat(refundChanges).singleElement().satisfies(c -> {
      assertThat(c.notifyType()).isEqualTo(NotifyType.REFUND_FAILURE);
      assertThat(c.notification().errorCode()).contains(SimulatedPaykka.REFUND_FAILED_CODE);
    });
    engine.holdRefunds(false);
    assertThat(engine.refund(MERCHANT, refund("R3", order, 1000)).get().status()).isEqualTo(RefundStatus.SUCCESS);
  }

  @Test
  void everyRefundOfAnOrderPaidWithTheRefundFailsCardFails() {
    OrderId order = paid(TestCard.REFUND_FAILS);
    assertThat(engine.order(order).get().order().status()).isEqualTo(OrderStatus.SUCCESS);

    Refund refund = engine.refund(MERCHANT, refund("R1", order, 500)).get();

    assertThat(refund.status()).isEqualTo(RefundStatus.FAILURE);
    assertThat(refund.refundOrderId()).isNotEmpty();
    assertThat(engine.order(order).get().order().balances().refunded()).isEqualTo(usd(0));
    assertThat(refundChanges).singleElement().satisfies(c -> assertThat(c.notifyType())
        .isEqualTo(NotifyType.REFUND_FAILURE));
    // another card's refunds still succeed
    assertThat(engine.refund(MERCHANT, refund("R2", paid(TestCard.VISA_SUCCESS), 500)).get().status())
        .isEqualTo(RefundStatus.SUCCESS);
  }

  @Test
  void aSessionExpiresByTriggerOrByTheAdvancedClockAndThenCannotBePaid() {
    CheckoutSession byTrigger = engine.createSession(MERCHANT, valid(TestRequests.checkoutSession())).get();
    assertThat(engine.expireSession(byTrigger.sessionId()).get().status()).isEqualTo(SessionStatus.EXPIRED);
    assertThat(engine.expireSession(byTrigger.sessionId()).getLeft().retCode()).isEqualTo(RetCode.INVALID_STATE);
    assertThat(engine.payThroughSession(byTrigger.sessionId(), TestCard.VISA_SUCCESS.instrument()).getLeft().retCode())
        .isEqualTo(RetCode.INVALID_STATE);

    CheckoutSession byClock = engine.createSession(MERCHANT, valid(TestRequests.checkoutSession())).get();
    clock.advance(Duration.ofMinutes(59));
    assertThat(engine.querySession(MERCHANT, SessionLookup.bySessionId(byClock.sessionId())).get().status())
        .isEqualTo(SessionStatus.OPEN);
    clock.advance(Duration.ofMinutes(2));
    assertThat(engine.querySession(MERCHANT, SessionLookup.bySessionId(byClock.sessionId())).get().status())
        .isEqualTo(SessionStatus.EXPIRED);
    assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofMinutes(61)));
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOrdersHistoryIsItsPathThroughTheTableWithTheTransitionsNamed() {
    OrderId order = engine.initiate(MERCHANT, valid(purchase(TestCard.VISA_SUCCESS)
        .captureMethod(CaptureMethod.MANUAL))).get().order().orderId();
    engine.capture(MERCHANT, CaptureCommand.of(order, usd(400), false)).get();
    engine.capture(MERCHANT, CaptureCommand.of(order, usd(600), true)).get();
    engine.refund(MERCHANT, refund("R1", order, 1000)).get();

    assertThat(engine.history(order)).extracting(OrderStep::status).containsExactly(OrderStatus.PROCESSING,
        OrderStatus.AUTHORIZED, OrderStatus.AUTHORIZED, OrderStatus.SUCCESS, OrderStatus.REFUNDED);
    assertThat(engine.history(order)).extracting(OrderStep::transition).containsExactly(OrderStep.CREATED,
        "AUTHORISE", "CAPTURE_PART", "CAPTURE_ALL", "REFUND_ALL");
    assertThat(engine.history(OrderId.of("GW404"))).isEmpty();
    assertThat(engine.returnUrlOf(order)).contains(TestRequests.RETURN_URL);
  }
}

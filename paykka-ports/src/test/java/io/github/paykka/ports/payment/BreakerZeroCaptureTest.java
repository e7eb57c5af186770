package io.github.paykka.ports.payment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Breaker: a capture of nothing is not refused before I/O. {@code CaptureCommand}'s Javadoc says its amount is "at
 * least one minor unit" and {@code RefundCommand} refuses a zero amount with an {@code IllegalArgumentException}
 * naming {@code amount}, but {@code CaptureCommand.of(orderId, Money.zero(..), true)} builds, and the HTTP adapter sends
 * {@code "amount":0,"capture_final":true} to PayKKa: a final capture of nothing, which by seed 000's wording
 * ("remaining authorized amount will be revoked") may release the whole authorisation.
 */
class BreakerZeroCaptureTest {
  private static final OrderId ORDER = OrderId.of("GW200395192979024625");

  @Test
  void aCaptureOfNothingForAnOrderNotKeptIsRefusedNamingTheAmount() {
    assertThatThrownBy(() -> CaptureCommand.of(ORDER, Money.zero(Currency.USD), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
  }

  @Test
  void theCommandItselfRefusesAnAmountOfNothing() {
    assertThatThrownBy(() -> new CaptureCommand(ORDER, Option.some(Money.zero(Currency.USD)), false, Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
  }
}

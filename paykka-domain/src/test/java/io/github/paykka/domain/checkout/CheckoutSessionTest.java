package io.github.paykka.domain.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckoutSessionTest {
  private static final Instant EXPIRY = Instant.parse("2025-01-01T12:00:00Z");

  private static CheckoutSession open(Option<Instant> expiresAt) {
    return new CheckoutSession(SessionId.of("CS200395192979024625"), TransId.of("T-1"), Money.of(100, Currency.EUR),
        SessionMode.HOSTED, Option.some("https://checkout.example/CS1"), expiresAt, SessionStatus.OPEN);
  }

  @Test
  void openThenCompletedOrExpired() {
    CheckoutSession session = open(Option.some(EXPIRY));
    assertThat(session.complete().get().status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(session.expire().get().status()).isEqualTo(SessionStatus.EXPIRED);
    assertThat(session.complete().get().expire().getLeft())
        .isEqualTo(new Rejection.NotAllowedInState("expire", "COMPLETED"));
    assertThat(session.expire().get().complete().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
  }

  @Test
  void asOfExpiresAnOpenSessionOnlyAfterItsExpiry() {
    CheckoutSession session = open(Option.some(EXPIRY));
    assertThat(session.asOf(EXPIRY.minusSeconds(1))).isEqualTo(session);
    assertThat(session.asOf(EXPIRY)).isEqualTo(session);
    assertThat(session.asOf(EXPIRY.plusMillis(1)).status()).isEqualTo(SessionStatus.EXPIRED);
  }

  @Test
  void anUnrecognisedStatusIsOpenOnlyAndEndsWithTheNextMove() {
    CheckoutSession paying = new CheckoutSession(SessionId.of("CS1"), TransId.of("T-1"), Money.of(100, Currency.EUR),
        Option.none(), Option.none(), Option.some(EXPIRY), SessionStatus.OPEN, Option.some("PAYING"));
    assertThat(paying.asOf(EXPIRY.plusSeconds(1))).isEqualTo(paying);
    assertThat(paying.complete().get().unrecognisedStatus()).isEmpty();
    assertThat(paying.expire().get().status()).isEqualTo(SessionStatus.EXPIRED);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CheckoutSession(SessionId.of("CS1"), TransId.of("T-1"),
            Money.of(100, Currency.EUR), Option.none(), Option.none(), Option.none(), SessionStatus.COMPLETED,
            Option.some("PAYING")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void asOfLeavesCompletedAndUnboundedSessionsAlone() {
    CheckoutSession completed = open(Option.some(EXPIRY)).complete().get();
    assertThat(completed.asOf(EXPIRY.plusSeconds(3600))).isEqualTo(completed);
    CheckoutSession noExpiry = open(Option.none());
    assertThat(noExpiry.asOf(Instant.MAX)).isEqualTo(noExpiry);
  }
}

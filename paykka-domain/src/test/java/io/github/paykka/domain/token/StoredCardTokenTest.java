package io.github.paykka.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class StoredCardTokenTest {
  private final StoredCardToken stored = StoredCardToken.stored(CardToken.of("TK32896597324223532"),
      ShopperReference.of("shopper-1"), PaymentMethod.BANKCARD, TokenUsage.SUBSCRIPTION);

  @Test
  void inactiveUntilActivatedThenDeleted() {
    assertThat(stored.status()).contains(TokenStatus.INACTIVE);
    assertThat(stored.isUsable()).isFalse();
    StoredCardToken active = stored.activate().get();
    assertThat(active.isUsable()).isTrue();
    StoredCardToken deleted = active.remove().get();
    assertThat(deleted.status()).contains(TokenStatus.DELETE);
    assertThat(deleted.isUsable()).isFalse();
  }

  @Test
  void anInactiveTokenCanBeRemoved() {
    assertThat(stored.remove().get().status()).contains(TokenStatus.DELETE);
  }

  @Test
  void illegalMovesAreRefused() {
    StoredCardToken active = stored.activate().get();
    assertThat(active.activate().getLeft()).isEqualTo(new Rejection.NotAllowedInState("activate", "ACTIVATE"));
    StoredCardToken deleted = active.remove().get();
    assertThat(deleted.activate().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
    assertThat(deleted.remove().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
  }

  @Test
  void aTokenWhoseStatusIsNotKnownIsNeverUsableAndCannotMove() {
    StoredCardToken listed = new StoredCardToken(CardToken.of("TK1"), ShopperReference.of("shopper-1"),
        Option.none(), Option.none(), Option.none(), Option.some("INSTALMENT"), Option.some("SUSPENDED"));
    assertThat(listed.isUsable()).isFalse();
    assertThat(listed.statusText()).isEqualTo("SUSPENDED");
    assertThat(listed.activate().getLeft()).isEqualTo(new Rejection.NotAllowedInState("activate", "SUSPENDED"));
    assertThat(listed.remove().getLeft()).isEqualTo(new Rejection.NotAllowedInState("remove", "SUSPENDED"));
    assertThatThrownBy(() -> new StoredCardToken(CardToken.of("TK1"), ShopperReference.of("s"), Option.none(),
        Option.none(), Option.some(TokenStatus.ACTIVATE), Option.none(), Option.some("SUSPENDED")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

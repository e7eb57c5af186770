package io.github.paykka.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentMethod;
import org.junit.jupiter.api.Test;

class StoredCardTokenTest {
  private final StoredCardToken stored = StoredCardToken.stored(CardToken.of("TK32896597324223532"),
      ShopperReference.of("shopper-1"), PaymentMethod.BANKCARD, TokenUsage.SUBSCRIPTION);

  @Test
  void inactiveUntilActivatedThenDeleted() {
    assertThat(stored.status()).isEqualTo(TokenStatus.INACTIVE);
    assertThat(stored.isUsable()).isFalse();
    StoredCardToken active = stored.activate().get();
    assertThat(active.isUsable()).isTrue();
    StoredCardToken deleted = active.remove().get();
    assertThat(deleted.status()).isEqualTo(TokenStatus.DELETE);
    assertThat(deleted.isUsable()).isFalse();
  }

  @Test
  void anInactiveTokenCanBeRemoved() {
    assertThat(stored.remove().get().status()).isEqualTo(TokenStatus.DELETE);
  }

  @Test
  void illegalMovesAreRefused() {
    StoredCardToken active = stored.activate().get();
    assertThat(active.activate().getLeft()).isEqualTo(new Rejection.NotAllowedInState("activate", "ACTIVATE"));
    StoredCardToken deleted = active.remove().get();
    assertThat(deleted.activate().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
    assertThat(deleted.remove().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
  }
}

package io.github.paykka.domain.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenUsage;
import org.junit.jupiter.api.Test;

class RecurringAgreementTest {
  private static final ShopperReference SHOPPER = ShopperReference.of("shopper-1");
  private static final CardToken TOKEN = CardToken.of("TK32896597324223532");
  private final RecurringAgreement agreement =
      RecurringAgreement.activate(RecurringAgreementId.of("RA37285619238472"), SHOPPER, TOKEN);
  private final StoredCardToken inactive =
      StoredCardToken.stored(TOKEN, SHOPPER, PaymentMethod.BANKCARD, TokenUsage.SUBSCRIPTION);
  private final StoredCardToken active = inactive.activate().get();

  @Test
  void activeUntilCancelled() {
    assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
    RecurringAgreement cancelled = agreement.cancel().get();
    assertThat(cancelled.status()).isEqualTo(AgreementStatus.CANCELLED);
    assertThat(cancelled.cancel().getLeft()).isEqualTo(new Rejection.NotAllowedInState("cancel", "CANCELLED"));
  }

  @Test
  void merchantInitiatedNeedsAnActiveAgreementAndAnActiveTokenOfTheSameShopper() {
    assertThat(agreement.permitsMerchantInitiated(SHOPPER, active).get()).isEqualTo(agreement);

    assertThat(agreement.cancel().get().permitsMerchantInitiated(SHOPPER, active).getLeft())
        .isInstanceOf(Rejection.NotAllowedInState.class);
    assertThat(agreement.permitsMerchantInitiated(ShopperReference.of("someone-else"), active).getLeft())
        .isInstanceOf(Rejection.PreconditionFailed.class);
    StoredCardToken otherToken = StoredCardToken.stored(CardToken.of("TK-OTHER"), SHOPPER, PaymentMethod.BANKCARD,
        TokenUsage.SUBSCRIPTION).activate().get();
    assertThat(agreement.permitsMerchantInitiated(SHOPPER, otherToken).getLeft())
        .isInstanceOf(Rejection.PreconditionFailed.class);
    assertThat(agreement.permitsMerchantInitiated(SHOPPER, inactive).getLeft())
        .isInstanceOf(Rejection.PreconditionFailed.class)
        .extracting(Rejection::message).asString().contains("INACTIVE");
    assertThat(agreement.permitsMerchantInitiated(SHOPPER, active.remove().get()).getLeft())
        .isInstanceOf(Rejection.PreconditionFailed.class);
  }
}

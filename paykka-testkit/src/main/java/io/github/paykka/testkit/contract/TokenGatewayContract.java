package io.github.paykka.testkit.contract;

import static io.github.paykka.testkit.contract.Contracts.accepted;
import static io.github.paykka.testkit.contract.Contracts.failure;
import static io.github.paykka.testkit.contract.Contracts.initiate;
import static io.github.paykka.testkit.contract.Contracts.rejected;
import static io.github.paykka.testkit.contract.Contracts.success;
import static io.github.paykka.testkit.contract.Contracts.uniqueShopper;
import static io.github.paykka.testkit.contract.TestRequests.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.token.TokenGateway;
import io.github.paykka.testkit.TestCard;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TokenGateway}: a payment with {@code store_payment_method} stores a token that is listed
 * for its shopper and can pay; a removed token cannot. Extend it, provide the token gateway and the payment gateway
 * of the same PayKKa.
 */
public abstract class TokenGatewayContract {

  /** The gateway under test. */
  protected abstract TokenGateway tokens();

  /** The payments of the same PayKKa, to store tokens and pay with them. */
  protected abstract PaymentGateway payments();

  /** The {@code notify_url} the payments carry. */
  protected String notifyUrl() {
    return TestRequests.NOTIFY_URL;
  }

  private CardToken storeToken(ShopperReference shopper) {
    PaymentResult stored = initiate(payments(), purchase(TestCard.VISA_SUCCESS).notifyUrl(notifyUrl())
        .storePaymentMethod(true).tokenUsage(TokenUsage.CARD_ON_FILE).shopperReference(shopper));
    assertThat(stored.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(stored.token()).as("the token the payment stored").hasSize(1);
    return stored.token().get();
  }

  private PaymentResult payWith(CardToken token, ShopperReference shopper) {
    return initiate(payments(), purchase(new PaymentInstrument.SavedCard(token)).notifyUrl(notifyUrl())
        .shopperReference(shopper));
  }

  @Test
  void aStoredTokenIsListedActiveForItsShopperAndPays() {
    ShopperReference shopper = uniqueShopper();
    CardToken token = storeToken(shopper);

    List<StoredCardToken> listed = success(tokens().list(shopper));

    assertThat(listed).filteredOn(t -> t.token().equals(token)).singleElement().satisfies(t -> {
      assertThat(t.status()).contains(TokenStatus.ACTIVATE);
      assertThat(t.shopperReference()).isEqualTo(shopper);
    });
    assertThat(payWith(token, shopper).order().status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void aShopperWithoutTokensHasAnEmptyList() {
    assertThat(success(tokens().list(uniqueShopper()))).isEmpty();
  }

  @Test
  void aRemovedTokenIsNoLongerUsableAndCannotPay() {
    ShopperReference shopper = uniqueShopper();
    CardToken token = storeToken(shopper);

    accepted(Operation.TOKEN_REMOVE, tokens().remove(token, shopper));

    assertThat(success(tokens().list(shopper))).noneMatch(t -> t.token().equals(token) && t.isUsable());
    GatewayFailure refused = failure(Operation.INITIATE, payments().initiate(TestRequests.valid(
        purchase(new PaymentInstrument.SavedCard(token)).notifyUrl(notifyUrl()).shopperReference(shopper))));
    assertThat(refused).isInstanceOfAny(GatewayFailure.Rejected.class, GatewayFailure.Declined.class);
  }

  @Test
  void anotherShoppersTokenCannotBeRemoved() {
    ShopperReference shopper = uniqueShopper();
    CardToken token = storeToken(shopper);

    rejected(Operation.TOKEN_REMOVE, tokens().remove(token, uniqueShopper()));

    assertThat(success(tokens().list(shopper))).anyMatch(t -> t.token().equals(token) && t.isUsable());
  }

  @Test
  void anUnknownTokenCannotBeRemoved() {
    rejected(Operation.TOKEN_REMOVE,
        tokens().remove(CardToken.of("TK" + TestRequests.uniqueTransId().value()), uniqueShopper()));
  }
}

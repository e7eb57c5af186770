package io.github.paykka.ports.token;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.vavr.control.Either;
import java.util.List;

/** The payment methods PayKKa stored for a shopper ({@code /payments/token/query}, {@code /payments/token/remove}). */
public interface TokenGateway {

  /** Every token of {@code shopper}, in every status. */
  Either<GatewayFailure, List<StoredCardToken>> list(ShopperReference shopper);

  /** Removes {@code token} of {@code shopper}: no payment can use it afterwards. */
  Either<GatewayFailure, Accepted> remove(CardToken token, ShopperReference shopper);
}

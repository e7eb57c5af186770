package io.github.paykka.wire.mapping;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.ShopperReference;

/**
 * What a received {@code /payments/token/remove} asks for: one shopper's token.
 *
 * @param token the token to remove
 * @param shopper whose it is
 */
public record TokenReference(CardToken token, ShopperReference shopper) {
  /** Both parts are required. */
  public TokenReference {
    requireNonNull(token, "token == null");
    requireNonNull(shopper, "shopper == null");
  }
}

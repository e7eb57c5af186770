package io.github.paykka.archfixture.good.testkit;

import io.github.paykka.archfixture.good.domain.Amount;
import io.github.paykka.archfixture.good.ports.Gateway;
import io.github.paykka.archfixture.good.wire.Codec;
import io.vavr.control.Either;

/** A fake of the port: domain, ports and wire, no adapter. */
public final class FakeGateway implements Gateway {
  @Override
  public Either<String, Amount> pay(Amount amount) {
    new Codec().write(amount);
    return Either.right(amount);
  }
}

package io.github.paykka.archfixture.good.http;

import io.github.paykka.archfixture.good.domain.Amount;
import io.github.paykka.archfixture.good.http.internal.Transport;
import io.github.paykka.archfixture.good.ports.Gateway;
import io.github.paykka.archfixture.good.wire.Codec;
import io.vavr.control.Either;

/** An adapter: ports, domain, wire and its own internals. */
public final class HttpGateway implements Gateway {
  private final Transport transport = new Transport();

  @Override
  public Either<String, Amount> pay(Amount amount) {
    transport.send(new Codec());
    return Either.right(amount);
  }
}

package io.github.paykka.archfixture.good.ports;

import io.github.paykka.archfixture.good.domain.Amount;
import io.vavr.control.Either;

/** A port: the domain and Vavr only. */
public interface Gateway {
  Either<String, Amount> pay(Amount amount);
}

package io.github.paykka.archfixture.good.domain;

import io.vavr.control.Either;
import org.jspecify.annotations.Nullable;

/** A pure value: Java, Vavr and JSpecify only. */
public record Amount(long units, @Nullable String note) {
  public Either<String, Amount> plus(Amount other) {
    return Either.right(new Amount(Math.addExact(units, other.units), note));
  }
}

package io.github.paykka.archfixture.good.wire.internal;

import io.github.paykka.archfixture.good.domain.Amount;

/** Internal to the fixture's wire module. */
public final class Encoder {
  private Encoder() {}

  public static String encode(Amount amount) {
    return Long.toString(amount.units());
  }
}

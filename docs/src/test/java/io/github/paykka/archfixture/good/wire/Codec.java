package io.github.paykka.archfixture.good.wire;

import io.github.paykka.archfixture.good.domain.Amount;
import io.github.paykka.archfixture.good.wire.internal.Encoder;

/** The public face of the fixture's wire module, using its own internals. */
public final class Codec {
  public String write(Amount amount) {
    return Encoder.encode(amount);
  }
}

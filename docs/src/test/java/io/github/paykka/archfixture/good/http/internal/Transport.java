package io.github.paykka.archfixture.good.http.internal;

import io.github.paykka.archfixture.good.wire.Codec;

/** Internal to the fixture's HTTP adapter; uses the wire's public API. */
public final class Transport {
  public String send(Codec codec) {
    return codec.toString();
  }
}

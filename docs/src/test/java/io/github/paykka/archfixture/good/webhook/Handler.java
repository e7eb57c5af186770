package io.github.paykka.archfixture.good.webhook;

import io.github.paykka.archfixture.good.wire.Codec;

/** The other adapter: wire only. */
public final class Handler {
  public String handle(Codec codec) {
    return codec.toString();
  }
}

package io.github.paykka.archfixture.bad.wire;

import io.github.paykka.archfixture.bad.testkit.FakeGateway;
import io.github.paykka.archfixture.bad.wire.internal.WireSecret;

/** Breaks "wire uses no testkit": it reaches for a fake. (Its own internal package it may use.) */
public final class WireCodec {
  public String encode(FakeGateway fake) {
    return WireSecret.sign(fake.toString());
  }
}

package io.github.paykka.archfixture.bad.wire.signature;

import io.github.paykka.archfixture.bad.wire.internal.RsaSigner;

/** Breaks "no package cycles": it creates its implementation, which implements it (as the real Signer once did). */
public interface Signer {
  byte[] sign(byte[] data);

  static Signer rsa() {
    return new RsaSigner();
  }
}

package io.github.paykka.archfixture.bad.wire.internal;

import io.github.paykka.archfixture.bad.wire.signature.Signer;

/** The other half of the planted cycle: an internal class implementing a public interface that creates it. */
public final class RsaSigner implements Signer {
  @Override
  public byte[] sign(byte[] data) {
    return data.clone();
  }
}

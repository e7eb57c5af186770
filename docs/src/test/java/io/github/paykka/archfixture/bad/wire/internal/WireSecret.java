package io.github.paykka.archfixture.bad.wire.internal;

/** An implementation detail of the fixture's wire module. */
public final class WireSecret {
  private WireSecret() {}

  public static String sign(String text) {
    return text;
  }
}

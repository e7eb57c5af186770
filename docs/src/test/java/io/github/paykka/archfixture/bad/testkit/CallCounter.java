package io.github.paykka.archfixture.bad.testkit;

/** Breaks "no static mutable state": a counter shared by every instance and every test. */
public final class CallCounter {
  private static int calls;

  public static int next() {
    return ++calls;
  }
}

package io.github.paykka.archfixture.bad.testkit;

import io.github.paykka.archfixture.bad.http.HttpAdapter;

/** Breaks "the testkit uses no adapter". */
public final class FakeGateway {
  public HttpAdapter delegate() {
    return new HttpAdapter();
  }
}

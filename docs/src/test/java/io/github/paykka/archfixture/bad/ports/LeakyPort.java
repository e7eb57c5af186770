package io.github.paykka.archfixture.bad.ports;

import io.github.paykka.archfixture.bad.domain.LoggingOrder;
import io.github.paykka.archfixture.bad.http.HttpAdapter;

/** Breaks "ports depend only on the domain": it names an adapter. */
public interface LeakyPort {
  HttpAdapter adapter();

  LoggingOrder order();
}

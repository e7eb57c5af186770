package io.github.paykka.archfixture.bad.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks "the domain is pure": it uses a logging library. */
public final class LoggingOrder {
  private final Logger log = LoggerFactory.getLogger(LoggingOrder.class);

  public void capture() {
    log.info("captured");
  }
}

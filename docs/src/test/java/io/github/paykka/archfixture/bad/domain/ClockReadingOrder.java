package io.github.paykka.archfixture.bad.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Random;

/** Breaks "the domain reads no clock, no randomness and does no I/O", each way once. */
public final class ClockReadingOrder {
  public String describe() {
    URI callback = URI.create("https://merchant.example/notify");
    long millis = System.currentTimeMillis();
    Instant now = Instant.now();
    int jitter = new Random().nextInt(10);
    return callback + " " + millis + " " + now + " " + jitter;
  }
}

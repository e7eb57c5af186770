package io.github.paykka.archfixture.bad.webhook;

/** Breaks "only command lines print": a library class writing to standard output. */
public final class PrintingHandler {
  public void handle(String body) {
    System.out.println("received " + body);
  }
}

package io.github.paykka.archfixture.bad.webhook;

/** An adapter of the fixture. */
public final class WebhookHandler {
  public int handle() {
    return 200;
  }
}

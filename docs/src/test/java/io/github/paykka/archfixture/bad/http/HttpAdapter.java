package io.github.paykka.archfixture.bad.http;

import io.github.paykka.archfixture.bad.webhook.WebhookHandler;
import io.github.paykka.archfixture.bad.wire.internal.WireSecret;

/** Breaks "no adapter uses another adapter" and "internals stay inside their module". */
public final class HttpAdapter {
  public String call(WebhookHandler handler) {
    return WireSecret.sign(handler.toString());
  }
}

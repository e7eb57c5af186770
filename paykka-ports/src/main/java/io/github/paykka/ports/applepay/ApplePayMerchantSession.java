package io.github.paykka.ports.applepay;

import static java.util.Objects.requireNonNull;

/**
 * An Apple Pay merchant session, opaque: pass its JSON to the browser unchanged. Its content is signed by Apple and
 * short-lived; {@link #toString()} shows only its size.
 *
 * @param json the session object as JSON text
 */
public record ApplePayMerchantSession(String json) {
  public ApplePayMerchantSession {
    requireNonNull(json, "json == null");
  }

  @Override
  public String toString() {
    return "ApplePayMerchantSession[" + json.length() + " chars]";
  }
}

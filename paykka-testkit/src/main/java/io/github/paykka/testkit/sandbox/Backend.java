package io.github.paykka.testkit.sandbox;

import java.util.Map;

/** The state behind the sandbox's HTTP front: API requests (already authenticated) and the shopper's pages. */
interface Backend {
  /**
   * Processes an authenticated request of {@code merchantId} to {@code endpoint}; never throws for bad input.
   *
   * @param body the raw body, whose signature verified
   */
  Reply handle(Endpoint endpoint, String merchantId, byte[] body);

  /**
   * Serves a sandbox page or control action under {@code /sandbox/} (3DS challenge, checkout page, settle).
   *
   * @param path the path below {@code /sandbox/}
   * @param params query and form parameters
   */
  Page page(String method, String path, Map<String, String> params);

  /** An HTML or text answer of a sandbox page. */
  record Page(int status, String contentType, String body) {
    static Page html(String body) {
      return new Page(200, "text/html; charset=utf-8", body);
    }

    static Page text(int status, String body) {
      return new Page(status, "text/plain; charset=utf-8", body);
    }
  }
}

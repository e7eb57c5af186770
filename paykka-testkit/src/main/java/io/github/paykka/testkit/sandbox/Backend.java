package io.github.paykka.testkit.sandbox;

/** The state behind the sandbox's HTTP front: API requests, already authenticated. */
interface Backend {
  /**
   * Processes an authenticated request of {@code merchantId} to {@code endpoint}; never throws for bad input.
   *
   * @param body the raw body, whose signature verified
   */
  Reply handle(Endpoint endpoint, String merchantId, byte[] body);
}

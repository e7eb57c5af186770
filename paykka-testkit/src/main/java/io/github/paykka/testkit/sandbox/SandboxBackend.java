package io.github.paykka.testkit.sandbox;

import io.github.paykka.wire.operation.WireOperation;

/** The state behind the sandbox's HTTP front: API requests, already authenticated. */
interface SandboxBackend {
  /**
   * Processes an authenticated request of {@code merchantId} to {@code operation}; never throws for bad input.
   *
   * @param body the raw body, whose signature verified
   */
  ApiReply handle(WireOperation<?, ?> operation, String merchantId, byte[] body);
}

package io.github.paykka.testkit.sandbox;

import java.util.Map;

/** The backend over the testkit's simulated PayKKa (waiting for the engine). */
final class EngineBackend implements Backend {
  EngineBackend(BackendContext context) {}

  @Override
  public Reply handle(Endpoint endpoint, String merchantId, byte[] body) {
    return Reply.error("999999", "System exception: not implemented yet");
  }

  @Override
  public Page page(String method, String path, Map<String, String> params) {
    return Page.text(404, "not found");
  }
}

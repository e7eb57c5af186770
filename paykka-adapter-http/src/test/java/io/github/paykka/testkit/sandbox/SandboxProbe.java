package io.github.paykka.testkit.sandbox;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.testkit.engine.SimulatedPaykka;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts a sandbox and keeps a handle on its simulated PayKKa, to count orders per {@code trans_id}. Lives in the
 * sandbox's package because the sandbox does not (yet) publish its engine; replace with a public accessor when it does.
 */
public final class SandboxProbe {
  private final PaykkaSandbox sandbox;
  private final SimulatedPaykka engine;

  private SandboxProbe(PaykkaSandbox sandbox, SimulatedPaykka engine) {
    this.sandbox = sandbox;
    this.engine = engine;
  }

  /** Starts {@code builder}'s sandbox. */
  public static SandboxProbe start(PaykkaSandbox.Builder builder) {
    AtomicReference<EngineBackend> backend = new AtomicReference<>();
    builder.backend(ctx -> {
      EngineBackend b = new EngineBackend(ctx);
      backend.set(b);
      return b;
    });
    PaykkaSandbox sandbox = builder.start();
    return new SandboxProbe(sandbox, backend.get().engine());
  }

  public PaykkaSandbox sandbox() {
    return sandbox;
  }

  /** How many orders the sandbox made for {@code transId}. */
  public int orderCount(TransId transId) {
    return engine.orderCount(transId);
  }

  /** Every order the sandbox made. */
  public int orders() {
    return engine.orders().size();
  }
}

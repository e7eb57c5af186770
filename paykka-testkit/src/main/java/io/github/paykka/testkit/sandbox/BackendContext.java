package io.github.paykka.testkit.sandbox;

import io.github.paykka.testkit.simulation.AdvanceableClock;
import io.github.paykka.wire.WireCodec;
import java.net.URI;
import java.util.Set;

/**
 * What a {@link SandboxBackend} is built from: where the sandbox is reachable, its clock (the engine's, advanceable; its
 * {@code base()} is real time), seed and outbox.
 */
record BackendContext(
    URI baseUrl,
    AdvanceableClock clock,
    long seed,
    WireCodec codec,
    Set<String> merchantIds,
    NotificationDispatcher notifications) {}

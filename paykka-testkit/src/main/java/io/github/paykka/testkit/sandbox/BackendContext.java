package io.github.paykka.testkit.sandbox;

import io.github.paykka.wire.WireCodec;
import java.net.URI;
import java.time.Clock;
import java.util.Set;

/** What a {@link Backend} is built from: where the sandbox is reachable, its clock and seed, and its outbox. */
record BackendContext(
    URI baseUrl,
    Clock clock,
    long seed,
    WireCodec codec,
    Set<String> merchantIds,
    NotificationDispatcher notifications) {}

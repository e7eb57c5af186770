package io.github.paykka.testkit.sandbox;

import static io.github.paykka.testkit.sandbox.SandboxClient.q;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.ports.Operation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's request log: every API request in order of arrival, its fault, identifiers, answer and ticks. */
class SandboxRequestLogTest {
  final PaykkaSandbox sandbox = PaykkaSandbox.builder().merchant("M1", HttpFrontTest.MERCHANT.publicKey())
      .backend(HttpFrontTest.StubBackend::new).start();
  final SandboxClient client =
      new SandboxClient(sandbox.baseUrl(), "M1", HttpFrontTest.MERCHANT.signer(), sandbox.platformPublicKey());

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void eachRequestIsLoggedWithItsIdentifiersFaultAndAnswerInOrder() throws Exception {
    client.post(Operation.QUERY, client.body("trans_id", q("T1"), "order_id", q("GW1")));
    sandbox.faults().inject(Operation.CAPTURE, new Fault.ServerError(503));
    client.post(Operation.CAPTURE, client.body("order_id", q("GW1")));
    sandbox.faults().inject(Operation.INITIATE, new Fault.ResetBeforeProcessing());
    assertThatThrownBy(() -> client.post(Operation.INITIATE, client.body("trans_id", q("T2"))))
        .isInstanceOf(IOException.class);
    client.send(SandboxClient.path(Operation.REFUND), client.body("refund_trans_id", q("R1")).getBytes(UTF_8),
        Map.of("Content-Type", "application/json", "version", "v1.2", "type", "RSA256"));
    sandbox.faults().inject(Operation.INITIATE, new Fault.DropAfterProcessing());
    assertThatThrownBy(() -> client.post(Operation.INITIATE, client.body("trans_id", q("T3"))))
        .isInstanceOf(IOException.class);

    List<SandboxRequest> log = sandbox.requests();

    assertThat(log).extracting(SandboxRequest::operation).containsExactly(Operation.QUERY, Operation.CAPTURE,
        Operation.INITIATE, Operation.REFUND, Operation.INITIATE);
    assertThat(log.get(0).identifiers()).isEqualTo(Map.of("trans_id", "T1", "order_id", "GW1"));
    assertThat(log.get(0).retCode()).contains("000000");
    assertThat(log.get(0).fault()).isEmpty();
    assertThat(log.get(1).fault()).contains(new Fault.ServerError(503));
    assertThat(log.get(1).retCode()).as("the injected answer").contains("999999");
    assertThat(log.get(1).identifiers()).as("read, not processed").isEqualTo(Map.of("order_id", "GW1"));
    assertThat(log.get(2).retCode()).as("reset: nothing answered").isEmpty();
    assertThat(log.get(3).retCode()).as("unsigned").contains("206002");
    assertThat(log.get(4).retCode()).as("processed, the answer dropped").contains("000000");
    assertThat(log.get(4).identifier("trans_id")).contains("T3");
    assertThat(log.get(4).identifier("order_id")).isEmpty();
    for (int i = 0; i < log.size(); i++) {
      SandboxRequest r = log.get(i);
      assertThat(r.inFlight()).isFalse();
      assertThat(r.finished().get()).isGreaterThan(r.received());
      if (i > 0) assertThat(r.received()).isGreaterThan(log.get(i - 1).finished().get());
    }
  }

  @Test
  void aDelayedRequestIsInFlightUntilProcessedAndTheTicksOrderWhatOverlaps() throws Exception {
    sandbox.faults().inject(Operation.INITIATE, new Fault.Delay(Duration.ofMillis(400)));
    CompletableFuture<SandboxClient.Answer> delayed = CompletableFuture.supplyAsync(() -> {
      try {
        return client.post(Operation.INITIATE, client.body("trans_id", q("T1")));
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(sandbox.awaitRequests(log -> log.stream().anyMatch(SandboxRequest::inFlight), Duration.ofSeconds(10)))
        .isTrue();
    SandboxRequest waiting = sandbox.requests().get(0);
    assertThat(waiting.fault()).contains(new Fault.Delay(Duration.ofMillis(400)));
    assertThat(waiting.identifiers()).as("read after the delay").isEmpty();

    client.post(Operation.QUERY, client.body("trans_id", q("T1")));
    assertThat(delayed.get().retCode()).isEqualTo("000000");

    List<SandboxRequest> log = sandbox.requests();
    assertThat(log).hasSize(2);
    SandboxRequest initiate = log.get(0);
    SandboxRequest query = log.get(1);
    assertThat(initiate.identifier("trans_id")).contains("T1");
    assertThat(query.received()).as("arrived while the initiate waited").isBetween(initiate.received(),
        initiate.finished().get());
    assertThat(query.finished().get()).isLessThan(initiate.finished().get());
  }
}

package io.github.paykka.testkit.sandbox;

import static io.github.paykka.testkit.sandbox.SandboxClient.q;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.wire.signature.PemKeys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, in process: flags, the one ready line, generated platform key, faults from flags, bad flags. */
class SandboxMainTest {
  @TempDir Path dir;

  @Test
  void startsOnAFreePortPrintsOneLineAndWritesThePlatformKey() throws Exception {
    TestKeys.TestKeyPair merchant = TestKeys.generate();
    Path key = dir.resolve("merchant.pem");
    Files.writeString(key, merchant.publicKeyPem(), US_ASCII);
    Path out = dir.resolve("platform.pem");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try (PaykkaSandbox s = SandboxMain.start(new String[] {
        "--port", "0", "--merchant-id", "M1", "--merchant-public-key", key.toString(),
        "--platform-public-key-out", out.toString(), "--fault", "refund=rate-limited"}, new PrintStream(stdout, true))) {
      String printed = stdout.toString(US_ASCII);
      assertThat(printed).isEqualTo("listening on http://127.0.0.1:" + s.port() + System.lineSeparator());
      assertThat(s.port()).isPositive();
      var platform = PemKeys.publicKey(Files.readString(out));
      assertThat(platform).isEqualTo(s.platformPublicKey());
      var client = new SandboxClient(s.baseUrl(), "M1", merchant.signer(), platform);
      var a = client.post(Endpoint.QUERY, client.body("trans_id", q("none")));
      assertThat(a.retCode()).isEqualTo("206024");
      assertThat(a.signedByPlatform()).isTrue();
      assertThat(client.post(Endpoint.REFUND, client.body()).status()).isEqualTo(429);
    }
  }

  @Test
  void usesTheGivenPlatformPrivateKey() throws Exception {
    TestKeys.TestKeyPair merchant = TestKeys.generate();
    TestKeys.TestKeyPair platform = TestKeys.generate();
    Path mk = dir.resolve("m.pem");
    Path pk = dir.resolve("p.pem");
    Files.writeString(mk, merchant.publicKeyPem(), US_ASCII);
    Files.writeString(pk, platform.privateKeyPem(), US_ASCII);
    try (PaykkaSandbox s = SandboxMain.start(new String[] {
        "--merchant-id=M1", "--merchant-public-key=" + mk, "--platform-private-key", pk.toString()},
        new PrintStream(new ByteArrayOutputStream(), true))) {
      assertThat(s.platformPublicKey()).isEqualTo(platform.publicKey());
    }
  }

  @Test
  void badFlagsAreUsageErrorsNamingTheProblem() {
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--merchant-public-key", "x"}))
        .isInstanceOf(SandboxMain.UsageException.class).hasMessageContaining("--merchant-id");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "70000"}))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--bogus"})).hasMessageContaining("unknown flag: --bogus");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port"})).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> SandboxMain.start(new String[] {"--merchant-id", "M1", "--merchant-public-key",
        dir.resolve("missing.pem").toString()}, System.out)).hasMessageContaining("cannot read");
  }

  @Test
  void faultSpecsParse() {
    var r = SandboxMain.parseFault("initiate=drop-after:0.2");
    assertThat(r.endpoint()).isEqualTo(Endpoint.INITIATE);
    assertThat(r.fault()).isEqualTo(new Fault.DropAfterProcessing());
    assertThat(r.probability()).isEqualTo(0.2);
    assertThat(SandboxMain.parseFault("capture=server-error/503").fault()).isEqualTo(new Fault.ServerError(503));
    assertThat(SandboxMain.parseFault("token-query=delay/1500:0.5").fault())
        .isEqualTo(new Fault.Delay(java.time.Duration.ofMillis(1500)));
    assertThat(SandboxMain.parseFault("query=reset-before").fault()).isEqualTo(new Fault.ResetBeforeProcessing());
    assertThatThrownBy(() -> SandboxMain.parseFault("nowhere=drop-after")).hasMessageContaining("unknown endpoint");
    assertThatThrownBy(() -> SandboxMain.parseFault("query=explode")).hasMessageContaining("unknown fault");
    assertThatThrownBy(() -> SandboxMain.parseFault("query=drop-after:2")).hasMessageContaining("probability");
    assertThatThrownBy(() -> SandboxMain.parseFault("query=server-error/404")).hasMessageContaining("5xx");
  }
}

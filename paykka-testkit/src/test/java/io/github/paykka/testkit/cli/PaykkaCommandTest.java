package io.github.paykka.testkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.ports.Operation;
import io.github.paykka.testkit.sandbox.FaultRule;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every subcommand of {@code paykka}, in process (and the sandbox once as a process, for SIGTERM). */
class PaykkaCommandTest {
  static final String MERCHANT = "18356675194960";
  static final long TS = 1745922570644L;
  static final String VECTOR_BODY = "{\"merchant_id\":\"18356675194960\",\"timestamp\":1745922570644,"
      + "\"order_id\":\"GW20620xxxxx6999\",\"amount\":300,\"currency\":\"USD\",\"capture_final\":true}";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(Consumer<CommandLine> setUp, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = PaykkaCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
    setUp.accept(cli);
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(cli -> { }, args);
  }

  static Path resource(String name) throws Exception {
    return Path.of(Objects.requireNonNull(PaykkaCommandTest.class.getResource("/" + name)).toURI());
  }

  static Path testKey() throws Exception {
    return resource("test-keys/test-key-never-use-in-production.pkcs8.pem");
  }

  static Path testPublicKey() throws Exception {
    return resource("test-keys/test-key-never-use-in-production.public.pem");
  }

  // ------------------------------------------------------------------------------------------------ help, usage

  @ParameterizedTest
  @ValueSource(strings = {"", "sandbox", "keys", "keys generate", "sign", "verify", "notify"})
  void everyCommandAnswersHelpWithItsUsageAndExitCodes(String command) {
    String[] words = command.isEmpty() ? new String[0] : command.split(" ");
    String[] args = java.util.Arrays.copyOf(words, words.length + 1);
    args[words.length] = "--help";
    Run r = run(args);
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: paykka" + (command.isEmpty() ? "" : " " + command));
    if (!command.equals("keys")) assertThat(r.out()).contains("Exit codes:");
  }

  @Test
  void theSandboxHelpNamesEveryOperationAFaultMayTarget() {
    Run r = run("sandbox", "--help");
    for (Operation o : Operation.values()) assertThat(r.out()).contains(FaultRule.nameOf(o));
  }

  @Test
  void wrongArgumentsExitTwoNamingTheProblem() {
    Run unknown = run("sign", "--key", "k.pem", "--bogus");
    assertThat(unknown.code()).isEqualTo(PaykkaCommand.USAGE);
    assertThat(unknown.err()).contains("--bogus");
    Run missing = run("verify", "--body", "{}");
    assertThat(missing.code()).isEqualTo(PaykkaCommand.USAGE);
    assertThat(missing.err()).contains("--public-key", "--signature");
    assertThat(run("keys").code()).isEqualTo(PaykkaCommand.USAGE);
    assertThat(run("frobnicate").code()).isEqualTo(PaykkaCommand.USAGE);
  }

  // ------------------------------------------------------------------------------------------------ sign

  @Test
  void signPrintsThePublishedTestVectorExactly() throws Exception {
    Run r = run("sign", "--key", testKey().toString(), "--body", VECTOR_BODY);
    assertThat(r.code()).isZero();
    String golden = Files.readString(resource("golden/sign-vector.txt"), UTF_8);
    assertThat(r.out()).isEqualTo(golden.replace("\n", System.lineSeparator()));
  }

  @Test
  void theGoldenOutputCarriesTheSignatureAndHeaderThatSignaturesMdPublishes() throws Exception {
    String page = Files.readString(Path.of("..", "docs", "signatures.md"), UTF_8);
    String golden = Files.readString(resource("golden/sign-vector.txt"), UTF_8);
    String base64 = golden.lines().dropWhile(l -> !l.startsWith("signature (SHA256withRSA")).skip(1).findFirst()
        .orElseThrow();
    String header = golden.lines().filter(l -> l.startsWith("signature: ")).findFirst().orElseThrow()
        .substring("signature: ".length());
    assertThat(page).contains("\n" + base64 + "\n").contains("\n" + header + "\n");
  }

  @Test
  void signReadsTheBodyFromStandardInput() throws Exception {
    Run r = run(cli -> ((SignCommand) cli.getSubcommands().get("sign").getCommand()).stdin =
        new ByteArrayInputStream(VECTOR_BODY.getBytes(UTF_8)), "sign", "--key", testKey().toString());
    assertThat(r.out()).isEqualTo(Files.readString(resource("golden/sign-vector.txt"), UTF_8)
        .replace("\n", System.lineSeparator()));
  }

  @Test
  void signRefusesFlagsThatDisagreeWithTheBodyAndABodyThatIsNotAnObject() throws Exception {
    Run other = run("sign", "--key", testKey().toString(), "--merchant-id", "M2", "--body", VECTOR_BODY);
    assertThat(other.code()).isEqualTo(PaykkaCommand.USAGE);
    assertThat(other.err()).contains("merchant_id is 18356675194960 but --merchant-id is M2");
    Run time = run("sign", "--key", testKey().toString(), "--timestamp", "1", "--body", VECTOR_BODY);
    assertThat(time.err()).contains("timestamp is 1745922570644 but --timestamp is 1");
    assertThat(run("sign", "--key", testKey().toString(), "--body", "[1]").code()).isEqualTo(PaykkaCommand.USAGE);
    Run noKey = run("sign", "--key", dir.resolve("none.pem").toString(), "--body", "{}");
    assertThat(noKey.code()).isEqualTo(PaykkaCommand.CANNOT_RUN);
    assertThat(noKey.err()).contains("none.pem", "cannot read");
  }

  @Test
  void signCurlIsARecipeTheSandboxAccepts() throws Exception {
    PublicKey merchantKey = PemKeys.publicKey(Files.readString(testPublicKey()));
    try (PaykkaSandbox sandbox = PaykkaSandbox.builder().merchant(MERCHANT, merchantKey).start()) {
      String url = sandbox.baseUrl() + "payments/query";
      Run r = run("sign", "--key", testKey().toString(), "--merchant-id", MERCHANT, "--body", "{\"trans_id\":\"T1\"}",
          "--curl", url);
      assertThat(r.code()).isZero();
      assertThat(r.err()).contains("added merchant_id and timestamp");
      assertThat(r.out()).startsWith("curl -sS -X POST '" + url + "'").contains("-H 'version: v1.2'");
      // send exactly what the command says: its headers and its --data-binary bytes
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
      Matcher headers = Pattern.compile("-H '([^:]+): ([^']*)'").matcher(r.out());
      while (headers.find()) request.header(headers.group(1), headers.group(2));
      Matcher data = Pattern.compile("--data-binary '(.*)'").matcher(r.out());
      assertThat(data.find()).isTrue();
      String body = data.group(1).replace("'\\''", "'");
      assertThat(body).startsWith("{\"merchant_id\":\"" + MERCHANT + "\",\"timestamp\":").endsWith(",\"trans_id\":\"T1\"}");
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      // verified and processed: the order does not exist (not 206003, a signature error)
      assertThat(answer.body()).contains("\"ret_code\":\"206024\"");
    }
  }

  // ------------------------------------------------------------------------------------------------ verify

  static final String VECTOR_HEADER = "NS%2BT%2FOEC2XWiwFy8IJJzkXBGH1UuMtZDyKlJG9%2F3%2FgLBycKS4dcWHJ%2BpbR7uuYSrpzpPtd13%2B%2BYG53GSKXMo29ECfT84b%2BdpdIvtvh8xb%2Fa5%2FOJUO1mIkQF1gOz4wrUQehDhk7Orreven7S%2FPtjhlCKKBT6h00azm%2BEG%2FEtW5GdopWaQKM3DemfIJJNt2poxkNcggOJ79k7fI6r9%2B%2F%2FnPyLeO3i7woGiWHmTRC%2F8V1YJzDFTUpet%2F9iRHk4xF4WvaC4aMuiCVEUaVZgcLscsluTtC4N6IvY7pPtgn7ts17aUpbG%2BJ3k36apbMeliXLNeZJNw9wTz6sFsgQI9QigKww%3D%3D";

  Run verify(String header, String body, String... more) throws Exception {
    String[] base = {"verify", "--public-key", testPublicKey().toString(), "--signature", header, "--body", body};
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return run(args);
  }

  @Test
  void verifySaysOkForTheVectorAtItsTime() throws Exception {
    Run r = verify(VECTOR_HEADER, VECTOR_BODY, "--now", Long.toString(TS + 1000));
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("OK" + System.lineSeparator());
    // the header not URL-encoded verifies too, as in the library
    assertThat(verify(java.net.URLDecoder.decode(VECTOR_HEADER, UTF_8).replace(' ', '+'), VECTOR_BODY, "--now",
        Long.toString(TS)).code()).isZero();
  }

  @Test
  void verifyNamesAStaleTimestamp() throws Exception {
    Run r = verify(VECTOR_HEADER, VECTOR_BODY, "--now", Long.toString(TS + Duration.ofHours(3).toMillis()));
    assertThat(r.code()).isEqualTo(PaykkaCommand.NEGATIVE);
    assertThat(r.out()).startsWith("FAIL: timestamp stale").contains("3 h before now", "206004");
  }

  @Test
  void verifyNamesTheWrongKey() throws Exception {
    Path other = dir.resolve("other.pem");
    Files.writeString(other, TestKeys.generate().publicKeyPem());
    Run r = run("verify", "--public-key", other.toString(), "--signature", VECTOR_HEADER, "--body", VECTOR_BODY,
        "--now", Long.toString(TS));
    assertThat(r.code()).isEqualTo(PaykkaCommand.NEGATIVE);
    assertThat(r.out()).startsWith("FAIL: wrong key");
  }

  @Test
  void verifyNamesABodyChangedAfterSigning() throws Exception {
    Run changed = verify(VECTOR_HEADER, VECTOR_BODY.replace("\"amount\":300", "\"amount\":3000"), "--now",
        Long.toString(TS));
    assertThat(changed.code()).isEqualTo(PaykkaCommand.NEGATIVE);
    assertThat(changed.out()).startsWith("FAIL: body changed").contains("the key is right");

    Run newline = verify(VECTOR_HEADER, VECTOR_BODY + "\n", "--now", Long.toString(TS));
    assertThat(newline.out()).startsWith("FAIL: body changed").contains("without its surrounding whitespace");

    Run pretty = verify(VECTOR_HEADER, VECTOR_BODY.replace(",", ", "), "--now", Long.toString(TS));
    assertThat(pretty.out()).startsWith("FAIL: body changed").contains("re-serialised");
  }

  @Test
  void verifyNamesAHeaderUrlEncodedTwice() throws Exception {
    Run r = verify(VECTOR_HEADER.replace("%", "%25"), VECTOR_BODY, "--now", Long.toString(TS));
    assertThat(r.code()).isEqualTo(PaykkaCommand.NEGATIVE);
    assertThat(r.out()).startsWith("FAIL: URL-encoding").contains("twice");
  }

  @Test
  void verifyNamesASignatureOverTheOtherFormAndBadInput() throws Exception {
    PrivateKey key = PemKeys.privateKey(Files.readString(testKey()));
    String responseForm = SignatureScheme.standard().signResponse(Signer.rsa(key), VECTOR_BODY.getBytes(UTF_8));
    Run r = verify(responseForm, VECTOR_BODY, "--now", Long.toString(TS));
    assertThat(r.out()).startsWith("FAIL: other form").contains("the body alone");
    assertThat(verify(responseForm, VECTOR_BODY, "--response").out()).startsWith("OK");

    assertThat(verify("not base64!", VECTOR_BODY).out()).startsWith("FAIL: not Base64");
    assertThat(verify(VECTOR_HEADER, "{\"amount\":1}").out()).startsWith("FAIL: body unreadable")
        .contains("merchant_id");
    assertThat(verify(" ", VECTOR_BODY).out()).startsWith("FAIL: no signature");
  }

  // ------------------------------------------------------------------------------------------------ keys

  @Test
  void keysGenerateWritesAPairInEveryFormAndNeverOverwrites() throws Exception {
    Run r = run("keys", "generate", "--out-dir", dir.toString(), "--name", "shop");
    assertThat(r.code()).isZero();
    PrivateKey fromPem = PemKeys.privateKey(Files.readString(dir.resolve("shop-private.pem")));
    PrivateKey fromBase64 = PemKeys.privateKey(Files.readString(dir.resolve("shop-private.b64")));
    PublicKey publicPem = PemKeys.publicKey(Files.readString(dir.resolve("shop-public.pem")));
    PublicKey publicB64 = PemKeys.publicKey(Files.readString(dir.resolve("shop-public.b64")));
    assertThat(Files.readString(dir.resolve("shop-private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(fromBase64).isEqualTo(fromPem);
    assertThat(publicB64).isEqualTo(publicPem);
    assertThat(TestKeys.publicKeyOf(fromPem)).isEqualTo(publicPem);
    assertThat(r.out()).contains(Files.readString(dir.resolve("shop-public.b64")).strip())
        .doesNotContain(Files.readString(dir.resolve("shop-private.b64")).strip());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shop-private.pem"))))
        .isEqualTo("rw-------");

    String before = Files.readString(dir.resolve("shop-private.pem"));
    Run again = run("keys", "generate", "--out-dir", dir.toString(), "--name", "shop");
    assertThat(again.code()).isEqualTo(PaykkaCommand.CANNOT_RUN);
    assertThat(again.err()).contains("exists");
    assertThat(Files.readString(dir.resolve("shop-private.pem"))).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------------------------ notify

  @Test
  void notifySendsASignedNotificationAndExitsByTheAnswer() throws Exception {
    TestKeys.TestKeyPair platform = TestKeys.generate();
    Path key = dir.resolve("platform.pem");
    Files.writeString(key, platform.privateKeyPem());
    List<String> verified = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", ex -> {
      byte[] body = ex.getRequestBody().readAllBytes();
      boolean ok = SignatureScheme.standard().verifyNotification(List.of(platform.publicKey()),
          ex.getRequestHeaders().getFirst(PaykkaHeaders.SIGNATURE), body).isRight();
      if (ok) verified.add(new String(body, UTF_8));
      byte[] answer = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}".getBytes(UTF_8);
      ex.sendResponseHeaders(ok ? 200 : 401, answer.length);
      ex.getResponseBody().write(answer);
      ex.close();
    });
    receiver.createContext("/broken", ex -> {
      ex.sendResponseHeaders(500, -1);
      ex.close();
    });
    receiver.start();
    try {
      String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
      Run ok = run("notify", "--url", base + "/hook", "--platform-private-key", key.toString(), "--merchant-id",
          MERCHANT, "--type", "refund.failure", "--order-id", "GW1", "--amount", "250", "--currency", "EUR");
      assertThat(ok.code()).as(ok.toString()).isZero();
      assertThat(ok.out()).contains("REFUND.FAILURE", "HTTP 200", "acknowledged");
      assertThat(verified).singleElement().asString().contains("\"notify_type\":\"REFUND.FAILURE\"",
          "\"merchant_id\":\"" + MERCHANT + "\"", "\"amount\":250", "\"currency\":\"EUR\"", "\"status\":\"FAILURE\"");

      Run refused = run("notify", "--url", base + "/broken", "--platform-private-key", key.toString(),
          "--merchant-id", MERCHANT);
      assertThat(refused.code()).isEqualTo(PaykkaCommand.NEGATIVE);
      assertThat(refused.out()).contains("HTTP 500", "not acknowledged");
      assertThat(run("notify", "--url", base + "/hook", "--platform-private-key", key.toString(), "--merchant-id",
          MERCHANT, "--type", "PAYMENT.EXPLODED").code()).isEqualTo(PaykkaCommand.USAGE);
    } finally {
      receiver.stop(0);
    }
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Run unreachable = run("notify", "--url", "http://127.0.0.1:" + closed + "/hook", "--platform-private-key",
        key.toString(), "--merchant-id", MERCHANT);
    assertThat(unreachable.code()).isEqualTo(PaykkaCommand.NEGATIVE);
    assertThat(unreachable.out()).contains("no answer");
  }

  // ------------------------------------------------------------------------------------------------ sandbox

  Path merchantKeyFile(TestKeys.TestKeyPair merchant) throws IOException {
    Path key = dir.resolve("merchant.pem");
    Files.writeString(key, merchant.publicKeyPem());
    return key;
  }

  @Test
  void sandboxStartsOnAFreePortPrintsOneLineWritesThePlatformKeyAndAppliesFaults() throws Exception {
    TestKeys.TestKeyPair merchant = TestKeys.generate();
    Path out = dir.resolve("platform.pem");
    StringWriter stdout = new StringWriter();
    CommandLine cli = PaykkaCommand.commandLine(new PrintWriter(stdout), new PrintWriter(new StringWriter()));
    cli.parseArgs("sandbox", "--port", "0", "--merchant-id", "M1", "--merchant-public-key",
        merchantKeyFile(merchant).toString(), "--platform-public-key-out", out.toString(), "--fault",
        "refund=rate-limited");
    SandboxCommand command = (SandboxCommand) cli.getSubcommands().get("sandbox").getCommand();
    try (PaykkaSandbox s = command.start(new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true))) {
      assertThat(stdout.toString()).isEqualTo("listening on http://127.0.0.1:" + s.port() + System.lineSeparator());
      assertThat(PemKeys.publicKey(Files.readString(out))).isEqualTo(s.platformPublicKey());
      assertThat(s.faults().active()).containsExactly("refund=rate-limited");
    }
  }

  @Test
  void aSandboxOnAPortInUseSaysWhyAndExitsThree() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run r = run("sandbox", "--port", Integer.toString(taken.getLocalPort()), "--merchant-id", "M1",
          "--merchant-public-key", merchantKeyFile(TestKeys.generate()).toString());
      assertThat(r.code()).isEqualTo(PaykkaCommand.CANNOT_RUN);
      assertThat(r.err()).contains("cannot start the sandbox on port " + taken.getLocalPort() + ": ")
          .containsIgnoringCase("address already in use");
    }
  }

  @Test
  void aSandboxWithABadFaultOrKeyIsRefusedBeforeItStarts() throws Exception {
    Path key = merchantKeyFile(TestKeys.generate());
    Run fault = run("sandbox", "--merchant-id", "M1", "--merchant-public-key", key.toString(), "--fault",
        "nowhere=drop-after");
    assertThat(fault.code()).isEqualTo(PaykkaCommand.USAGE);
    assertThat(fault.err()).contains("unknown operation nowhere");
    Path junk = dir.resolve("junk.pem");
    Files.writeString(junk, "not a key");
    Run badKey = run("sandbox", "--merchant-id", "M1", "--merchant-public-key", junk.toString());
    assertThat(badKey.code()).isEqualTo(PaykkaCommand.CANNOT_RUN);
    assertThat(badKey.err()).contains("junk.pem");
  }

  @Test
  void sigtermStopsTheSandboxProcessWithExitCodeZero() throws Exception {
    Path key = merchantKeyFile(TestKeys.generate());
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), PaykkaCommand.class.getName(),
        "sandbox", "--port", "0", "--merchant-id", "M1", "--merchant-public-key", key.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), UTF_8)).readLine();
      assertThat(line).startsWith("listening on http://127.0.0.1:");
      p.destroy();   // SIGTERM
      assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    } finally {
      p.destroyForcibly();
    }
  }
}

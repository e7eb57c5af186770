package io.github.paykka.testkit.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.paykka.ports.Operation;
import io.github.paykka.testkit.sandbox.FaultRule;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.Quirks;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.signature.KeyFormatException;
import io.github.paykka.wire.signature.PemKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paykka sandbox}: the local PayKKa as a process. Prints exactly one line on standard output when ready,
 * {@code listening on http://127.0.0.1:<port>}, serves until stopped, and on SIGTERM or SIGINT closes the sandbox and
 * exits 0.
 */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a local PayKKa v1.2 on 127.0.0.1: the API, a dashboard at /, the shopper's 3DS and checkout pages, "
          + "and triggers (dashboard buttons and a JSON API under /sandbox/api/).",
      "Prints 'listening on http://127.0.0.1:PORT' when ready; SIGTERM or SIGINT stops it (exit 0)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped by SIGTERM or SIGINT", "2:wrong arguments",
        "3:cannot start: a key file unreadable or not a key, the port in use (the message says why)"})
final class SandboxCommand implements Callable<Integer> {
  /** What {@link #call} answers when the sandbox serves: the process keeps running until it is stopped. */
  static final int SERVING = -1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "TCP port on 127.0.0.1 (default 0: a free port)")
  int port;

  @Option(names = "--merchant-id", paramLabel = "ID", required = true,
      description = "the merchant whose requests are accepted (1..32 characters)")
  String merchantId = "";

  @Option(names = "--merchant-public-key", paramLabel = "FILE", required = true,
      description = "the merchant's RSA public key (PEM or bare Base64); repeat to rotate")
  List<Path> merchantKeys = new ArrayList<>();

  @Option(names = "--platform-private-key", paramLabel = "FILE",
      description = "the key answers and notifications are signed with (PEM); generated when absent")
  @Nullable Path platformKey;

  @Option(names = "--platform-public-key-out", paramLabel = "FILE",
      description = "write the platform public key (PEM) there: give it to your client")
  @Nullable Path platformPublicOut;

  @Option(names = "--seed", paramLabel = "N", description = "seed of identifiers and probabilistic faults")
  long seed = 20240601L;

  @Option(names = "--max-body-bytes", paramLabel = "N", description = "largest request body accepted (default 65536)")
  int maxBodyBytes = 64 * 1024;

  @Option(names = "--notify-first-delay-ms", paramLabel = "N", description = "first redelivery delay (default 100)")
  int firstDelayMs = 100;

  @Option(names = "--notify-max-delay-ms", paramLabel = "N", description = "largest redelivery delay (default 2000)")
  int maxDelayMs = 2000;

  @Option(names = "--notify-max-attempts", paramLabel = "N", description = "attempts per notification (default 8)")
  int maxAttempts = 8;

  @Option(names = "--fault", paramLabel = "OPERATION=FAULT[:P]", completionCandidates = OperationNames.class,
      description = {"inject FAULT into a share P (default 1) of calls of OPERATION; repeatable",
          "OPERATION: ${COMPLETION-CANDIDATES}",
          "FAULT: server-error[/STATUS] delay/MILLIS drop-after reset-before rate-limited",
          "e.g. --fault initiate=drop-after:0.2 --fault capture=server-error/503"})
  List<String> faults = new ArrayList<>();

  @Option(names = "--quirk", paramLabel = "QUIRK",
      description = {"answer and notify as the real PayKKa may: repeatable, or a list separated by commas",
          "QUIRK: extra-fields unknown-values unknown-status seconds-timestamps no-timestamp time-forms "
              + "unsigned-errors four-digit-ret-codes closed-connections published-refund-schema, or all",
          "e.g. --quirk extra-fields,unknown-values --quirk closed-connections (see docs/testing.md)"})
  List<String> quirks = new ArrayList<>();

  /** The operation names {@code --fault} reads, from the one catalog of operations. */
  static final class OperationNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Operation.values()).map(FaultRule::nameOf).iterator();
    }
  }

  @Override
  public Integer call() {
    // the hook is in place before the ready line: a SIGTERM right after it still ends the process with 0
    AtomicReference<@Nullable PaykkaSandbox> started = new AtomicReference<>();
    Thread hook = new Thread(() -> {
      PaykkaSandbox sandbox = started.get();
      if (sandbox != null) sandbox.close();
      System.out.flush();
      System.err.flush();
      // a stop asked for by SIGTERM or SIGINT is the normal end of a server: exit 0, not 143 or 130
      Runtime.getRuntime().halt(PaykkaCommand.OK);
    }, "paykka-sandbox-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      started.set(start(spec.commandLine().getOut(), spec.commandLine().getErr()));
    } catch (RuntimeException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      throw e;
    }
    return SERVING;
  }

  /**
   * Starts the sandbox the options describe and prints the ready line to {@code out}.
   *
   * @throws CliFailure when the options are wrong ({@value PaykkaCommand#USAGE}) or it cannot start
   *     ({@value PaykkaCommand#CANNOT_RUN})
   */
  PaykkaSandbox start(PrintWriter out, PrintWriter err) {
    List<FaultRule> rules = new ArrayList<>();
    for (String f : faults) {
      try {
        rules.add(FaultRule.parse(f));
      } catch (IllegalArgumentException e) {
        throw CliFailure.usage("--fault " + e.getMessage());
      }
    }
    Quirks shown;
    try {
      shown = Quirks.parse(String.join(",", quirks));
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage("--quirk " + e.getMessage());
    }
    PaykkaSandbox.Builder b = PaykkaSandbox.builder().seed(seed).quirks(shown);
    List<PublicKey> keys = new ArrayList<>();
    for (Path p : merchantKeys) {
      try {
        keys.add(PemKeys.publicKey(read(p, "--merchant-public-key")));
      } catch (KeyFormatException e) {
        throw CliFailure.cannotRun("--merchant-public-key " + p + ": " + e.getMessage());
      }
    }
    try {
      b.port(port);
      b.merchant(merchantId, keys.toArray(new PublicKey[0]));
      b.maxBodyBytes(maxBodyBytes);
      b.notificationRetry(Duration.ofMillis(firstDelayMs), Duration.ofMillis(maxDelayMs), maxAttempts);
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(e.getMessage());
    }
    if (platformKey != null) {
      try {
        b.platformPrivateKey(PemKeys.privateKey(read(platformKey, "--platform-private-key")));
      } catch (IllegalArgumentException e) {
        throw CliFailure.cannotRun("--platform-private-key " + platformKey + ": " + e.getMessage());
      }
    }
    PaykkaSandbox sandbox;
    try {
      sandbox = b.start();
    } catch (UncheckedIOException e) {
      throw CliFailure.cannotRun(e.getMessage());
    }
    try {
      for (FaultRule r : rules) sandbox.faults().apply(r, 0);
      if (platformPublicOut != null) {
        Files.writeString(platformPublicOut, TestKeys.publicKeyPem(sandbox.platformPublicKey()), US_ASCII);
      }
    } catch (IOException e) {
      sandbox.close();
      throw CliFailure.cannotRun("--platform-public-key-out " + platformPublicOut + ": cannot write: " + e);
    }
    out.println("listening on http://127.0.0.1:" + sandbox.port());
    out.flush();
    err.println("dashboard: " + sandbox.dashboardUrl() + " (stop with Ctrl-C or SIGTERM)");
    if (!shown.isEmpty()) err.println("quirks: " + shown);
    err.flush();
    return sandbox;
  }

  static String read(Path p, String flag) {
    try {
      return Files.readString(p, UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw CliFailure.cannotRun(flag + " " + p + ": cannot read the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }
}

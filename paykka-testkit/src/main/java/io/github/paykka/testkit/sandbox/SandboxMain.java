package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.paykka.wire.signature.KeyFormatException;
import io.github.paykka.wire.signature.PemKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The command line of the standalone sandbox ({@code java -jar paykka-sandbox.jar ...}): the only class of the testkit
 * that writes to standard output.
 *
 * <p>Prints exactly one line {@code listening on http://127.0.0.1:<port>} on standard output when ready, serves until
 * the JVM is stopped, and closes the sandbox in a shutdown hook (SIGTERM, SIGINT). Bad flags print the usage on
 * standard error and exit with status 2.
 */
public final class SandboxMain {
  static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar paykka-sandbox.jar --merchant-id ID --merchant-public-key FILE [options]",
          "",
          "  --port N                       TCP port on 127.0.0.1 (default 0: a free port)",
          "  --merchant-id ID               the merchant whose requests are accepted (1..32 characters)",
          "  --merchant-public-key FILE     the merchant's RSA public key (PEM or bare Base64); repeat to rotate",
          "  --platform-private-key FILE    the key responses and notifications are signed with (PEM);",
          "                                 when absent, one is generated",
          "  --platform-public-key-out FILE write the platform public key (PEM) there",
          "  --seed N                       seed of identifiers and probabilistic faults",
          "  --max-body-bytes N             largest request body accepted (default 65536)",
          "  --notify-first-delay-ms N      first notification redelivery delay (default 100)",
          "  --notify-max-delay-ms N        largest redelivery delay (default 2000)",
          "  --notify-max-attempts N        attempts per notification (default 8)",
          "  --fault ENDPOINT=FAULT[:P]     inject FAULT into a share P (default 1) of calls to ENDPOINT; repeatable",
          "       ENDPOINT: initiate query capture void token-query token-remove recurring-cancel",
          "                 apple-pay-session session-create session-query refund refund-query",
          "       FAULT:    server-error[/STATUS] delay/MILLIS drop-after reset-before rate-limited",
          "       e.g.      --fault initiate=drop-after:0.2 --fault capture=server-error/503",
          "  --help                         print this and exit");

  private static final java.util.Set<String> FLAGS =
      java.util.Set.of("--port", "--merchant-id", "--merchant-public-key", "--platform-private-key",
          "--platform-public-key-out", "--seed", "--max-body-bytes", "--notify-first-delay-ms",
          "--notify-max-delay-ms", "--notify-max-attempts", "--fault");

  private SandboxMain() {}

  /** Starts the sandbox from command-line arguments and serves until the JVM stops. */
  public static void main(String[] args) throws InterruptedException {
    // A process of its own, so a JVM-wide setting is ours to make: without TCP_NODELAY the JDK HttpServer's separate
    // header and body writes meet the client's delayed ACK, and every exchange waits ~40 ms.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    PaykkaSandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (UsageException e) {
      if (e.help) {
        System.out.println(USAGE);
        System.exit(0);
      }
      System.err.println("paykka-sandbox: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    } catch (UncheckedIOException e) {
      System.err.println("paykka-sandbox: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "paykka-sandbox-shutdown"));
    stopped.await();
  }

  /**
   * Parses {@code args}, starts a sandbox and prints the {@code listening on} line to {@code out}.
   *
   * @throws UsageException if the arguments are wrong (the message says which)
   */
  static PaykkaSandbox start(String[] args, PrintStream out) {
    Options o = parse(args);
    PaykkaSandbox.Builder b = PaykkaSandbox.builder().port(o.port).seed(o.seed);
    List<PublicKey> keys = new ArrayList<>();
    for (Path p : o.merchantKeys) {
      try {
        keys.add(PemKeys.publicKey(read(p, "--merchant-public-key")));
      } catch (KeyFormatException e) {
        throw new UsageException("--merchant-public-key " + p + ": " + e.getMessage());
      }
    }
    try {
      b.merchant(o.merchantId, keys.toArray(new PublicKey[0]));
      b.maxBodyBytes(o.maxBodyBytes);
      b.notificationRetry(Duration.ofMillis(o.firstDelayMs), Duration.ofMillis(o.maxDelayMs), o.maxAttempts);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (o.platformKey != null) {
      try {
        b.platformPrivateKey(PemKeys.privateKey(read(o.platformKey, "--platform-private-key")));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--platform-private-key " + o.platformKey + ": " + e.getMessage());
      }
    }
    PaykkaSandbox sandbox = b.start();
    try {
      for (FaultRule r : o.faults) sandbox.faults().injectWithProbability(r.endpoint, r.fault, r.probability);
      if (o.platformPublicOut != null) {
        Files.writeString(o.platformPublicOut, TestKeys.publicKeyPem(sandbox.platformPublicKey()), US_ASCII);
      }
    } catch (IOException e) {
      sandbox.close();
      throw new UsageException("--platform-public-key-out " + o.platformPublicOut + ": cannot write: " + e);
    }
    out.println("listening on http://127.0.0.1:" + sandbox.port());
    out.flush();
    return sandbox;
  }

  private static String read(Path p, String flag) {
    try {
      return Files.readString(p, UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(flag + " " + p + ": cannot read the file");
    }
  }

  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--help") || flag.equals("-h")) throw new UsageException("help", true);
      if (!flag.startsWith("--")) throw new UsageException("unexpected argument: " + flag);
      String value = "";
      int eq = flag.indexOf('=');
      if (eq > 0) {
        value = flag.substring(eq + 1);
        flag = flag.substring(0, eq);
      }
      if (!FLAGS.contains(flag)) throw new UsageException("unknown flag: " + flag);
      if (eq <= 0) {
        if (i + 1 >= args.length) throw new UsageException(flag + " needs a value");
        value = args[++i];
      }
      switch (flag) {
        case "--port" -> o.port = intIn(flag, value, 0, 65535);
        case "--merchant-id" -> o.merchantId = value;
        case "--merchant-public-key" -> o.merchantKeys.add(Path.of(value));
        case "--platform-private-key" -> o.platformKey = Path.of(value);
        case "--platform-public-key-out" -> o.platformPublicOut = Path.of(value);
        case "--seed" -> o.seed = longOf(flag, value);
        case "--max-body-bytes" -> o.maxBodyBytes = intIn(flag, value, 1024, 16 << 20);
        case "--notify-first-delay-ms" -> o.firstDelayMs = intIn(flag, value, 0, 3_600_000);
        case "--notify-max-delay-ms" -> o.maxDelayMs = intIn(flag, value, 0, 3_600_000);
        case "--notify-max-attempts" -> o.maxAttempts = intIn(flag, value, 1, 1000);
        case "--fault" -> o.faults.add(parseFault(value));
        default -> throw new UsageException("unknown flag: " + flag);
      }
    }
    if (o.merchantId == null) throw new UsageException("--merchant-id is required");
    if (o.merchantKeys.isEmpty()) throw new UsageException("--merchant-public-key is required");
    return o;
  }

  /** Parses {@code ENDPOINT=FAULT[:P]}. */
  static FaultRule parseFault(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) throw new UsageException("--fault " + spec + ": expected ENDPOINT=FAULT[:PROBABILITY]");
    Endpoint endpoint =
        Endpoint.ofCliName(spec.substring(0, eq))
            .getOrElseThrow(() -> new UsageException("--fault " + spec + ": unknown endpoint " + spec.substring(0, eq)));
    String rest = spec.substring(eq + 1).toLowerCase(Locale.ROOT);
    double probability = 1.0;
    int colon = rest.lastIndexOf(':');
    if (colon >= 0) {
      try {
        probability = Double.parseDouble(rest.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new UsageException("--fault " + spec + ": probability is not a number");
      }
      if (!(probability > 0 && probability <= 1)) {
        throw new UsageException("--fault " + spec + ": probability must be in (0, 1]");
      }
      rest = rest.substring(0, colon);
    }
    String name = rest;
    String arg = null;
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      name = rest.substring(0, slash);
      arg = rest.substring(slash + 1);
    }
    Fault fault;
    try {
      fault =
          switch (name) {
            case "server-error" -> new Fault.ServerError(arg == null ? 500 : Integer.parseInt(arg));
            case "delay" -> {
              if (arg == null) throw new UsageException("--fault " + spec + ": delay needs /MILLIS");
              yield new Fault.Delay(Duration.ofMillis(Long.parseLong(arg)));
            }
            case "drop-after" -> new Fault.DropAfterProcessing();
            case "reset-before" -> new Fault.ResetBeforeProcessing();
            case "rate-limited" -> new Fault.RateLimited();
            default -> throw new UsageException("--fault " + spec + ": unknown fault " + name);
          };
    } catch (NumberFormatException e) {
      throw new UsageException("--fault " + spec + ": " + arg + " is not a number");
    } catch (IllegalArgumentException e) {
      if (e instanceof UsageException u) throw u;
      throw new UsageException("--fault " + spec + ": " + e.getMessage());
    }
    return new FaultRule(endpoint, fault, probability);
  }

  private static int intIn(String flag, String value, int min, int max) {
    long v = longOf(flag, value);
    if (v < min || v > max) throw new UsageException(flag + " must be in " + min + ".." + max + ": " + value);
    return (int) v;
  }

  private static long longOf(String flag, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new UsageException(flag + " is not a number: " + value);
    }
  }

  static final class Options {
    int port;
    String merchantId;
    final List<Path> merchantKeys = new ArrayList<>();
    Path platformKey;
    Path platformPublicOut;
    long seed = 20240601L;
    int maxBodyBytes = 64 * 1024;
    int firstDelayMs = 100;
    int maxDelayMs = 2000;
    int maxAttempts = 8;
    final List<FaultRule> faults = new ArrayList<>();
  }

  record FaultRule(Endpoint endpoint, Fault fault, double probability) {}

  /** Wrong command-line arguments; the message says which. */
  static final class UsageException extends IllegalArgumentException {
    final boolean help;

    UsageException(String message) {
      this(message, false);
    }

    UsageException(String message, boolean help) {
      super(message);
      this.help = help;
    }
  }
}

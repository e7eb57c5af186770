package io.github.paykka.testkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code paykka} command: {@code java -jar paykka.jar <subcommand> [options]}. Every subcommand answers
 * {@code --help}.
 *
 * <p>Exit codes: {@value #OK} done (a signature verifies, a notification was acknowledged, a sandbox stopped by
 * SIGTERM or SIGINT); {@value #NEGATIVE} the check said no (a signature does not verify, a notification was not
 * acknowledged with HTTP 200); {@value #USAGE} wrong arguments; {@value #CANNOT_RUN} it could not run (a file not
 * readable or writable, a key not parseable, a port in use: the message says why).
 *
 * <p>Package-private: the jar's entry point, not a library API (the launcher and picocli reach it all the same).
 */
@Command(
    name = "paykka",
    mixinStandardHelpOptions = true,
    versionProvider = PaykkaCommand.Version.class,
    description = "PayKKa v1.2 tools for merchants: a local sandbox, keys, signatures and test notifications.",
    subcommands = {
      SandboxCommand.class, KeysCommand.class, SignCommand.class, VerifyCommand.class, NotifyCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; a signature verifies; a notification was acknowledged; SIGTERM/SIGINT stopped the sandbox",
      "1:the check said no: a signature does not verify, a notification was not acknowledged",
      "2:wrong arguments (the message says which)",
      "3:cannot run: a file unreadable or unwritable, a key not parseable, a port in use (the message says why)"
    })
final class PaykkaCommand implements Runnable {
  /** Done. */
  public static final int OK = 0;
  /** The check said no. */
  public static final int NEGATIVE = 1;
  /** Wrong arguments. */
  public static final int USAGE = 2;
  /** Could not run. */
  public static final int CANNOT_RUN = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Picocli makes it. */
  public PaykkaCommand() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    // A process of its own, so a JVM-wide setting is ours to make: without TCP_NODELAY the JDK HttpServer's separate
    // header and body writes meet the client's delayed ACK, and every exchange waits ~40 ms.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    if (code != SandboxCommand.SERVING) System.exit(code);
    // the sandbox serves until SIGTERM or SIGINT; its shutdown hook ends the process with 0
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs {@code args} writing to {@code out} and {@code err}: the exit code, or {@link SandboxCommand#SERVING} when a
   * sandbox was started and serves until the process is stopped.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new PaykkaCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      if (e instanceof CliFailure f) {
        commandLine.getErr().println(commandLine.getCommandName() + ": " + f.getMessage());
        commandLine.getErr().flush();
        return f.exitCode;
      }
      throw e;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version of the jar, from its manifest when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PaykkaCommand.class.getPackage().getImplementationVersion();
      return new String[] {"paykka " + (v == null ? "(development build)" : v) + " - PayKKa API v1.2"};
    }
  }
}

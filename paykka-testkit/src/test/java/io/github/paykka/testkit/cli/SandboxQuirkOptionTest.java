package io.github.paykka.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.Quirk;
import io.github.paykka.testkit.sandbox.Quirks;
import io.github.paykka.testkit.sandbox.TestKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code paykka sandbox --quirk}: repeatable, lists separated by commas, {@code all}; a wrong name exits 2. */
class SandboxQuirkOptionTest {
  @TempDir Path dir;

  Path merchantKey() throws Exception {
    Path key = dir.resolve("merchant.pem");
    Files.writeString(key, TestKeys.generate().publicKeyPem());
    return key;
  }

  @Test
  void theSandboxStartsWithTheQuirksNamed() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cli = PaykkaCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
    cli.parseArgs("sandbox", "--merchant-id", "M1", "--merchant-public-key", merchantKey().toString(),
        "--quirk", "extra-fields,unknown-values", "--quirk", "closed-connections");
    SandboxCommand command = (SandboxCommand) cli.getSubcommands().get("sandbox").getCommand();
    try (PaykkaSandbox s = command.start(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))) {
      assertThat(s.quirks()).isEqualTo(Quirks.of(Quirk.EXTRA_FIELDS, Quirk.UNKNOWN_VALUES, Quirk.CLOSED_CONNECTIONS));
      assertThat(err.toString()).contains("quirks: Quirks[extra-fields, unknown-values, closed-connections]");
    }
  }

  @Test
  void aWrongQuirkIsAUsageErrorNamingIt() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cli = PaykkaCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    int code = cli.execute("sandbox", "--merchant-id", "M1", "--merchant-public-key", merchantKey().toString(),
        "--quirk", "sloppy");
    assertThat(code).isEqualTo(PaykkaCommand.USAGE);
    assertThat(err.toString()).contains("--quirk", "'sloppy'");
  }

  @Test
  void allIsEveryQuirk() throws Exception {
    CommandLine cli =
        PaykkaCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    cli.parseArgs("sandbox", "--merchant-id", "M1", "--merchant-public-key", merchantKey().toString(),
        "--quirk", "all");
    SandboxCommand command = (SandboxCommand) cli.getSubcommands().get("sandbox").getCommand();
    try (PaykkaSandbox s = command.start(new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true))) {
      assertThat(s.quirks()).isEqualTo(Quirks.all());
    }
  }
}

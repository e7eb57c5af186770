package io.github.paykka.testkit.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.github.paykka.testkit.sandbox.TestKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paykka keys}: merchant key pairs. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Merchant RSA keys.",
    subcommands = {KeysCommand.Generate.class})
final class KeysCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "keys: say what to do, e.g. 'keys generate'");
  }

  /**
   * {@code paykka keys generate}: a new RSA 2048 merchant key pair (the JDK's generator; only the PEM writing is the
   * testkit's), written as PKCS#8 PEM and bare Base64 (the private
   * key, which the library loads either way) and as SPKI PEM and bare Base64 (the public key, to upload to PayKKa).
   */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a new RSA 2048 merchant key pair into a directory:",
        "  NAME-private.pem   PKCS#8 PEM (BEGIN PRIVATE KEY): the library's merchantPrivateKey",
        "  NAME-private.b64   the same key as bare Base64 (one line), as many secret stores hold it",
        "  NAME-public.pem    SPKI PEM (BEGIN PUBLIC KEY): the sandbox's --merchant-public-key",
        "  NAME-public.b64    the public key as bare Base64 (one line): upload it to PayKKa",
        "Private key files are readable by their owner only (where the file system allows). Existing files are "
            + "never overwritten."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:written", "2:wrong arguments", "3:cannot write (a file exists, a directory is missing)"})
  static final class Generate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "where to write the files (default: .)")
    Path dir = Path.of(".");

    @Option(names = "--name", paramLabel = "NAME", description = "file name prefix (default: merchant)")
    String name = "merchant";

    @Override
    public Integer call() {
      if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
        throw CliFailure.usage("--name: 1 to 64 letters, digits, '.', '_' or '-'");
      }
      if (!Files.isDirectory(dir)) throw CliFailure.cannotRun("--out-dir " + dir + ": not a directory");
      Path privatePem = dir.resolve(name + "-private.pem");
      Path privateB64 = dir.resolve(name + "-private.b64");
      Path publicPem = dir.resolve(name + "-public.pem");
      Path publicB64 = dir.resolve(name + "-public.b64");
      for (Path p : new Path[] {privatePem, privateB64, publicPem, publicB64}) {
        if (Files.exists(p)) throw CliFailure.cannotRun(p + " exists: keys are never overwritten; remove it or --name");
      }
      KeyPair pair;
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw CliFailure.cannotRun("this JVM cannot generate RSA keys: " + e.getMessage());
      }
      writeSecret(privatePem, TestKeys.privateKeyPem(pair.getPrivate()));
      writeSecret(privateB64, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
      write(publicPem, TestKeys.publicKeyPem(pair.getPublic()));
      String publicBase64 = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
      write(publicB64, publicBase64 + "\n");
      PrintWriter out = spec.commandLine().getOut();
      out.println("private key (PKCS#8 PEM):    " + privatePem);
      out.println("private key (bare Base64):   " + privateB64);
      out.println("public key (SPKI PEM):       " + publicPem);
      out.println("public key (bare Base64):    " + publicB64);
      out.println();
      out.println("Give PayKKa this public key (where its merchant portal asks for the merchant public key);");
      out.println("keep the private key secret:");
      out.println(publicBase64);
      out.flush();
      return PaykkaCommand.OK;
    }

    private static void writeSecret(Path p, String text) {
      try {
        Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: created below with its default permissions
      } catch (FileAlreadyExistsException e) {
        throw CliFailure.cannotRun(p + " exists: keys are never overwritten");
      } catch (IOException e) {
        throw CliFailure.cannotRun(p + ": cannot write (" + e + ")");
      }
      write(p, text);
    }

    private static void write(Path p, String text) {
      try {
        Files.writeString(p, text, US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException e) {
        throw CliFailure.cannotRun(p + ": cannot write (" + e + ")");
      }
    }
  }
}

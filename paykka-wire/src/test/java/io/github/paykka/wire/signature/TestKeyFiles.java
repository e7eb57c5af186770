package io.github.paykka.wire.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/** Reads the committed TEST KEY - NEVER USE IN PRODUCTION files. */
final class TestKeyFiles {
  static final String PREFIX = "/test-keys/test-key-never-use-in-production.";

  private TestKeyFiles() {}

  static String text(String suffix) {
    try (InputStream in = TestKeyFiles.class.getResourceAsStream(PREFIX + suffix)) {
      if (in == null) throw new IllegalStateException("no test key " + suffix);
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file without its warning comment line. */
  static String withoutComment(String suffix) {
    return text(suffix).lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
  }

  static PrivateKey privateKey() {
    return PemKeys.privateKey(text("pkcs8.pem"));
  }

  static PublicKey publicKey() {
    return PemKeys.publicKey(text("public.pem"));
  }
}

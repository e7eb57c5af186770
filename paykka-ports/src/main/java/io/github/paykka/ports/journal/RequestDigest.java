package io.github.paykka.ports.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of a request that a journal entry keeps: {@code sha256:} and 64 hex digits, so that two intents for
 * one reference can be told apart (the same {@code trans_id} sent with another amount) without storing the request.
 *
 * <p>It is taken over the request's {@code toString()}, in which the domain masks card numbers (BIN and last four at
 * most) and hides CVVs and cryptograms: a digest never hashes card data, so it cannot be reversed to it. Digests
 * are comparable within one version of the library; the form may change between versions.
 */
public final class RequestDigest {
  private static final String PREFIX = "sha256:";

  private RequestDigest() {}

  /** The digest of {@code request}'s masked text form. */
  public static String of(Object request) {
    requireNonNull(request, "request == null");
    return ofText(request.toString());
  }

  /** The digest of {@code text}, e.g. a canonical form of your own; it must not contain card data. */
  public static String ofText(String text) {
    requireNonNull(text, "text == null");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8));
      return PREFIX + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

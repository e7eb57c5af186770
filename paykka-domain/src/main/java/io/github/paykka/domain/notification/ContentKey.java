package io.github.paykka.domain.notification;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.vavr.control.Option;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** Builds a deduplication key: a readable prefix, then a digest of every part. Pure; one instance per key. */
final class ContentKey {
  private final StringBuilder content = new StringBuilder(256);

  /** Adds one field; length-prefixed, so that no two different lists of parts read the same. */
  ContentKey part(String value) {
    content.append(value.length()).append(':').append(value).append(';');
    return this;
  }

  /** Adds an optional field: absent and present-but-empty differ. */
  ContentKey part(Option<String> value) {
    return value.isEmpty() ? part("-") : part("+" + value.get());
  }

  /** Adds an amount: minor units and currency. */
  ContentKey part(io.github.paykka.domain.money.Money money) {
    return part(money.minorUnits() + " " + money.currency().code());
  }

  /**
   * {@code prefix + ":" + digest}: the first 128 bits of the SHA-256 of the parts, Base64url, 22 characters. A prefix
   * too long for {@link Notification#MAX_DEDUPLICATION_KEY_LENGTH} (identifiers of many non-ASCII characters) is cut,
   * which loses nothing: the digest covers every part.
   */
  String key(String prefix) {
    int room = Notification.MAX_DEDUPLICATION_KEY_LENGTH - 23;
    if (prefix.length() > room) {
      // never cut a surrogate pair in half
      prefix = prefix.substring(0, Character.isHighSurrogate(prefix.charAt(room - 1)) ? room - 1 : room);
    }
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(UTF_8));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform has SHA-256
      throw new IllegalStateException(e);
    }
    return prefix + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
  }
}

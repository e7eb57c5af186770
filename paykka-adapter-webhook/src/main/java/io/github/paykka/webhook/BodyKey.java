package io.github.paykka.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The deduplication key of a notification the listener cannot take: a digest of its body without the top-level
 * {@code timestamp}, so that a redelivery signed anew is the same notification.
 *
 * <p>The digest is over a canonical form of the JSON (keys sorted, each text length-prefixed), not over the bytes, so
 * that a redelivery serialised with other spacing or key order is recognised too.
 */
final class BodyKey {
  private BodyKey() {}

  /**
   * {@code unknown:<merchant>:<digest>}: at most 8 + 32 + 1 + 22 characters for a valid merchant id.
   *
   * @param tree the parsed body, or null if it could not be parsed (then the raw bytes are digested as they are)
   */
  static String of(String merchantId, @Nullable JsonNode tree, byte[] raw) {
    byte[] content;
    if (tree == null) {
      content = raw;
    } else {
      StringBuilder sb = new StringBuilder(raw.length + 32);
      canonical(tree, sb, true);
      content = sb.toString().getBytes(UTF_8);
    }
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      // every Java platform has SHA-256
      throw new IllegalStateException(e);
    }
    String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
    return "unknown:" + merchantId + ":" + digest;
  }

  private static void canonical(JsonNode node, StringBuilder sb, boolean top) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>(node.size());
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
      names.sort(null);
      sb.append('{');
      for (String name : names) {
        if (top && "timestamp".equals(name)) continue;
        text(name, sb);
        canonical(node.get(name), sb, false);
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (JsonNode element : node) canonical(element, sb, false);
      sb.append(']');
    } else if (node.isTextual()) {
      sb.append('s');
      text(node.textValue(), sb);
    } else if (node.isNumber()) {
      sb.append('n');
      text(node.asText(), sb);
    } else if (node.isBoolean()) {
      sb.append(node.booleanValue() ? 't' : 'f');
    } else {
      sb.append('z');
    }
  }

  private static void text(String s, StringBuilder sb) {
    sb.append(s.length()).append(':').append(s);
  }
}

package io.github.paykka.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The comparisons that bind an answer to its request: each names the field and both values (identifiers, merchant,
 * amounts; never card data), or is null when they agree. An absent field agrees: whether it is required is the
 * mapper's decision, which then fails the answer on its own terms.
 */
final class Bindings {
  private Bindings() {}

  /** {@code got} (from the answer) is absent or equals {@code asked}. */
  static @Nullable String same(String field, @Nullable String got, String asked) {
    if (got == null || got.isEmpty() || got.equals(asked)) return null;
    return field + " is '" + printable(got) + "' where '" + asked + "' was asked";
  }

  /** {@code got} is absent or equals {@code asked}. */
  static @Nullable String same(String field, @Nullable Long got, long asked) {
    if (got == null || got == asked) return null;
    return field + " is " + got + " where " + asked + " was asked";
  }

  /** A currency code or a domain: absent, or the same letters in any case. */
  static @Nullable String sameIgnoringCase(String field, @Nullable String got, String asked) {
    if (got == null || got.isEmpty() || got.toUpperCase(Locale.ROOT).equals(asked.toUpperCase(Locale.ROOT))) return null;
    return field + " is '" + printable(got) + "' where '" + asked + "' was asked";
  }

  /** The text field {@code name} of a data object, if it has one. */
  static @Nullable String text(@Nullable JsonNode data, String name) {
    if (data == null || !data.isObject()) return null;
    JsonNode v = data.get(name);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  /** The first mismatch, or null. */
  static @Nullable String first(@Nullable String... mismatches) {
    for (String m : mismatches) if (m != null) return m;
    return null;
  }

  /** At most 64 printable ASCII characters of a value from an answer. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 64));
    for (int i = 0; i < value.length() && out.length() < 64; i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }
}

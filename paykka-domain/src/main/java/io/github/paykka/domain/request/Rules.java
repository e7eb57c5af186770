package io.github.paykka.domain.request;

import io.github.paykka.domain.validation.FieldError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The field rules of the seeds, each adding a {@link FieldError} that names the field and never the value. */
final class Rules {
  private Rules() {}

  static void required(List<FieldError> errors, String field, @Nullable Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) errors.add(new FieldError(field, "is required"));
  }

  /**
   * The length of {@code value} as the seeds count it: characters, i.e. Unicode code points (an emoji is one
   * character, though Java stores it as two {@code char}s).
   */
  static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  static void maxLength(List<FieldError> errors, String field, @Nullable String value, int max) {
    if (value == null) return;
    int length = length(value);
    if (length > max) errors.add(new FieldError(field, "must be at most " + max + " characters, has " + length));
  }

  static void lengthBetween(List<FieldError> errors, String field, @Nullable String value, int min, int max) {
    if (value == null) return;
    int length = length(value);
    if (length < min || length > max) {
      errors.add(new FieldError(field, "must be " + min + " to " + max + " characters, has " + length));
    }
  }

  static void atLeast(List<FieldError> errors, String field, @Nullable Number value, long min) {
    if (value != null && value.longValue() < min) errors.add(new FieldError(field, "must be at least " + min));
  }

  static void country(List<FieldError> errors, String field, @Nullable String value) {
    if (value != null && !value.matches("[A-Z]{2}")) {
      errors.add(new FieldError(field, "must be an ISO 3166-1 alpha-2 code such as FR"));
    }
  }

  static void absoluteHttpUrl(List<FieldError> errors, String field, @Nullable String value) {
    if (value != null && !isAbsoluteHttpUrl(value)) errors.add(new FieldError(field, "must be an absolute http(s) URL"));
  }

  /**
   * Whether {@code value} is an absolute http or https URL with a non-empty host, read by RFC 3986's grammar without
   * {@code java.net} (the domain does no networking): a scheme {@code http} or {@code https} (any case), {@code //},
   * an authority with a host (after any {@code userinfo@}, before any {@code :port} of digits), then a path, query
   * and fragment of URI characters ({@code %} followed by two hex digits; non-ASCII letters are accepted, as
   * {@code java.net.URI} accepts them). A host that is not a valid internet host name is accepted as long as it is
   * there: seed 000's own example is {@code https://your_url}, and PayKKa is the judge of what it can reach.
   */
  static boolean isAbsoluteHttpUrl(String value) {
    int colon = value.indexOf("://");
    if (colon < 0) return false;
    String scheme = value.substring(0, colon);
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) return false;
    String rest = value.substring(colon + 3);
    if (!uriCharacters(rest)) return false;
    int end = 0;
    while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) end++;
    String host = rest.substring(rest.lastIndexOf('@', end - 1) + 1, end);
    if (host.startsWith("[")) return host.indexOf(']') > 1 && port(host.substring(host.indexOf(']') + 1));
    int portColon = host.lastIndexOf(':');
    if (portColon >= 0 && !port(host.substring(portColon))) return false;
    return !(portColon >= 0 ? host.substring(0, portColon) : host).isEmpty();
  }

  /** Empty, or {@code :} and digits (an empty port is allowed by RFC 3986). */
  private static boolean port(String text) {
    if (text.isEmpty()) return true;
    if (text.charAt(0) != ':') return false;
    for (int i = 1; i < text.length(); i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
    return true;
  }

  /** RFC 3986 unreserved, reserved and percent-encoded characters, and non-ASCII letters and digits. */
  private static boolean uriCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length() || !hex(text.charAt(i + 1)) || !hex(text.charAt(i + 2))) return false;
        i += 2;
      } else if (c < 128) {
        if (!(Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=".indexOf(c) >= 0)) return false;
      } else if (Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static void mustBeAbsent(List<FieldError> errors, String field, @Nullable Object value, String why) {
    if (value != null) errors.add(new FieldError(field, "must be absent " + why));
  }
}

package io.github.paykka.domain.request;

import io.github.paykka.domain.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
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
   * Whether {@code value} is an absolute http or https URL with a non-empty host. A host that is not a valid
   * internet host name is accepted as long as it is there: seed 000's own example is {@code https://your_url}, for
   * which {@link URI#getHost()} is null (the underscore makes it a "registry" authority), and PayKKa is the judge
   * of what it can reach.
   */
  static boolean isAbsoluteHttpUrl(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme();
    if (!uri.isAbsolute() || uri.isOpaque()
        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      return false;
    }
    if (uri.getHost() != null) return true;
    String authority = uri.getRawAuthority();
    if (authority == null) return false;
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = host.lastIndexOf(':');
    if (colon >= 0) host = host.substring(0, colon);
    return !host.isEmpty();
  }

  static void mustBeAbsent(List<FieldError> errors, String field, @Nullable Object value, String why) {
    if (value != null) errors.add(new FieldError(field, "must be absent " + why));
  }
}

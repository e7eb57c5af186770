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

  static void maxLength(List<FieldError> errors, String field, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters, has " + value.length()));
    }
  }

  static void lengthBetween(List<FieldError> errors, String field, @Nullable String value, int min, int max) {
    if (value != null && (value.length() < min || value.length() > max)) {
      errors.add(new FieldError(field, "must be " + min + " to " + max + " characters, has " + value.length()));
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
    if (value == null) return;
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (!uri.isAbsolute() || uri.getHost() == null
          || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
        errors.add(new FieldError(field, "must be an absolute http(s) URL"));
      }
    } catch (URISyntaxException e) {
      errors.add(new FieldError(field, "must be an absolute http(s) URL"));
    }
  }

  static void mustBeAbsent(List<FieldError> errors, String field, @Nullable Object value, String why) {
    if (value != null) errors.add(new FieldError(field, "must be absent " + why));
  }
}

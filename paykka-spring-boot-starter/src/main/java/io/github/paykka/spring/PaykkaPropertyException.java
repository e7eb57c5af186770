package io.github.paykka.spring;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@code paykka.*} property is missing or unusable: start-up stops, and {@link PaykkaFailureAnalyzer} reports the
 * property by name. Carries no cause: the builders' messages say what is wrong without quoting a key, and their stack
 * traces would only hide the property.
 */
final class PaykkaPropertyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** A setting named at the start of a builder's message: {@code callDeadline must ...}, {@code retry.jitter must}. */
  private static final Pattern SETTING = Pattern.compile("^([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)?)(?=[ :#])");

  private final String property;
  private final String problem;

  PaykkaPropertyException(String property, String problem) {
    super(property + ": " + problem, null, false, false);
    this.property = requireNonNull(property, "property == null");
    this.problem = requireNonNull(problem, "problem == null");
  }

  /** A required property that is not set. */
  static PaykkaPropertyException missing(String property, String what) {
    return new PaykkaPropertyException(property, "is required: " + what);
  }

  /**
   * The property behind a builder's or a settings record's refusal, from the setting its message starts with
   * ({@code retry.maxAttempts must be in [1, 20], was 0} is {@code paykka.retry.max-attempts}); {@code fallback} when
   * the message names no setting.
   *
   * @param prefix what a setting's kebab-case name is prefixed with to make its property, or {@code null} when only
   *     {@code renames} name properties
   * @param renames settings whose property is not their kebab-case name (e.g. {@code platformPublicKey})
   */
  static PaykkaPropertyException fromBuilder(RuntimeException refusal, @Nullable String prefix,
      Map<String, String> renames, String fallback) {
    String message = String.valueOf(refusal.getMessage());
    Matcher m = SETTING.matcher(message);
    String setting = m.find() ? m.group(1) : "";
    String property = renames.get(setting);
    if (property == null && prefix != null && !setting.isEmpty()) property = prefix + kebab(setting);
    if (property == null) return new PaykkaPropertyException(fallback, message);
    String rest = message.substring(m.end()).replaceFirst("^:\\s*", "").strip();
    return new PaykkaPropertyException(property, rest.isEmpty() ? message : rest);
  }

  /** {@code circuitBreaker.waitInOpenState} as {@code circuit-breaker.wait-in-open-state}. */
  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** The property, e.g. {@code paykka.merchant-private-key}. */
  String property() {
    return property;
  }

  /** What is wrong with it, without the property's name. */
  String problem() {
    return problem;
  }
}

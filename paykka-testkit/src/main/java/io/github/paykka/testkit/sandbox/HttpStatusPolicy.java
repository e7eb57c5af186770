package io.github.paykka.testkit.sandbox;

/**
 * The HTTP status the sandbox answers for each {@code ret_code}: the one table of the assumption documented on
 * {@link PaykkaSandbox}.
 *
 * <p>Seed 004 says 200 = processed, 4xx = client error (invalid format, missing parameters, invalid state, ...), 5xx =
 * server error. A processed request, including a declined payment ({@code 000000} with {@code status FAILURE}), is 200.
 */
final class HttpStatusPolicy {
  private HttpStatusPolicy() {}

  static int statusOf(String retCode) {
    return switch (retCode) {
      case "000000" -> 200;
      case "206001", "206002", "206003", "206004", "206005", "206006", "206007", "206008", "010100", "010200" -> 401;
      case "206011", "206024", "010002" -> 404;
      case "010001" -> 429;
      case "999999" -> 500;
      // 010000 bad input and every business refusal (invalid state, amount beyond balance, cancelled agreement, ...)
      default -> 400;
    };
  }
}

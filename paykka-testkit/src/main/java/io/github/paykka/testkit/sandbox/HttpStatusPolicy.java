package io.github.paykka.testkit.sandbox;

import io.github.paykka.wire.error.RetCode;

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
      case RetCode.SUCCESS -> 200;
      case RetCode.INVALID_VERSION, RetCode.SIGNATURE_MISSING, RetCode.SIGNATURE_ERROR, RetCode.SIGNATURE_EXPIRED,
          RetCode.MERCHANT_UNKNOWN, RetCode.MERCHANT_KEY_MISSING, RetCode.MERCHANT_DISABLED, RetCode.MEMBER_DISABLED,
          RetCode.UNAUTHORIZED, RetCode.UNAUTHORIZED_SIGNATURE -> 401;
      case RetCode.SESSION_NOT_FOUND, RetCode.ORDER_NOT_FOUND, RetCode.DATA_NOT_FOUND -> 404;
      case RetCode.TOO_MANY_REQUESTS -> 429;
      case RetCode.SYSTEM_ERROR -> 500;
      // 010000 bad input and every business refusal (invalid state, amount beyond balance, cancelled agreement, ...)
      default -> 400;
    };
  }
}

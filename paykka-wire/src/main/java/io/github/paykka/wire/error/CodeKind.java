package io.github.paykka.wire.error;

/** The two code namespaces of PayKKa. */
public enum CodeKind {
  /** The six-digit {@code ret_code} of the response envelope: did PayKKa process the request. */
  RET_CODE,
  /** The transaction {@code error_code} of {@code data} or a notification: why a processed transaction failed. */
  ERROR_CODE
}

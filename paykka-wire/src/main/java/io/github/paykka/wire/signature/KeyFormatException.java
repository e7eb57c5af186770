package io.github.paykka.wire.signature;

/**
 * A key could not be read: the message says what was expected, never what was given (no key material, no parser noise).
 */
public final class KeyFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that must not quote the input. */
  public KeyFormatException(String message) {
    super(message);
  }
}

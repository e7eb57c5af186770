package io.github.paykka.wire;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 validation of raw bytes, shared by the codec and the signature field reader.
 *
 * <p>Jackson and {@code new String(bytes, UTF_8)} both decode some malformed sequences instead of refusing them (an
 * overlong {@code C0 AF} reads as {@code "/"} in Jackson); validating the bytes first closes that door everywhere.
 *
 * <p>Package-private: the signature scheme reads it through {@link WireCodec#isWellFormedUtf8(byte[])}, so that there
 * is one strict check, not two.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Whether {@code bytes} are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no
   * truncated sequence); pure ASCII takes a fast path.
   */
  static boolean isValid(byte[] bytes) {
    requireNonNull(bytes, "bytes == null");
    int i = 0;
    int n = bytes.length;
    while (i < n && bytes[i] >= 0) i++;
    if (i == n) return true;
    try {
      // the JDK decoder follows the Unicode standard's well-formedness table (Table 3-7), REPORT refuses the rest
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, i, n - i));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}

package io.github.paykka.wire.signature;

/**
 * Strict UTF-8 well-formedness (RFC 3629, Unicode Table 3-7): no overlong forms, no surrogates, nothing above
 * U+10FFFF, no truncated sequence. Jackson decodes some malformed sequences instead of refusing them (an overlong
 * {@code C0 AF} reads as {@code "/"}), so the field reader checks the bytes first.
 *
 * <p>Package-private stand-in for {@code io.github.paykka.wire.internal.Utf8.isValid}, which another branch adds; one
 * of the two goes when both are merged.
 */
final class StrictUtf8 {
  private StrictUtf8() {}

  /** Whether {@code b} is well-formed UTF-8; pure ASCII takes a fast path, nothing is allocated. */
  static boolean isValid(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0; // overlong below U+0800
        if (c == 0xED) hi = 0x9F; // surrogates U+D800..U+DFFF
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90; // overlong below U+10000
        if (c == 0xF4) hi = 0x8F; // above U+10FFFF
      } else {
        return false; // C0, C1 (overlong), F5..FF, or a stray continuation byte
      }
      if (i + need >= n) return false; // truncated at the end
      int second = b[i + 1] & 0xFF;
      if (second < lo || second > hi) return false;
      for (int k = 2; k <= need; k++) {
        int cont = b[i + k] & 0xFF;
        if (cont < 0x80 || cont > 0xBF) return false;
      }
      i += need + 1;
    }
    return true;
  }
}

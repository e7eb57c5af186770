package io.github.paykka.ports;

import java.util.regex.Pattern;

/**
 * PayKKa's (or an intermediary's) text made safe to keep in a {@link GatewayFailure} and print: every failure's
 * constructor passes its free text through here, whoever builds it. Declines pass through it on every call, so the
 * pattern is compiled once.
 */
final class UntrustedText {
  /** Twelve digits or more, possibly grouped by spaces or dashes: it could be a card number. */
  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9](?:[ -]?[0-9]){11,}");

  private UntrustedText() {}

  /** At most 16 letters, digits, {@code -} and {@code _} of {@code code}. */
  static String code(String code) {
    StringBuilder out = new StringBuilder(16);
    for (int i = 0; i < code.length() && out.length() < 16; i++) {
      char c = code.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} reduced to printable characters (controls and invisible format characters become spaces, runs of
   * spaces one), every run of 12 or more digits (spaces or dashes between them allowed) masked, as it could be a card
   * number, at most 120 code points.
   */
  static String text(String text) {
    StringBuilder printable = new StringBuilder(Math.min(text.length(), 256));
    for (int i = 0, n = 0; i < text.length() && n < 400; n++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean invisible = Character.isISOControl(cp) || Character.isWhitespace(cp) || type == Character.FORMAT
          || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
      if (!invisible) {
        printable.appendCodePoint(cp);
      } else if (printable.length() > 0 && printable.charAt(printable.length() - 1) != ' ') {
        printable.append(' ');
      }
    }
    String masked = LONG_DIGIT_RUN.matcher(printable).replaceAll("***").strip();
    int end = masked.offsetByCodePoints(0, Math.min(120, masked.codePointCount(0, masked.length())));
    return masked.substring(0, end).strip();
  }
}

package io.github.paykka.webhook;

/** Makes untrusted text (what a notification sender wrote) safe for a log line; package-private. */
final class UntrustedText {
  private static final java.util.regex.Pattern CARD_LIKE = java.util.regex.Pattern.compile("\\d{13,}");

  private UntrustedText() {}

  /** Untrusted text for a log line: at most {@code max} characters, one line, no run of digits as long as a PAN. */
  static String untrusted(String s, int max) {
    return CARD_LIKE.matcher(printable(s, max)).replaceAll("#");
  }

  /** At most {@code max} characters of {@code s}, control characters replaced, so a log line stays one line. */
  static String printable(String s, int max) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), max) + 3);
    for (int i = 0; i < s.length() && i < max; i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? '?' : c);
    }
    if (s.length() > max) sb.append("...");
    return sb.toString();
  }
}

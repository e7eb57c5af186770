package io.github.paykka.webhook;

/** Makes untrusted text safe for a log line. */
final class Text {
  private Text() {}

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

package io.github.paykka.webhook;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request body up to a limit, shared by every binding: the bytes exactly as sent (never re-serialised), and
 * never more than {@code limit + 1} of them, whatever {@code Content-Length} says. Package-private: the bindings
 * hand the handler their {@code InputStream} ({@link PaykkaWebhookHandler#handle(String, java.util.Map,
 * java.io.InputStream)}), which reads it here.
 */
final class BoundedBody {
  private BoundedBody() {}

  /**
   * Reads {@code in} to its end, or until it proves longer than {@code limit}.
   *
   * @return the bytes, or {@code null} if the body is longer than {@code limit} (then at most {@code limit + 1}
   *     bytes were consumed)
   * @throws IOException if reading fails
   */
  static byte @Nullable [] read(InputStream in, int limit) throws IOException {
    requireNonNull(in, "in == null");
    if (limit < 0) throw new IllegalArgumentException("limit < 0: " + limit);
    byte[] buf = new byte[Math.min(limit + 1, 8192)];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (n > limit) return null;
        // grow towards limit + 1, never beyond: one byte past the limit is the proof it is too long
        buf = Arrays.copyOf(buf, (int) Math.min((long) limit + 1, (long) n * 2));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) break;
      n += r;
    }
    if (n > limit) return null;
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }
}

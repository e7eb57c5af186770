package io.github.paykka.http;

/**
 * One request on the wire, attached to the OkHttp request as a tag: the network interceptor marks it sent when OkHttp is
 * about to write it on a connection, notes whether that connection had served a request before, and marks it answered
 * once the answer's headers arrived. A failure before "sent" means nothing reached PayKKa; a failure after "sent" on a
 * reused connection before "answered" is most likely a connection the server had closed while it sat in the pool.
 */
final class Attempt {
  private volatile boolean sent;
  private volatile boolean reused;
  private volatile boolean answered;

  void markSent(boolean onReusedConnection) {
    reused = onReusedConnection;
    sent = true;
  }

  void markAnswered() {
    answered = true;
  }

  /** Whether the request was handed to a connection (it may have reached PayKKa). */
  boolean sent() {
    return sent;
  }

  /** Whether the connection had carried an earlier request (it came from the pool). */
  boolean reused() {
    return reused;
  }

  /** Whether the answer's status line and headers arrived. */
  boolean answered() {
    return answered;
  }
}

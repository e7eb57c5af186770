package io.github.paykka.http.internal;

/**
 * One request on the wire, attached to the OkHttp request as a tag: the network interceptor marks it sent when OkHttp is
 * about to write it on a connection. A failure before that point means nothing reached PayKKa.
 */
public final class Attempt {
  private volatile boolean sent;

  void markSent() {
    sent = true;
  }

  /** Whether the request was handed to a connection (it may have reached PayKKa). */
  public boolean sent() {
    return sent;
  }
}

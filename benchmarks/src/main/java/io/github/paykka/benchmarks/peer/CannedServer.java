package io.github.paykka.benchmarks.peer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One loopback HTTP server for both clients: each path answers the same canned bytes (with their headers) every time,
 * after reading the whole request body, so that the server costs both sides alike.
 */
final class CannedServer implements AutoCloseable {
  /** A canned answer: status, headers, body. */
  record Answer(Map<String, String> headers, byte[] body) {}

  private final HttpServer server;
  private final ExecutorService threads;

  CannedServer(Map<String, Answer> byPath, int threads) throws IOException {
    this.threads = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "canned-server");
      t.setDaemon(true);
      return t;
    });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    byPath.forEach((path, answer) -> server.createContext(path, exchange -> answer(exchange, answer)));
    server.setExecutor(this.threads);
    server.start();
  }

  private static void answer(HttpExchange exchange, Answer answer) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(200, answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
  }

  /** {@code http://127.0.0.1:port} */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

package io.github.paykka.webhook;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.webhook.TestPlatform.Delivery;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK binding on an {@link HttpServer} bound to 127.0.0.1:0, and a client that posts deliveries to it the way
 * PayKKa does: the exact bytes, the signature headers, again until HTTP 200 (bounded).
 */
final class LoopbackServer implements AutoCloseable {
  private static final Set<String> RESTRICTED = Set.of("content-length", "connection", "host", "expect", "upgrade");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
  final URI notifyUrl;

  LoopbackServer(PaykkaWebhookHandler handler) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/paykka/notify", PaykkaHttpHandler.of(handler));
    server.setExecutor(executor);
    server.start();
    notifyUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/paykka/notify");
  }

  HttpResponse<String> send(String method, Delivery d, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(notifyUrl).timeout(Duration.ofSeconds(30)).method(method, body);
    for (Map.Entry<String, List<String>> h : d.headers().entrySet()) {
      if (RESTRICTED.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) continue;
      for (String v : h.getValue()) b.header(h.getKey(), v);
    }
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> post(Delivery d) {
    return send("POST", d, HttpRequest.BodyPublishers.ofByteArray(d.body()));
  }

  /** Posts {@code d} until it is acknowledged, at most {@code maxAttempts} times; the statuses seen, in order. */
  List<Integer> deliverUntilAcknowledged(Delivery d, int maxAttempts) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < maxAttempts; i++) {
      int status = post(d).statusCode();
      statuses.add(status);
      if (status == 200) break;
    }
    return statuses;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

package io.github.paykka.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.paykka.wire.signature.SignatureScheme;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A bare HTTP server on a loopback {@link ServerSocket}, for what the sandbox cannot do: answer with canned bytes
 * (signed with the test platform key, or not signed at all), speak HTTP/1.0 or HTTP/1.1, close the connection after
 * every answer without saying so, or drop a request after it was processed. It can also relay to a sandbox, so that
 * every operation gets a real, stateful, signed answer through a server that behaves badly on the connection level.
 */
final class LoopbackServer implements AutoCloseable {
  private static final SignatureScheme SCHEME = SignatureScheme.standard();

  /** One request as received. */
  record Request(String method, String path, Map<String, String> headers, byte[] body, int indexOnConnection) {
    String text() {
      return new String(body, UTF_8);
    }
  }

  /**
   * What to do with a request.
   *
   * @param status the HTTP status
   * @param headers extra headers (a {@code signature}, a {@code Server} ...)
   * @param body the body bytes
   * @param drop close the connection without answering (after the handler ran, so after any relaying)
   */
  record Reply(int status, Map<String, String> headers, byte[] body, boolean drop) {
    /** A JSON body signed with the test platform key. */
    static Reply signed(int status, String json) {
      byte[] bytes = json.getBytes(UTF_8);
      return new Reply(status, Map.of("signature", SCHEME.signResponse(SandboxFixture.PLATFORM_KEYS.signer(), bytes),
          "Content-Type", "application/json"), bytes, false);
    }

    /** A body without any signature. */
    static Reply unsigned(int status, String contentType, String body, Map<String, String> headers) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put("Content-Type", contentType);
      return new Reply(status, all, body.getBytes(UTF_8), false);
    }

    static Reply dropped() {
      return new Reply(0, Map.of(), new byte[0], true);
    }
  }

  @FunctionalInterface
  interface Handler {
    Reply handle(Request request) throws Exception;
  }

  /** How connections behave after an answer. */
  enum Mode {
    /** HTTP/1.1 with Content-Length, connection kept open. */
    KEEP_ALIVE,
    /** HTTP/1.1 with Content-Length and no {@code Connection: close}, but the socket closed after every answer. */
    CLOSE_SILENTLY,
    /** HTTP/1.0 with Content-Length and no keep-alive: closed after every answer, as HTTP/1.0 means. */
    HTTP_1_0
  }

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "loopback-server");
    t.setDaemon(true);
    return t;
  });
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile Handler handler;
  private volatile Mode mode;
  /** Every request read, in order. */
  final List<Request> requests = new CopyOnWriteArrayList<>();

  LoopbackServer(Mode mode, Handler handler) throws IOException {
    this.mode = mode;
    this.handler = handler;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  void handler(Handler handler) {
    this.handler = handler;
  }

  int port() {
    return server.getLocalPort();
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  long count(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  /** An adapter builder for this server, with the test keys and short timeouts. */
  PaykkaHttpAdapter.Builder adapter() {
    return PaykkaHttpAdapter.builder()
        .merchantId(SandboxFixture.MERCHANT_ID)
        .merchantPrivateKey(SandboxFixture.MERCHANT_KEYS.privateKeyPem())
        .platformPublicKey(SandboxFixture.PLATFORM_KEYS.publicKeyPem())
        .environment(PaykkaEnvironment.local(url()))
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(2))
        .callDeadline(Duration.ofSeconds(5))
        .retry(RetrySettings.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)));
  }

  /** A handler that relays every request to {@code base} (a sandbox) and answers with what it answered. */
  static Handler relayTo(URI base) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return request -> {
      HttpRequest.Builder forward = HttpRequest.newBuilder(base.resolve(request.path().substring(1)))
          .timeout(Duration.ofSeconds(5))
          .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
      for (String h : List.of("type", "signature", "version", "content-type")) {
        String v = request.headers().get(h);
        if (v != null) forward.header(h, v);
      }
      HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, String> headers = new LinkedHashMap<>();
      answer.headers().firstValue("signature").ifPresent(v -> headers.put("signature", v));
      headers.put("Content-Type", "application/json");
      return new Reply(answer.statusCode(), headers, answer.body(), false);
    };
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      for (int index = 1; ; index++) {
        Request request = read(in, index);
        if (request == null) return;
        requests.add(request);
        Reply reply;
        try {
          reply = handler.handle(request);
        } catch (Exception e) {
          reply = Reply.unsigned(500, "text/plain", "handler failed: " + e, Map.of());
        }
        if (reply.drop()) return;
        Mode m = mode;
        write(out, reply, m);
        if (m != Mode.KEEP_ALIVE) return;
      }
    } catch (IOException e) {
      // the client went away
    } finally {
      open.remove(socket);
    }
  }

  private static Request read(InputStream in, int index) throws IOException {
    String requestLine = line(in);
    if (requestLine == null || requestLine.isEmpty()) return null;
    String[] parts = requestLine.split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      if (colon > 0) headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Request(parts[0], parts[1], headers, body, index);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); ; b = in.read()) {
      if (b == -1) return line.size() == 0 ? null : line.toString(ISO_8859_1);
      if (b == '\n') break;
      if (b != '\r') line.write(b);
    }
    return line.toString(ISO_8859_1);
  }

  private static void write(OutputStream out, Reply reply, Mode mode) throws IOException {
    StringBuilder head = new StringBuilder()
        .append(mode == Mode.HTTP_1_0 ? "HTTP/1.0 " : "HTTP/1.1 ").append(reply.status()).append(' ')
        .append(reason(reply.status())).append("\r\n")
        .append("Content-Length: ").append(reply.body().length).append("\r\n");
    reply.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    out.write(head.toString().getBytes(ISO_8859_1));
    out.write(reply.body());
    out.flush();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 407 -> "Proxy Authentication Required";
      case 502 -> "Bad Gateway";
      default -> "Status";
    };
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) s.close();
    threads.shutdownNow();
  }
}

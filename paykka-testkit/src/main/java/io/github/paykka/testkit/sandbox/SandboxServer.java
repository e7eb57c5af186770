package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.error.RetCode;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.operation.WireOperation;
import io.github.paykka.wire.signature.SignatureFailure;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.SignedFields;
import io.github.paykka.wire.signature.Signer;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front: JDK {@link HttpServer} on loopback, a bounded pool, authentication, bounded body reading, faults,
 * signed answers. Holds no PayKKa state: that is the {@link SandboxBackend}'s.
 */
final class SandboxServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SandboxServer.class);

  /** The identifier fields of request bodies the request log keeps. */
  private static final List<String> IDENTIFIERS =
      List.of("trans_id", "order_id", "session_id", "refund_trans_id", "refund_order_id", "ori_order_id");

  /** The most an over-long body is read (and discarded) before the connection is closed. */
  private static final long DISCARD_LIMIT = 16L << 20;

  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private volatile SandboxBackend backend = UNAVAILABLE;
  private volatile HttpHandler pages = SandboxServer::noPages;
  private final Faults faults;
  private final RequestLog requests;
  private final WireCodec codec;
  private final SignatureScheme scheme;
  private final Signer platformSigner;
  private final Map<String, List<PublicKey>> merchants;
  private final int maxBodyBytes;
  private final Supplier<Quirks> quirks;
  private final QuirkRewriter rewriter;

  SandboxServer(
      int port,
      Faults faults,
      RequestLog requests,
      WireCodec codec,
      SignatureScheme scheme,
      Signer platformSigner,
      Map<String, List<PublicKey>> merchants,
      int maxBodyBytes,
      int threads,
      Supplier<Quirks> quirks)
      throws IOException {
    this.quirks = quirks;
    this.rewriter = new QuirkRewriter(codec);
    this.faults = faults;
    this.requests = requests;
    this.codec = codec;
    this.scheme = scheme;
    this.platformSigner = platformSigner;
    this.merchants = Map.copyOf(merchants);
    this.maxBodyBytes = maxBodyBytes;
    AtomicInteger n = new AtomicInteger();
    // bounded: a flood of requests queues (then runs on the dispatcher thread) instead of growing threads
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1024),
            r -> {
              Thread t = new Thread(r, "paykka-sandbox-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    server.setExecutor(pool);
    server.createContext("/", this::handleApi);
    server.createContext("/sandbox/", exchange -> pages.handle(exchange));
  }

  /** Serves {@code backend}'s API and {@code pages} (the dashboard, shopper pages and triggers) from now on. */
  void start(SandboxBackend backend, HttpHandler pages) {
    this.backend = backend;
    this.pages = pages;
    server.start();
  }

  private static final SandboxBackend UNAVAILABLE =
      new SandboxBackend() {
        @Override
        public ApiReply handle(WireOperation<?, ?> operation, String merchantId, byte[] body) {
          return ApiReply.error(RetCode.SYSTEM_ERROR, "System exception: sandbox not started");
        }

      };

  // The pages of a sandbox whose backend is not the simulated PayKKa (tests of the HTTP front).
  private static void noPages(HttpExchange exchange) throws IOException {
    byte[] body = "no pages: this sandbox runs a test-only backend".getBytes(UTF_8);
    exchange.sendResponseHeaders(404, body.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    }
    exchange.close();
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  // ---------------------------------------------------------------------------------------------- API requests

  private void handleApi(HttpExchange exchange) throws IOException {
    if (SandboxPages.isDashboard(exchange)) {
      try {
        pages.handle(exchange);
      } catch (IOException e) {
        log.debug("I/O error on the dashboard: {}", e.toString());
        exchange.close();
      }
      return;
    }
    boolean close = true;
    try {
      serveApi(exchange);
    } catch (CloseConnection e) {
      // the answer is out; the JDK server closes a connection whose handler throws, without telling the client
      close = false;
      throw e;
    } catch (IOException e) {
      // the client went away; nothing to answer
      log.debug("I/O error while answering {}: {}", exchange.getRequestURI().getPath(), e.toString());
    } catch (RuntimeException e) {
      log.error("sandbox bug while serving {}", exchange.getRequestURI().getPath(), e);
      try {
        answer(exchange, ApiReply.error(RetCode.SYSTEM_ERROR, "System exception"), null, false);
      } catch (CloseConnection closing) {
        close = false;
        throw closing;
      } catch (IOException | RuntimeException ignored) {
        // already answering or gone
      }
    } finally {
      if (close) exchange.close();
    }
  }

  /** Thrown after an answer under {@link Quirk#CLOSED_CONNECTIONS}: the JDK server then closes the connection. */
  private static final class CloseConnection extends IOException {
    private static final long serialVersionUID = 1L;

    CloseConnection() {
      super("connection closed after the answer (quirk closed-connections)", null);
    }
  }

  private void serveApi(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Option<WireOperation<?, ?>> found = WireOperation.ofPath(path);
    if (found.isEmpty()) {
      drainSome(exchange);
      answer(exchange, ApiReply.error(RetCode.DATA_NOT_FOUND, "no such operation: " + path), null, false);
      return;
    }
    WireOperation<?, ?> operation = found.get();
    if (!"POST".equals(exchange.getRequestMethod())) {
      drainSome(exchange);
      answer(exchange, ApiReply.error(RetCode.INVALID_REQUEST,
          "method " + exchange.getRequestMethod() + " not allowed: use POST"), 405, false);
      return;
    }

    Fault fault = faults.next(operation.operation()).getOrNull();
    RequestLog.Entry logged = requests.received(operation.operation(), fault);
    try {
      serve(exchange, operation, fault, logged);
    } finally {
      // an I/O failure or a bug ends the request too; finished() keeps the first end recorded
      requests.finished(logged, null);
    }
  }

  /** Serves a POST to an operation's path: the fault, then processing; each end is recorded in the request log. */
  private void serve(HttpExchange exchange, WireOperation<?, ?> operation, @Nullable Fault fault,
      RequestLog.Entry logged) throws IOException {
    if (fault instanceof Fault.ResetBeforeProcessing) {
      log.info("fault {} on {}: closing before reading", fault, operation);
      requests.finished(logged, null);
      // closing before sendResponseHeaders closes the connection itself; the client gets no answer
      exchange.close();
      return;
    }
    if (fault instanceof Fault.RateLimited) {
      identify(logged, drainSome(exchange));
      answer(exchange, finished(logged, ApiReply.error(RetCode.TOO_MANY_REQUESTS, "Too many requests")), null, false);
      return;
    }
    if (fault instanceof Fault.ServerError se) {
      identify(logged, drainSome(exchange));
      answer(exchange, finished(logged, ApiReply.error(RetCode.SYSTEM_ERROR, "System exception (injected)")),
          se.status(), false);
      return;
    }
    if (fault instanceof Fault.Delay d) {
      try {
        Thread.sleep(d.duration().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }

    Processed processed = process(exchange, operation, logged);
    // done with it before the answer leaves: whatever the client does after reading it is logged later
    finished(logged, processed.reply());
    if (fault instanceof Fault.DropAfterProcessing) {
      log.info("fault {} on {}: processed ({}), closing without answering", fault, operation,
          processed.reply().envelope().retCode());
      exchange.close();
      return;
    }
    answer(exchange, processed.reply(), null, processed.authenticated());
  }

  /** Records in the request log that the sandbox is done with the request, answering {@code reply}. */
  private ApiReply finished(RequestLog.Entry logged, ApiReply reply) {
    requests.finished(logged, reply.envelope().retCode());
    return reply;
  }

  /** A request's reply, and whether the request was authenticated (the backend answered it). */
  private record Processed(ApiReply reply, boolean authenticated) {
    static Processed refused(ApiReply reply) {
      return new Processed(reply, false);
    }
  }

  /** Checks version, content type, size and signature, then hands the body to the backend. */
  private Processed process(HttpExchange exchange, WireOperation<?, ?> operation, RequestLog.Entry logged)
      throws IOException {
    var headers = exchange.getRequestHeaders();
    String version = headers.getFirst(PaykkaHeaders.VERSION);
    if (version == null || !PaykkaHeaders.VERSION_V1_2.equals(version.strip())) {
      drainSome(exchange);
      return Processed.refused(
          ApiReply.error(RetCode.INVALID_VERSION, "Invalid API version: header version must be v1.2"));
    }
    String contentType = headers.getFirst(PaykkaHeaders.CONTENT_TYPE);
    if (contentType == null || !contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      drainSome(exchange);
      return Processed.refused(ApiReply.error(RetCode.INVALID_REQUEST, "Content-Type: must be application/json"));
    }
    byte @Nullable [] body = readCapped(exchange);
    if (body == null) {
      return Processed.refused(ApiReply.error(RetCode.INVALID_REQUEST, "body: larger than " + maxBodyBytes + " bytes"));
    }
    String signature = headers.getFirst(PaykkaHeaders.SIGNATURE);
    if (signature == null || signature.isBlank()) {
      return Processed.refused(ApiReply.error(RetCode.SIGNATURE_MISSING, "Signature not found"));
    }
    String type = headers.getFirst(PaykkaHeaders.TYPE);
    if (type == null || !PaykkaHeaders.TYPE_RSA256.equalsIgnoreCase(type.strip())) {
      return Processed.refused(ApiReply.error(RetCode.SIGNATURE_ERROR, "Signature error: header type must be RSA256"));
    }
    Either<WireError, JsonNode> tree = codec.tree(body);
    if (tree.isLeft()) return Processed.refused(ApiReply.error(RetCode.INVALID_REQUEST, tree.getLeft().describe()));
    requests.identified(logged, identifiers(tree.get()));
    JsonNode mid = tree.get().get("merchant_id");
    if (mid == null || !mid.isValueNode() || mid.asText().isEmpty()) {
      return Processed.refused(ApiReply.error(RetCode.INVALID_REQUEST, "merchant_id: required"));
    }
    List<PublicKey> keys = merchants.get(mid.asText());
    if (keys == null) return Processed.refused(ApiReply.error(RetCode.MERCHANT_UNKNOWN, "Merchant does not exist"));
    Either<SignatureFailure, SignedFields> verified = scheme.verifyRequest(keys, signature, body);
    if (verified.isLeft()) {
      SignatureFailure f = verified.getLeft();
      log.info("{} refused: {}", operation, f.describe());
      if (f instanceof SignatureFailure.Stale) {
        return Processed.refused(ApiReply.error(RetCode.SIGNATURE_EXPIRED, "Signature expired"));
      }
      if (f instanceof SignatureFailure.UnreadableBody u) {
        return Processed.refused(ApiReply.error(RetCode.INVALID_REQUEST,
            u.reason().startsWith("no ") ? u.reason().substring(3) + ": required" : "timestamp: " + u.reason()));
      }
      return Processed.refused(ApiReply.error(RetCode.SIGNATURE_ERROR, "Signature error"));
    }
    return new Processed(backend.handle(operation, verified.get().merchantId(), body), true);
  }

  /** The identifiers a request body carries at its top level, for the request log. */
  private static Map<String, String> identifiers(JsonNode body) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : IDENTIFIERS) {
      JsonNode v = body.get(name);
      if (v != null && v.isValueNode() && !v.isNull()) found.put(name, v.asText());
    }
    return found;
  }

  /** The body, or null if it is larger than the limit (then the connection is closed after the answer). */
  private byte @Nullable [] readCapped(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > maxBodyBytes) {
          discardRest(exchange.getRequestBody(), new byte[8192]);
          return null;
        }
      } catch (NumberFormatException e) {
        // the server itself rejects malformed lengths; keep reading with the cap
      }
    }
    InputStream in = exchange.getRequestBody();
    byte[] buf = new byte[8192];
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int r;
    while ((r = in.read(buf)) > 0) {
      if (out.size() + r > maxBodyBytes) {
        discardRest(in, buf);
        return null;
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  /**
   * Reads and discards what the client still sends, up to {@link #DISCARD_LIMIT}, so that it can read our answer
   * (closing with unread data resets the connection); past the limit the connection is closed.
   */
  private static void discardRest(InputStream in, byte[] buf) throws IOException {
    long seen = 0;
    int r;
    while (seen < DISCARD_LIMIT && (r = in.read(buf)) > 0) seen += r;
  }

  /** Reads and discards a bounded amount, so that a small unread body does not reset the connection. */
  private byte[] drainSome(HttpExchange exchange) {
    try (InputStream in = exchange.getRequestBody()) {
      return in.readNBytes(maxBodyBytes);
    } catch (IOException e) {
      // nothing to drain
      return new byte[0];
    }
  }

  /** Records the identifiers of a body the sandbox read but will not process (a fault answers it). */
  private void identify(RequestLog.Entry logged, byte[] body) {
    codec.tree(body).forEach(tree -> requests.identified(logged, identifiers(tree)));
  }

  /**
   * Writes {@code reply}, signed, with the quirks in force applied to its bytes (see {@link Quirk}).
   *
   * @param authenticated whether the request was authenticated: errors before that are unsigned under {@link
   *     Quirk#UNSIGNED_ERRORS}
   * @throws CloseConnection after the answer under {@link Quirk#CLOSED_CONNECTIONS}
   */
  private void answer(HttpExchange exchange, ApiReply reply, @Nullable Integer status, boolean authenticated)
      throws IOException {
    Envelope<?> envelope = reply.envelope();
    Quirks q = quirks.get();
    byte[] body = rewriter.answer(q, envelope);
    var h = exchange.getResponseHeaders();
    h.set(PaykkaHeaders.CONTENT_TYPE, PaykkaHeaders.APPLICATION_JSON);
    h.set(PaykkaHeaders.TYPE, PaykkaHeaders.TYPE_RSA256);
    h.set(PaykkaHeaders.VERSION, PaykkaHeaders.VERSION_V1_2);
    if (!(q.has(Quirk.UNSIGNED_ERRORS) && !authenticated && !envelope.isSuccess())) {
      h.set(PaykkaHeaders.SIGNATURE, scheme.signResponse(platformSigner, body));
    }
    // the status follows the code PayKKa's system means, whatever form the quirks gave it
    int code = status != null ? status : HttpStatusPolicy.statusOf(envelope.retCode());
    exchange.sendResponseHeaders(code, body.length);
    OutputStream os = exchange.getResponseBody();
    os.write(body);
    if (q.has(Quirk.CLOSED_CONNECTIONS)) {
      // not closed: closing the exchange would hand the connection back for the next request
      os.flush();
      throw new CloseConnection();
    }
    os.close();
  }
}

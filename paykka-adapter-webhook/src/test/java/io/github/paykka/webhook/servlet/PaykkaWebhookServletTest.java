package io.github.paykka.webhook.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The servlet binding without a container: hand-written request/response test doubles (dynamic proxies answering
 * only the few methods the binding may call; any other call fails the test). Signed deliveries are covered by the
 * core and JDK-binding tests; this checks what the servlet adds: headers, body stream, status and body written.
 */
class PaykkaWebhookServletTest {
  final List<Notification> received = new ArrayList<>();
  final PaykkaWebhookHandler handler;

  PaykkaWebhookServletTest() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair keys = g.generateKeyPair();
    handler = PaykkaWebhookHandler.builder().platformPublicKey(keys.getPublic()).listener(received::add)
        .merchantId(MerchantId.of("M1"))
        .maxBodyBytes(64).build();
  }

  @Test
  void anUnsignedPostIsRefusedWith401AndAJsonBody() throws Exception {
    Response response = new Response();

    new PaykkaWebhookServlet(handler).service(request("POST", Map.of("Content-Type", "application/json"),
        new Counting("{\"merchant_id\":\"M1\",\"timestamp\":1}".getBytes(UTF_8))), response.proxy());

    assertThat(response.status).isEqualTo(401);
    assertThat(response.headers).containsEntry("Content-Type", "application/json; charset=utf-8");
    assertThat(response.body.toString(UTF_8)).isEqualTo("{\"ret_code\":\"206002\",\"ret_msg\":\"signature not found\"}");
    assertThat(response.contentLength).isEqualTo(response.body.size());
    assertThat(received).isEmpty();
  }

  @Test
  void aBodyOverTheLimitIsNotReadPastLimitPlusOne() throws Exception {
    Response response = new Response();
    Counting body = new Counting(new byte[10_000]);

    new PaykkaWebhookServlet(handler).service(request("POST", Map.of("signature", "abc"), body), response.proxy());

    assertThat(response.status).isEqualTo(413);
    assertThat(body.read.get()).isEqualTo(65);
  }

  @Test
  void headerNamesAreMatchedWhateverTheirCaseAndGetIs405() throws Exception {
    Response get = new Response();
    Response post = new Response();
    new PaykkaWebhookServlet(handler).service(request("GET", Map.of(), new Counting(new byte[0])), get.proxy());
    new PaykkaWebhookServlet(handler).service(
        request("POST", Map.of("SIGNATURE", "%%%"), new Counting("{}".getBytes(UTF_8))), post.proxy());

    assertThat(get.status).isEqualTo(405);
    assertThat(get.headers).containsEntry("Allow", "POST");
    // the signature header was seen (else 206002), and found malformed
    assertThat(post.status).isEqualTo(401);
    assertThat(post.body.toString(UTF_8)).contains("206003");
  }

  static HttpServletRequest request(String method, Map<String, String> headers, InputStream body) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    ServletInputStream in = new ServletInputStream() {
      @Override
      public int read() throws java.io.IOException {
        return body.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        return body.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return false;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener readListener) {
        throw new UnsupportedOperationException();
      }
    };
    return (HttpServletRequest) Proxy.newProxyInstance(PaykkaWebhookServletTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getMethod" -> method;
          case "getHeaderNames" -> Collections.enumeration(h.keySet());
          case "getHeaders" -> h.containsKey((String) args[0])
              ? Collections.enumeration(List.of(h.get((String) args[0]))) : Collections.emptyEnumeration();
          case "getHeader" -> h.get((String) args[0]);
          case "getInputStream" -> in;
          case "toString" -> "request";
          default -> throw new AssertionError("the servlet should not call " + m.getName());
        });
  }

  /** A response double recording what the servlet writes. */
  static final class Response {
    int status = -1;
    long contentLength = -1;
    final Map<String, String> headers = new LinkedHashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    HttpServletResponse proxy() {
      ServletOutputStream out = new ServletOutputStream() {
        @Override
        public void write(int b) {
          body.write(b);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener writeListener) {
          throw new UnsupportedOperationException();
        }
      };
      return (HttpServletResponse) Proxy.newProxyInstance(PaykkaWebhookServletTest.class.getClassLoader(),
          new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
            switch (m.getName()) {
              case "setStatus" -> status = (Integer) args[0];
              case "setHeader" -> headers.put((String) args[0], (String) args[1]);
              case "setContentLength" -> contentLength = (Integer) args[0];
              case "setContentLengthLong" -> contentLength = (Long) args[0];
              case "getOutputStream" -> {
                return out;
              }
              case "flushBuffer" -> { }
              case "toString" -> {
                return "response";
              }
              default -> throw new AssertionError("the servlet should not call " + m.getName());
            }
            return null;
          });
    }
  }

  /** A body that counts what was read from it. */
  static final class Counting extends InputStream {
    final byte[] bytes;
    final AtomicLong read = new AtomicLong();

    Counting(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      int at = (int) read.get();
      if (at >= bytes.length) return -1;
      read.incrementAndGet();
      return bytes[at] & 0xff;
    }
  }
}

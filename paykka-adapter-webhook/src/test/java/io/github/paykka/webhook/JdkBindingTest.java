package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.KEY;
import static io.github.paykka.webhook.TestPlatform.now;
import static io.github.paykka.webhook.TestPlatform.order;
import static io.github.paykka.webhook.TestPlatform.paymentBody;
import static io.github.paykka.webhook.TestPlatform.refundBody;
import static io.github.paykka.webhook.TestPlatform.signed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.webhook.TestPlatform.Delivery;
import io.github.paykka.domain.notification.NotifyType;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JDK {@code HttpServer} binding over real loopback HTTP. */
class JdkBindingTest {
  static final String ACK = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}";

  final BlockingQueue<Notification> received = new LinkedBlockingQueue<>();
  final AtomicInteger failuresLeft = new AtomicInteger();
  LoopbackServer server;

  LoopbackServer start(int maxBodyBytes) {
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(KEY.getPublic())
        .merchantId(MerchantId.of(TestPlatform.MERCHANT))
        .clock(TestPlatform.CLOCK)
        .maxBodyBytes(maxBodyBytes)
        .listener(n -> {
          if (failuresLeft.getAndDecrement() > 0) throw new IllegalStateException("not yet");
          received.add(n);
        })
        .build();
    server = new LoopbackServer(handler);
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  @ParameterizedTest
  @EnumSource(NotifyType.class)
  void everyNotifyTypeIsDeliveredAndAcknowledgedOverHttp(NotifyType type) throws Exception {
    start(PaykkaWebhookHandler.DEFAULT_MAX_BODY_BYTES);
    PaymentOrder open = order(3, 990, CaptureMethod.MANUAL);
    PaymentOrder state = switch (type) {
      case PAYMENT_AUTHORIZATION -> open.approve().get().order();
      case PAYMENT_SUCCESS -> open.approve().get().order().capture(open.amount(), true).get().order();
      case PAYMENT_FAILURE -> open.decline().get().order();
      case PAYMENT_CANCELED -> open.approve().get().order().voidRemaining(
          io.github.paykka.domain.order.ReasonCode.REQUESTED_BY_CUSTOMER).get().order();
      default -> open;
    };
    byte[] body = type.name().startsWith("REFUND")
        ? refundBody(type, "R42", state, 10, now())
        : paymentBody(type, state, now());

    HttpResponse<String> response = server.post(signed(body, now()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(ACK);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    Notification n = received.poll(10, TimeUnit.SECONDS);
    assertThat(n).isNotNull();
    assertThat(n.type().wireName()).isEqualTo(type.wireName());
  }

  @Test
  void aFailingListenerIsRedeliveredUntilAcknowledgedAndProcessedOnce() throws Exception {
    start(PaykkaWebhookHandler.DEFAULT_MAX_BODY_BYTES);
    failuresLeft.set(2);
    PaymentOrder state = order(4, 100, CaptureMethod.AUTOMATIC).approve().get().order();
    Delivery d = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, state, now()), now());

    List<Integer> statuses = server.deliverUntilAcknowledged(d, 10);
    int again = server.post(d).statusCode();

    assertThat(statuses).containsExactly(500, 500, 200);
    assertThat(again).isEqualTo(200);
    assertThat(received.poll(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(received).isEmpty();
  }

  @Test
  void aForgedNotificationIs401OverHttp() {
    start(PaykkaWebhookHandler.DEFAULT_MAX_BODY_BYTES);
    PaymentOrder state = order(5, 100, CaptureMethod.AUTOMATIC).approve().get().order();
    Delivery forged = signed(paymentBody(NotifyType.PAYMENT_SUCCESS, state, now()), now(),
        TestPlatform.FORGER.getPrivate());

    HttpResponse<String> response = server.post(forged);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(received).isEmpty();
  }

  @Test
  void getIs405() {
    start(PaykkaWebhookHandler.DEFAULT_MAX_BODY_BYTES);
    Delivery d = TestPlatform.delivery(new byte[0], "x");

    HttpResponse<String> response = server.send("GET", d, HttpRequest.BodyPublishers.noBody());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void anOversizedBodyIs413WithOrWithoutContentLength() {
    start(1024);
    PaymentOrder state = order(6, 100, CaptureMethod.AUTOMATIC).approve().get().order();
    byte[] body = paymentBody(NotifyType.PAYMENT_SUCCESS, state, now());
    byte[] big = new byte[4096];
    System.arraycopy(body, 0, big, 0, body.length);
    Delivery d = signed(big, now());

    HttpResponse<String> withLength = server.post(d);
    // a stream publisher sends chunked, without Content-Length: the limit is enforced while reading
    HttpResponse<String> chunked =
        server.send("POST", d, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
    HttpResponse<String> small = server.post(signed(body, now()));

    assertThat(withLength.statusCode()).isEqualTo(413);
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(small.statusCode()).isEqualTo(200);
  }
}

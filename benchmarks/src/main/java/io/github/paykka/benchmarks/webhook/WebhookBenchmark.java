package io.github.paykka.benchmarks.webhook;

import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.WebhookResponse;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.mapping.MappingError;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.CardInfoRespDto;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.signature.SignatureFailure;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.SignedFields;
import io.github.paykka.wire.signature.Signer;
import io.vavr.control.Either;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The webhook handler's full path per notification (method and size checks, header lookup, verify, parse, inbox claim,
 * listener, inbox record, acknowledgement body) against bare verify + parse of the same bytes (the wire scheme's
 * {@code verifyNotification}, the codec's decode, the mapper's domain notification). Report: bareVerifyParse /
 * handle in time per operation, i.e. the handler's throughput as a share of the bare one.
 *
 * <p>1,024 distinct signed notifications are cycled; the inbox remembers 16 keys, so every delivery is new to it and
 * takes the whole path (claim, listener, complete), never the cheaper duplicate path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WebhookBenchmark {
  static final String MERCHANT = "18356675194960";
  static final long TIMESTAMP = 1_746_515_589_126L;
  static final int N = 1024;

  private byte[][] bodies;
  private String[] signatures;
  private List<Map<String, List<String>>> headers;
  private List<PublicKey> keys;
  private SignatureScheme scheme;
  private WireCodec codec;
  private WireMapper mapper;
  private PaykkaWebhookHandler handler;
  private long seen;
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair platform = g.generateKeyPair();
    keys = List.of(platform.getPublic());
    Clock clock = Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.UTC);
    scheme = SignatureScheme.builder().clock(clock).build();
    codec = WireCodec.create();
    mapper = WireMapper.create();
    Signer signer = Signer.rsa(platform.getPrivate());
    bodies = new byte[N][];
    signatures = new String[N];
    headers = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      PaymentsNotifyReqDto dto = new PaymentsNotifyReqDto(TIMESTAMP, "PAYMENT.SUCCESS", null, null, MERCHANT,
          "T" + (100_000 + i), "GW2025060112000000" + (1000 + i), null, "SUCCESS", 12_500L, "EUR",
          "2025-06-01T12:00:00Z", null, null, null, "shopper-" + i, null, null,
          new CardInfoRespDto("424242", "4242", "VISA"),
          new BalanceResp(12_500L, 12_500L, 0L, 0L, 0L, 0L, 12_500L));
      bodies[i] = codec.encode(dto);
      signatures[i] = scheme.signNotification(signer, MERCHANT, TIMESTAMP, bodies[i]);
      headers.add(Map.of(PaykkaHeaders.CONTENT_TYPE, List.of(PaykkaHeaders.APPLICATION_JSON),
          PaykkaHeaders.TYPE, List.of(PaykkaHeaders.TYPE_RSA256), PaykkaHeaders.VERSION,
          List.of(PaykkaHeaders.VERSION_V1_2), PaykkaHeaders.SIGNATURE, List.of(signatures[i])));
    }
    handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(platform.getPublic())
        .merchantId(MERCHANT)
        .clock(clock)
        .inbox(InMemoryNotificationInbox.withCapacity(16))
        .listener(this::consume)
        .build();
    // the handler must take the full path on these inputs
    WebhookResponse check = handler.handle("POST", headers.get(0), bodies[0]);
    if (check.status() != 200) throw new IllegalStateException("setup: " + check.outcome().describe());
  }

  private void consume(Notification notification) {
    // the application's work is not measured; this only keeps the notification alive
    seen += notification.timestamp();
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (N - 1);
    return i;
  }

  /** Baseline: bare verify + parse of the same bytes into the domain notification. */
  @Benchmark
  public Either<MappingError, PaymentNotification> bareVerifyParse() {
    int i = nextIndex();
    Either<SignatureFailure, SignedFields> verified = scheme.verifyNotification(keys, signatures[i], bodies[i]);
    if (verified.isLeft()) throw new IllegalStateException(verified.getLeft().describe());
    PaymentsNotifyReqDto dto = codec.decode(bodies[i], PaymentsNotifyReqDto.class).get();
    return mapper.paymentNotification(dto);
  }

  /** The handler: verify + parse + dedupe + dispatch + acknowledge. */
  @Benchmark
  public WebhookResponse handle() {
    int i = nextIndex();
    return handler.handle("POST", headers.get(i), bodies[i]);
  }
}

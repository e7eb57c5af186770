package io.github.paykka.benchmarks.scale;

import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * One webhook handler shared by 1, 2 and 8 delivering threads ({@code handleN}): notifications per second, against
 * bare verify + parse of the same bytes by as many threads ({@code bareN}), so that the handler's own scaling (its
 * inbox takes a lock per claim and per record) is read apart from the machine's (2 cores: RSA verification stops
 * scaling at 2 threads on both sides). 4,096 distinct signed {@code PAYMENT.SUCCESS} notifications are cycled by all
 * threads together; the inbox remembers 16 keys, so every delivery is new to it and takes the whole path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WebhookConcurrencyBenchmark {
  static final String MERCHANT = "18356675194960";
  static final long TIMESTAMP = 1_746_515_589_126L;
  static final int N = 4096;

  private byte[][] bodies;
  private String[] signatures;
  private List<Map<String, List<String>>> headers;
  private List<PublicKey> keys;
  private SignatureScheme scheme;
  private WireCodec codec;
  private WireMapper mapper;
  private PaykkaWebhookHandler handler;
  /** The same handler with an inbox that holds nothing and takes no lock: what the in-memory inbox's lock costs. */
  private PaykkaWebhookHandler lockFree;
  private final AtomicInteger next = new AtomicInteger();
  private final LongAdder seen = new LongAdder();

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
          "T" + (100_000 + i), "GW2025060112000" + (100_000 + i), null, "SUCCESS", 12_500L, "EUR",
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
        .listener(n -> seen.add(n.timestamp()))
        .build();
    lockFree = PaykkaWebhookHandler.builder()
        .platformPublicKey(platform.getPublic())
        .merchantId(MERCHANT)
        .clock(clock)
        .inbox(new ForgetfulInbox())
        .listener(n -> seen.add(n.timestamp()))
        .build();
    for (PaykkaWebhookHandler h : List.of(handler, lockFree)) {
      WebhookResponse check = h.handle("POST", headers.get(0), bodies[0]);
      if (check.status() != 200) throw new IllegalStateException("setup: " + check.outcome().describe());
    }
  }

  private int nextIndex() {
    return next.getAndIncrement() & (N - 1);
  }

  private WebhookResponse handle() {
    int i = nextIndex();
    return handler.handle("POST", headers.get(i), bodies[i]);
  }

  /** One delivery through the handler whose inbox takes no lock. */
  WebhookResponse handleLockFree() {
    int i = nextIndex();
    return lockFree.handle("POST", headers.get(i), bodies[i]);
  }

  private Either<MappingError, PaymentNotification> bare() {
    int i = nextIndex();
    Either<SignatureFailure, SignedFields> verified = scheme.verifyNotification(keys, signatures[i], bodies[i]);
    if (verified.isLeft()) throw new IllegalStateException(verified.getLeft().describe());
    return mapper.paymentNotification(codec.decode(bodies[i], PaymentsNotifyReqDto.class).get());
  }

  @Benchmark
  @Threads(1)
  public WebhookResponse handle1() {
    return handle();
  }

  @Benchmark
  @Threads(2)
  public WebhookResponse handle2() {
    return handle();
  }

  @Benchmark
  @Threads(8)
  public WebhookResponse handle8() {
    return handle();
  }

  @Benchmark
  @Threads(1)
  public Either<MappingError, PaymentNotification> bare1() {
    return bare();
  }

  @Benchmark
  @Threads(2)
  public Either<MappingError, PaymentNotification> bare2() {
    return bare();
  }

  @Benchmark
  @Threads(8)
  public Either<MappingError, PaymentNotification> bare8() {
    return bare();
  }

  /** An inbox that acquires every key and remembers none: no lock, no map (benchmarks only; no deduplication). */
  private static final class ForgetfulInbox implements NotificationInbox {
    @Override
    public Duration retention() {
      return Duration.ofHours(24);
    }

    @Override
    public NotificationInbox.Claim claim(String key) {
      return new NotificationInbox.Claim.Acquired(key, "forgetful");
    }

    @Override
    public void complete(NotificationInbox.Claim.Acquired claim) {}

    @Override
    public void release(NotificationInbox.Claim.Acquired claim) {}
  }
}

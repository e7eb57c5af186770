package io.github.paykka.benchmarks.wire;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import io.github.paykka.wire.WireCodec;
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
import java.security.Provider;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SHA256withRSA (RSA-2048) per provider, one thread, i.e. per core: {@code signRequest} is a signed request (the
 * signed string of a full 2.3 KB initiate body, RSA, Base64, URL-encoding) through {@code Signer.rsa(key, provider)};
 * {@code verifyNotification} a verified notification (fields read, freshness, RSA verify) through a scheme whose
 * {@code provider} is set. {@code jdk} is the JDK's default (no provider named: SunRsaSign), the baseline of each
 * ratio; {@code bc} Bouncy Castle; {@code accp} Amazon Corretto Crypto Provider. The providers are used by reference,
 * never installed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProviderBenchmark {
  static final String MERCHANT = "18356675194960";
  static final long TIMESTAMP = 1_746_515_589_126L;

  @Param({"jdk", "bc", "accp"})
  public String provider;

  private SignatureScheme scheme;
  private Signer signer;
  private byte[] requestBody;
  private byte[] notification;
  private String notificationSignature;
  private List<PublicKey> keys;

  @Setup
  public void setUp() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair pair = g.generateKeyPair();
    keys = List.of(pair.getPublic());
    SignatureScheme.Builder settings =
        SignatureScheme.builder().clock(Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.UTC));
    Provider p = switch (provider) {
      case "jdk" -> null;
      case "bc" -> new BouncyCastleProvider();
      case "accp" -> AmazonCorrettoCryptoProvider.INSTANCE;
      default -> throw new IllegalArgumentException("provider: " + provider);
    };
    if (p != null) settings.provider(p);
    scheme = settings.build();
    signer = p == null ? Signer.rsa(pair.getPrivate()) : Signer.rsa(pair.getPrivate(), p);
    WireCodec codec = WireCodec.create();
    requestBody = codec.encode(WireBenchmark.fullRequest());
    notification = codec.encode(new PaymentsNotifyReqDto(TIMESTAMP, "PAYMENT.SUCCESS", null, null, MERCHANT,
        "T100000", "GW20250601120000001000", null, "SUCCESS", 12_500L, "EUR", "2025-06-01T12:00:00Z", null, null,
        null, "shopper-1", null, null, new CardInfoRespDto("424242", "4242", "VISA"),
        new BalanceResp(12_500L, 12_500L, 0L, 0L, 0L, 0L, 12_500L)));
    notificationSignature =
        SignatureScheme.standard().signNotification(Signer.rsa(pair.getPrivate()), MERCHANT, TIMESTAMP, notification);
    if (scheme.verifyNotification(keys, notificationSignature, notification).isLeft()) {
      throw new IllegalStateException("setup: the notification does not verify with " + provider);
    }
    // what this provider signs, the JDK's default verifies
    SignatureScheme jdk = SignatureScheme.builder().clock(Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.UTC))
        .build();
    if (jdk.verifyRequest(keys, signRequest(), requestBody).isLeft()) {
      throw new IllegalStateException("setup: a request signed with " + provider + " does not verify");
    }
  }

  /** A signed request: what every call of the adapter pays once. */
  @Benchmark
  public String signRequest() {
    return scheme.signRequest(signer, MERCHANT, TIMESTAMP, requestBody);
  }

  /** A verified notification: what every delivery to the webhook handler pays once. */
  @Benchmark
  public Either<SignatureFailure, SignedFields> verifyNotification() {
    return scheme.verifyNotification(keys, notificationSignature, notification);
  }
}

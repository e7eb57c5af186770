package io.github.paykka.benchmarks.http;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.operation.WireOperation;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.vavr.control.Either;
import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code initiate} over loopback against the testkit sandbox, 2 client threads: the adapter against a hand-written
 * OkHttp client doing the same signing, verification and decoding with no resilience. Target: at least 0.9.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dsun.net.httpserver.nodelay=true"})
public class HttpLoopbackBenchmark {
  static final String MERCHANT = "M202400000001";
  private static final MediaType JSON = MediaType.get("application/json");

  private PaykkaSandbox sandbox;
  private PaykkaHttpAdapter adapter;
  private OkHttpClient handWritten;
  private String url;
  private WireCodec codec;
  private WireMapper mapper;
  private SignatureScheme scheme;
  private Signer signer;
  private List<PublicKey> platformKeys;
  private MerchantId merchantId;

  @Setup
  public void setUp() {
    TestKeys.TestKeyPair merchant = TestKeys.generate();
    TestKeys.TestKeyPair platform = TestKeys.generate();
    sandbox = PaykkaSandbox.builder()
        .merchant(MERCHANT, merchant.publicKey())
        .platformKeyPair(new KeyPair(platform.publicKey(), platform.privateKey()))
        .threads(4)
        .start();
    url = sandbox.baseUrl() + WireOperation.INITIATE.path();
    codec = WireCodec.create();
    mapper = WireMapper.create();
    scheme = SignatureScheme.standard();
    signer = merchant.signer();
    platformKeys = List.of(platform.publicKey());
    merchantId = MerchantId.of(MERCHANT);
    handWritten = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    adapter = PaykkaHttpAdapter.builder()
        .merchantId(MERCHANT)
        .signer(signer)
        .platformPublicKey(platform.publicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .build();
  }

  @TearDown
  public void tearDown() {
    adapter.close();
    handWritten.dispatcher().executorService().shutdown();
    handWritten.connectionPool().evictAll();
    sandbox.close();
  }

  private static PaymentRequest request() {
    return TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
  }

  @Benchmark
  public Either<GatewayFailure, PaymentResult> adapter() {
    Either<GatewayFailure, PaymentResult> r = adapter.initiate(request());
    if (r.isLeft()) throw new IllegalStateException(r.getLeft().message());
    return r;
  }

  @Benchmark
  public Object handWritten() throws IOException {
    PaymentRequest request = request();
    long timestamp = System.currentTimeMillis();
    byte[] body = codec.encode(mapper.initiate(merchantId, timestamp, request));
    Request http = new Request.Builder()
        .url(url)
        .header("type", "RSA256")
        .header("version", "v1.2")
        .header("signature", scheme.signRequest(signer, MERCHANT, timestamp, body))
        .post(RequestBody.create(body, JSON))
        .build();
    try (Response response = handWritten.newCall(http).execute()) {
      byte[] answer = response.body().bytes();
      if (scheme.verifyResponse(platformKeys, response.header("signature"), answer).isLeft()) {
        throw new IllegalStateException("answer does not verify");
      }
      Envelope<PaymentsRespDto> envelope = codec.decodeEnvelope(answer, PaymentsRespDto.class).get();
      return mapper.paymentResult(envelope.data()).get();
    }
  }
}

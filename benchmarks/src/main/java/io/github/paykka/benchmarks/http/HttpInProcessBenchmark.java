package io.github.paykka.benchmarks.http;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.vavr.control.Either;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code initiate} through the whole adapter (validation, wire mapping, encode, sign, Retrofit/OkHttp call, verify,
 * decode, map, resilience bookkeeping) against an in-process transport: an OkHttp interceptor that answers at once with
 * a pre-signed response. Baseline: the same work by hand (map + encode + sign, verify + decode + map). Target: adapter
 * throughput at least 0.95 of the baseline's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class HttpInProcessBenchmark {
  static final String MERCHANT = "M202400000001";

  private PaykkaHttpAdapter adapter;
  private OkHttpClient client;
  private PaymentRequest request;
  private byte[] responseBody;
  private String responseSignature;
  // the baseline's tools
  private WireCodec codec;
  private WireMapper mapper;
  private SignatureScheme scheme;
  private Signer merchantSigner;
  private List<PublicKey> platformKeys;
  private MerchantId merchantId;

  @Setup
  public void setUp() {
    TestKeys.TestKeyPair merchant = TestKeys.generate();
    TestKeys.TestKeyPair platform = TestKeys.generate();
    request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    codec = WireCodec.create();
    mapper = WireMapper.create();
    scheme = SignatureScheme.standard();
    merchantSigner = merchant.signer();
    platformKeys = List.of(platform.publicKey());
    merchantId = MerchantId.of(MERCHANT);
    PaymentsRespDto data = new PaymentsRespDto(null, null, MERCHANT, request.transId().value(),
        "GW000000000000000001", "SUCCESS", null, "AUTOMATIC", 1000L, "USD",
        "2025-05-06T15:13:09+08:00", null, null, null, null, null, null, null,
        new BalanceResp(1000L, 1000L, 0L, 0L, 0L, 0L, 1000L));
    responseBody = codec.encode(Envelope.success(data));
    responseSignature = scheme.signResponse(platform.signer(), responseBody);
    MediaType json = MediaType.get("application/json");
    client = new OkHttpClient.Builder()
        .addInterceptor(chain -> new Response.Builder()
            .request(chain.request())
            .protocol(Protocol.HTTP_1_1)
            .code(200)
            .message("OK")
            .header("signature", responseSignature)
            .header("type", "RSA256")
            .header("version", "v1.2")
            .body(ResponseBody.create(responseBody, json))
            .build())
        .build();
    adapter = PaykkaHttpAdapter.builder()
        .merchantId(MERCHANT)
        .signer(merchantSigner)
        .platformPublicKey(platform.publicKey())
        .environment(PaykkaEnvironment.local("http://127.0.0.1:9/"))
        .okHttpClient(client)
        .build();
  }

  @TearDown
  public void tearDown() {
    adapter.close();
    client.dispatcher().executorService().shutdown();
  }

  @Benchmark
  public Either<GatewayFailure, PaymentResult> adapter() {
    return adapter.initiate(request);
  }

  @Benchmark
  public Object baseline() {
    long timestamp = System.currentTimeMillis();
    byte[] body = codec.encode(mapper.initiate(merchantId, timestamp, request));
    String signature = scheme.signRequest(merchantSigner, MERCHANT, timestamp, body);
    if (signature.isEmpty()) throw new IllegalStateException();
    if (scheme.verifyResponse(platformKeys, responseSignature, responseBody).isLeft()) {
      throw new IllegalStateException("baseline does not verify");
    }
    Envelope<PaymentsRespDto> envelope = codec.decodeEnvelope(responseBody, PaymentsRespDto.class).get();
    return mapper.paymentResult(envelope.data());
  }
}

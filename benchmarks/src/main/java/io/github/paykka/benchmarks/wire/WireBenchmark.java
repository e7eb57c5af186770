package io.github.paykka.benchmarks.wire;

import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.*;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.vavr.control.Either;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encode, sign, verify and decode of a full initiate request (every nested part filled), against bare JCA
 * SHA256withRSA signing of the same bytes. Report: (encode + sign) / bareSign, and the other costs as shares of bareSign.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WireBenchmark {
  static final String MERCHANT = "18356675194960";
  static final long TIMESTAMP = 1_746_515_589_126L;

  private WireCodec codec;
  private SignatureScheme scheme;
  private Signer signer;
  private KeyPair keys;
  private List<PublicKey> publicKeys;
  private PaymentsReqDto request;
  private byte[] body;
  private byte[] signedBytes;
  private String header;

  @Setup
  public void setUp() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keys = g.generateKeyPair();
    publicKeys = List.of(keys.getPublic());
    codec = WireCodec.create();
    scheme = SignatureScheme.builder().clock(Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.UTC)).build();
    signer = Signer.rsa(keys.getPrivate());
    request = fullRequest();
    body = codec.encode(request);
    signedBytes = SignatureScheme.signedBytes(MERCHANT, TIMESTAMP, body);
    header = scheme.signRequest(signer, MERCHANT, TIMESTAMP, body);
  }

  /** Baseline: bare JCA SHA256withRSA over the same signed bytes. */
  @Benchmark
  public byte[] bareSign() throws Exception {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(keys.getPrivate());
    s.update(signedBytes);
    return s.sign();
  }

  @Benchmark
  public byte[] encode() {
    return codec.encode(request);
  }

  @Benchmark
  public String sign() {
    return scheme.signRequest(signer, MERCHANT, TIMESTAMP, body);
  }

  @Benchmark
  public String encodeAndSign() {
    byte[] b = codec.encode(request);
    return scheme.signRequest(signer, MERCHANT, TIMESTAMP, b);
  }

  @Benchmark
  public Object verify() {
    return scheme.verifyRequest(publicKeys, header, body);
  }

  @Benchmark
  public Either<?, PaymentsReqDto> decode() {
    return codec.decode(body, PaymentsReqDto.class);
  }

  static PaymentsReqDto fullRequest() {
    PaymentInfoReqDto payment = new PaymentInfoReqDto("BANKCARD", true, "SUBSCRIPTION",
        "f4911bc8b17106a08f2f7a89a9fc4d11", null, null, "4242424242424242", "2029", "03", "123", null, null, null,
        null, "Winifred Reopell", "zhangsan@test.com",
        new TokenAuthenticationDto("ALbOGff2RLbTADtP3BuIAoABFA==", "CRYPTOGRAM_3DS", "07", true, true));
    BrowserReqDto browser = new BrowserReqDto(
        "Mozilla/5.0 (Linux; U; Android 12.0.0; zh-cn; SONY-7XT78X Build/2DKKUF) AppleWebKit/537.36 (KHTML, like Gecko)"
            + "Version/4.0 Chrome/74.0.3729.157 Mobile Safari/537.36",
        "24", "ko-KR", true, "PC", "WEB", "WINDOWS", "-12:10", "1080", "1920",
        "isg=BA4O1YD75-wYqlLAB-T9JZjXxxxJFHEUkjdslrlhj9", "info.kbxqkxkzqgjmwj.qpxzwmwzbwwijkth",
        "g54820546y72tgeohtgi45654");
    List<GoodsReqDto> goods = List.of(
        new GoodsReqDto("6916003178438", "珠宝", "necklace", "珠宝", "周六福", "https://www.zlf.cn/", 170000L, 1,
            "2024-12-26T03:22:09+08:00", "https://www.zlf.cn/p.jpg"),
        new GoodsReqDto("6916003178439", "Apple", "fruit", "fruit", "farm", "https://www.apple.com", 625L, 2,
            "2024-12-26T03:22:09+08:00", "https://www.apple.com/apple.jpg"));
    BillReqDto bill = new BillReqDto("REQUIRED", "Dalene", "M", "Hyrkas", "农安县和上镇八沟村梧河组12号", "-", "VU", "河南省",
        "南阳市", "411327", "gggj0gonfc@outlook.com", "0580", "98421617", "FHFXREM");
    ShippingReqDto shipping = new ShippingReqDto("zhang", "M", "jin", "16 Rue Crespin du Gast", "-", "FR", "IDF",
        "Paris", "75001", "1806294290@qq.com", "33", "756879736");
    CustomerReqDto customer = new CustomerReqDto("u1", "2023-11-24T11:34:37+0800", 3, "+852", "12345678",
        "1990-01-01", "F", "2023-11-24T11:34:37+0800", "2024-11-24T11:34:37+0800", "gold", "email@hotmail.com",
        "183.238.13.170", "183.238.13.170");
    return new PaymentsReqDto(MERCHANT, "RECURRING", "FINAL_AUTH", "AUTOMATIC",
        "174293243204408", TIMESTAMP, "EUR", 171250L, "https://merchant.example/notify",
        "https://merchant.example/return", payment, browser, goods, bill, shipping, customer,
        new AuthenticationReqDto("AUTO", false, "NONE"), new AmountBreakdownReqDto(171250L, 0L, 0L, 0L), null, false);
  }
}

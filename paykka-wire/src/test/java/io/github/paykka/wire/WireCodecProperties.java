package io.github.paykka.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.wire.message.*;
import io.vavr.control.Either;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of the codec: encoding round-trips, and decoding never throws. */
class WireCodecProperties {
  private final WireCodec codec = WireCodec.create();

  @Provide
  Arbitrary<Random> randoms() {
    return Arbitraries.longs().map(Random::new);
  }

  @Property(tries = 300)
  void encodeThenDecodeIsTheIdentity(@ForAll("randoms") Random random) {
    WireGen g = new WireGen(random);
    roundTrip(g.paymentsReq(), PaymentsReqDto.class);
    roundTrip(g.sessionCreate(), SessionCreateReqDto.class);
    roundTrip(g.refund(), RefundReqDto.class);
    roundTrip(g.paymentNotify(), PaymentsNotifyReqDto.class);
    roundTrip(g.refundNotify(), RefundNotifyReqDto.class);
    PaymentsQueryRespDto resp = g.queryResp();
    Envelope<PaymentsQueryRespDto> env = new Envelope<>("000000", "Success", resp);
    assertThat(codec.decodeEnvelope(codec.encode(env), PaymentsQueryRespDto.class).get()).isEqualTo(env);
    Envelope<List<QueryTokenRespDto>> tokens = g.tokenList();
    assertThat(codec.decodeEnvelopeList(codec.encode(tokens), QueryTokenRespDto.class).get()).isEqualTo(tokens);
  }

  private <T> void roundTrip(T message, Class<T> type) {
    assertThat(codec.decode(codec.encode(message), type).get()).isEqualTo(message);
  }

  @Property(tries = 10_000)
  void anyBytesDecodeToAValueOrATypedError(@ForAll @Size(max = 300) byte[] bytes) {
    neverThrows(bytes);
  }

  @Property(tries = 2_000)
  void mutatedMessagesDecodeToAValueOrATypedError(
      @ForAll("randoms") Random random,
      @ForAll @IntRange(min = 1, max = 8) int mutations) {
    byte[] bytes = codec.encode(new WireGen(random).paymentsReq());
    for (int k = 0; k < mutations; k++) {
      int i = random.nextInt(bytes.length);
      String alphabet = "{}[]\",:0-9.etrufalsn \\x";
      bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
    }
    neverThrows(bytes);
  }

  private void neverThrows(byte[] bytes) {
    Either<WireError, PaymentsReqDto> a = codec.decode(bytes, PaymentsReqDto.class);
    Either<WireError, Envelope<PaymentsQueryRespDto>> b = codec.decodeEnvelope(bytes, PaymentsQueryRespDto.class);
    Either<WireError, Envelope<List<QueryTokenRespDto>>> c = codec.decodeEnvelopeList(bytes, QueryTokenRespDto.class);
    Either<WireError, Envelope<ApplePaySessionRespDto>> d = codec.decodeEnvelope(bytes, ApplePaySessionRespDto.class);
    for (Either<WireError, ?> e : List.of(a, b, c, d)) {
      assertThat(e).isNotNull();
      if (e.isLeft()) assertThat(e.getLeft().describe()).isNotBlank();
      else assertThat(e.get()).isNotNull();
    }
  }

  @Property(tries = 200)
  void errorsNeverQuoteTheInput(@ForAll @IntRange(min = 0, max = 5) int where) {
    String card = "4242424242424242";
    String json =
        switch (where) {
          case 0 -> "{\"amount\":\"" + card + "x\"}";
          case 1 -> "{\"payment\":" + card + "abc}";
          case 2 -> "{\"goods\":[{\"price\":\"" + card + ".5\"}]}";
          case 3 -> "{\"payment\":{\"card_no\":{\"x\":1}},\"z\":" + card + "}";
          case 4 -> card + "garbage";
          default -> "{\"" + card + "\":tru" + card + "}";
        };
    WireError error = codec.decode(json.getBytes(UTF_8), PaymentsReqDto.class).getLeft();
    assertThat(error.describe()).doesNotContain("4242");
    assertThat(error.toString()).doesNotContain("4242");
  }
}

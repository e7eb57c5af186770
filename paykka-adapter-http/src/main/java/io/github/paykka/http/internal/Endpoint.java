package io.github.paykka.http.internal;

import static java.util.Objects.requireNonNull;

import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.message.Envelope;
import io.vavr.control.Either;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * One endpoint: its operation name, how to make its Retrofit call, and how to decode its envelope.
 *
 * @param operation e.g. {@code payments.initiate}
 * @param call the Retrofit method
 * @param decoder the envelope decoder of its answer
 */
public record Endpoint<D>(String operation, CallFactory call, Decoder<D> decoder) {
  public Endpoint {
    requireNonNull(operation, "operation == null");
    requireNonNull(call, "call == null");
    requireNonNull(decoder, "decoder == null");
  }

  /** A Retrofit method of {@link PaykkaApi}. */
  @FunctionalInterface
  public interface CallFactory {
    Call<ResponseBody> call(PaykkaApi api, String signature, RequestBody body, Attempt attempt);
  }

  /** Decodes an answer's raw bytes. */
  @FunctionalInterface
  public interface Decoder<D> {
    Either<WireError, Envelope<D>> decode(WireCodec codec, byte[] body);
  }

  /** An endpoint whose {@code data} is an object of {@code type}. */
  public static <D> Endpoint<D> of(String operation, CallFactory call, Class<D> type) {
    return new Endpoint<>(operation, call, (codec, body) -> codec.decodeEnvelope(body, type));
  }
}

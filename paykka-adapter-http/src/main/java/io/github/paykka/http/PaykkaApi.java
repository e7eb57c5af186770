package io.github.paykka.http;

import io.github.paykka.wire.PaykkaHeaders;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * The one Retrofit method: a signed POST of raw bytes to a path of the wire table
 * ({@link io.github.paykka.wire.operation.WireOperation#path()}), relative to the environment's base URL. No
 * converter touches a body: the adapter signs the exact bytes it sends and verifies the exact bytes it receives.
 */
interface PaykkaApi {
  /** The fixed headers of every request (the {@code signature} header is per request). */
  String TYPE = PaykkaHeaders.TYPE + ": " + PaykkaHeaders.TYPE_RSA256;
  /** The API version header. */
  String VERSION = PaykkaHeaders.VERSION + ": " + PaykkaHeaders.VERSION_V1_2;

  @POST
  @Headers({TYPE, VERSION})
  Call<ResponseBody> post(
      @Url String path, @Header(PaykkaHeaders.SIGNATURE) String signature, @Body RequestBody body,
      @Tag Attempt attempt);
}

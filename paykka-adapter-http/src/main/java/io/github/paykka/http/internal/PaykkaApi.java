package io.github.paykka.http.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Tag;

/**
 * PayKKa v1.2's endpoints, with raw bodies: the adapter signs the exact bytes it sends and verifies the exact bytes it
 * receives, so no converter touches them. Paths are relative to the environment's base URL.
 */
public interface PaykkaApi {
  /** Fixed headers of every request (the {@code signature} header is per request). */
  String TYPE = "type: RSA256";
  /** The API version header. */
  String VERSION = "version: v1.2";

  @POST("payments")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> initiate(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/query")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> query(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/capture")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> capture(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/void")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> voidPayment(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/refund")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> refund(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/refund/query")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> refundQuery(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/token/query")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> tokenQuery(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/token/remove")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> tokenRemove(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/recurring/cancel")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> recurringCancel(
      @Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/session")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> sessionCreate(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/session/query")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> sessionQuery(@Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);

  @POST("payments/apple-pay/create-session")
  @Headers({TYPE, VERSION})
  Call<ResponseBody> applePaySession(
      @Header("signature") String signature, @Body RequestBody body, @Tag Attempt attempt);
}

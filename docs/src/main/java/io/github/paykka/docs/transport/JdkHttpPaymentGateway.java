package io.github.paykka.docs.transport;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.mapping.MappingError;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.operation.WireOperation;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The payments port on the JDK's {@link HttpClient}, in a page: paykka-wire does the rest (the table of operations,
 * messages, mapping, signatures, error catalog). No retries here; see the HTTP adapter for exactly-once resilience.
 */
public final class JdkHttpPaymentGateway implements PaymentGateway {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();
  private final ErrorCatalog catalog = ErrorCatalog.standard();
  private final SignatureScheme scheme;
  private final URI baseUrl;
  private final MerchantId merchant;
  private final Signer signer;
  private final List<PublicKey> platformKeys;
  private final Clock clock;

  public JdkHttpPaymentGateway(URI baseUrl, MerchantId merchant, Signer signer, List<PublicKey> platformKeys, Clock clock) {
    this.baseUrl = requireNonNull(baseUrl, "baseUrl == null");
    this.merchant = requireNonNull(merchant, "merchant == null");
    this.signer = requireNonNull(signer, "signer == null");
    this.platformKeys = List.copyOf(platformKeys);
    this.clock = requireNonNull(clock, "clock == null");
    this.scheme = SignatureScheme.builder().clock(clock).build();
  }

  @Override
  public Either<GatewayFailure, PaymentResult> initiate(PaymentRequest request) {
    String ref = request.transId().value();
    long now = clock.millis();
    return post(WireOperation.INITIATE, ref, now, mapper.initiate(merchant, now, request))
        .flatMap(answer -> data(Operation.INITIATE, ref, answer))
        .flatMap(data -> mapped(Operation.INITIATE, ref, mapper.paymentResult(data)))
        .flatMap(result -> result.asOutcomeOf(Operation.INITIATE, ref, 1));
  }

  @Override
  public Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup) {
    long now = clock.millis();
    return post(WireOperation.QUERY, lookup.reference(), now, mapper.query(merchant, now, lookup))
        .flatMap(answer -> data(Operation.QUERY, lookup.reference(), answer))
        .flatMap(data -> mapped(Operation.QUERY, lookup.reference(), mapper.paymentResult(data)));
  }

  @Override
  public Either<GatewayFailure, Accepted> capture(CaptureCommand command) {
    long now = clock.millis();
    String ref = command.orderId().value();
    return post(WireOperation.CAPTURE, ref, now, mapper.capture(merchant, now, command))
        .map(ignored -> new Accepted(Operation.CAPTURE, ref));
  }

  @Override
  public Either<GatewayFailure, Accepted> voidPayment(VoidCommand command) {
    long now = clock.millis();
    String ref = command.orderId().value();
    return post(WireOperation.VOID, ref, now, mapper.voidPayment(merchant, now, command))
        .map(ignored -> new Accepted(Operation.VOID, ref));
  }

  // Sign the exact bytes sent to the table's path, verify the exact bytes received, only then decode as the table says.
  private <Q, D> Either<GatewayFailure, Envelope<D>> post(
      WireOperation<Q, D> operation, String ref, long timestamp, Q message) {
    Operation op = operation.operation();
    byte[] body = codec.encode(message);
    HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(operation.path())).timeout(Duration.ofSeconds(30))
        .header(PaykkaHeaders.CONTENT_TYPE, PaykkaHeaders.APPLICATION_JSON)
        .header(PaykkaHeaders.TYPE, PaykkaHeaders.TYPE_RSA256)
        .header(PaykkaHeaders.VERSION, PaykkaHeaders.VERSION_V1_2)
        .header(PaykkaHeaders.SIGNATURE, scheme.signRequest(signer, merchant.value(), timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (ConnectException e) {
      return Either.left(new GatewayFailure.NotSent(op, ref, 1, "connection refused"));
    } catch (IOException e) {
      return Either.left(new GatewayFailure.OutcomeUnknown(op, ref, 1, e.getClass().getSimpleName(), 0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Either.left(new GatewayFailure.OutcomeUnknown(op, ref, 1, "interrupted", 0));
    }
    int status = response.statusCode();
    String signature = response.headers().firstValue(PaykkaHeaders.SIGNATURE).orElse(null);
    var verified = scheme.verifyResponse(platformKeys, signature, response.body());
    if (verified.isLeft()) {
      return Either.left(new GatewayFailure.Unauthentic(op, ref, 1, verified.getLeft().describe(), status));
    }
    var envelope = operation.decodeAnswer(codec, response.body());
    if (envelope.isLeft()) {
      return Either.left(new GatewayFailure.OutcomeUnknown(op, ref, 1, envelope.getLeft().describe(), status));
    }
    Envelope<D> answer = envelope.get();
    if (!answer.isSuccess()) {
      // ret_code holds six-digit system codes and, with a non-200 status, four-digit transaction codes
      return Either.left(catalog.rejected(op, ref, 1, answer.retCode(), Option.none(), answer.retMsg(), status));
    }
    return Either.right(answer);
  }

  // A capture or void may answer without data; an initiate or query must carry its order.
  private static <D> Either<GatewayFailure, D> data(Operation op, String ref, Envelope<D> answer) {
    D data = answer.data();
    return data == null ? Either.left(new GatewayFailure.OutcomeUnknown(op, ref, 1, "success without data", 200))
        : Either.right(data);
  }

  private static <T> Either<GatewayFailure, T> mapped(Operation op, String ref, Either<MappingError, T> result) {
    return result.mapLeft(error -> new GatewayFailure.OutcomeUnknown(op, ref, 1, "unreadable answer: " + error.describe(), 200));
  }
}

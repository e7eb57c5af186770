/**
 * Every driven port of paykka-ports over PayKKa's HTTP API (Retrofit, OkHttp, Resilience4j): start at
 * {@link io.github.paykka.http.PaykkaHttpAdapter#builder()}. Everything else in this package is the adapter's
 * implementation, package-private.
 *
 * <h2>The path of a request, from the domain to bytes and back</h2>
 * Take {@code adapter.initiate(paymentRequest)}; every other operation takes the same path.
 * <ol>
 *   <li>{@code PaykkaHttpAdapter.initiate} starts the call under one deadline ({@code callDeadline}) and, for a
 *       synchronous method, lets it send from the calling thread ({@code ResilientCalls.await}).
 *   <li>{@code PaykkaCalls.initiate} describes the call as a {@code CallSpec}: the operation's row of the wire table
 *       ({@code io.github.paykka.wire.operation.WireOperation.INITIATE}: path {@code payments}, request
 *       {@code PaymentsReqDto}, answer {@code PaymentsRespDto}, repeat policy {@code QUERY_BEFORE_RESEND}), how the
 *       mapper ({@code io.github.paykka.wire.mapping.WireMapper}) makes the request message for a timestamp, how an
 *       answer is bound to the request ({@code trans_id}, {@code merchant_id}, {@code amount}, {@code currency}), how
 *       its {@code data} maps back to a {@code PaymentResult} (a FAILURE order becomes a {@code Declined} by
 *       {@code PaymentResult.asOutcomeOf}), how a query settles an ambiguous failure, and the journal intent.
 *   <li>{@code ResilientCalls.run} records the intent in the payment journal (if one is set), then for each attempt:
 *       the rate limiter (if one is set), the circuit breaker, and the exchange.
 *   <li>{@code Transport.exchange} makes the message for a fresh timestamp, encodes it with
 *       {@code io.github.paykka.wire.WireCodec} (the bytes), signs exactly those bytes
 *       ({@code io.github.paykka.wire.signature.SignatureScheme}) and POSTs them through the one Retrofit method,
 *       {@code PaykkaApi.post}, to the table's path. The answer's bytes are verified against the platform keys before
 *       anything reads them, then decoded as the table says ({@code WireOperation.decodeAnswer}); what happened becomes
 *       an {@code ExchangeResult}: answered, not sent, ambiguous, back-pressure or unauthentic.
 *   <li>{@code ResilientCalls} decides: a {@code 000000} answer bound to the request maps to the result; a refusal is
 *       read through {@code io.github.paykka.wire.error.ErrorCatalog} (back off and repeat, re-sign and repeat, or a
 *       definite {@code Rejected} that carries what the catalog says PayKKa did: {@code notFound()},
 *       {@code nothingProcessed()}); what is ambiguous is repeated, queried or reported as the table's repeat policy
 *       says. At the end it records the journal outcome, logs one line and reports a {@code CallCompleted} event.
 * </ol>
 *
 * <h2>One Retrofit method, not one per operation</h2>
 * The adapter signs the exact bytes it sends and verifies the exact bytes it receives, so Retrofit converts nothing: it
 * only carries raw bytes to a path. Twelve annotated methods would declare the operations a second time, beside the
 * wire table that the sandbox, the docs' JDK transport and a user's own transport read too. With one generic method
 * ({@code @POST} to an {@code @Url} taken from the table) the table is the only declaration, and an operation added to
 * it is reachable here without a change to this package.
 */
@NullMarked
package io.github.paykka.http;

import org.jspecify.annotations.NullMarked;

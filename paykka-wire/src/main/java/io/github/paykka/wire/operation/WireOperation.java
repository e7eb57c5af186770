package io.github.paykka.wire.operation;

import static io.github.paykka.wire.operation.RepeatPolicy.NEVER_AFTER_AMBIGUITY;
import static io.github.paykka.wire.operation.RepeatPolicy.QUERY_BEFORE_RESEND;
import static io.github.paykka.wire.operation.RepeatPolicy.QUERY_NEVER_RESEND;
import static io.github.paykka.wire.operation.RepeatPolicy.REPEAT;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.ports.Operation;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.PaymentsCaptureReqDto;
import io.github.paykka.wire.message.PaymentsQueryReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsReqDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.PaymentsVoidReqDto;
import io.github.paykka.wire.message.QueryTokenReqDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.RecurringCancelReqDto;
import io.github.paykka.wire.message.RefundQueryReqDto;
import io.github.paykka.wire.message.RefundReqDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionApplePayReqDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionQueryReqDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.github.paykka.wire.message.TokenRemoveReqDto;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One PayKKa operation on the wire, and the table of all of them: the one declaration of each operation's path,
 * request message, answer and repeat policy. Its name is the {@link Operation} of paykka-ports, which failures and
 * acceptances carry.
 *
 * <p>Every request is a signed {@code POST} of {@link #requestType()} to {@link #path()} (relative to the
 * environment's base URL), whose answer is an envelope ({@code ret_code}, {@code ret_msg}, {@code data}) that
 * {@link #decodeAnswer} reads. Paths of refunds and of the checkout session query are assumed by analogy (see
 * docs/assumptions.md): the seeds name those operations but not their paths.
 *
 * @param <Q> the request message
 * @param <D> the answer's {@code data}: a response message, a list of them, or, for commands whose answer carries
 *     nothing the library reads beyond identifiers to compare, the JSON tree
 */
public final class WireOperation<Q, D> {

  /** {@code POST /payments}: initiate a payment; moves money. */
  public static final WireOperation<PaymentsReqDto, PaymentsRespDto> INITIATE = new WireOperation<>(
      Operation.INITIATE, "payments", PaymentsReqDto.class, object(PaymentsRespDto.class), QUERY_BEFORE_RESEND);
  /** {@code POST /payments/query}: an order by {@code trans_id}, {@code order_id} or {@code session_id}. */
  public static final WireOperation<PaymentsQueryReqDto, PaymentsQueryRespDto> QUERY = new WireOperation<>(
      Operation.QUERY, "payments/query", PaymentsQueryReqDto.class, object(PaymentsQueryRespDto.class), REPEAT);
  /** {@code POST /payments/capture}; moves money. */
  public static final WireOperation<PaymentsCaptureReqDto, JsonNode> CAPTURE = new WireOperation<>(
      Operation.CAPTURE, "payments/capture", PaymentsCaptureReqDto.class, tree(), QUERY_NEVER_RESEND);
  /** {@code POST /payments/void}; moves money. */
  public static final WireOperation<PaymentsVoidReqDto, JsonNode> VOID = new WireOperation<>(
      Operation.VOID, "payments/void", PaymentsVoidReqDto.class, tree(), QUERY_NEVER_RESEND);
  /** {@code POST /payments/refund}; moves money. */
  public static final WireOperation<RefundReqDto, RefundRespDto> REFUND = new WireOperation<>(
      Operation.REFUND, "payments/refund", RefundReqDto.class, object(RefundRespDto.class), QUERY_BEFORE_RESEND);
  /** {@code POST /payments/refund/query}. */
  public static final WireOperation<RefundQueryReqDto, RefundRespDto> REFUND_QUERY = new WireOperation<>(
      Operation.REFUND_QUERY, "payments/refund/query", RefundQueryReqDto.class, object(RefundRespDto.class), REPEAT);
  /** {@code POST /payments/token/query}: a shopper's stored tokens, {@code data} a list. */
  public static final WireOperation<QueryTokenReqDto, List<QueryTokenRespDto>> TOKEN_LIST = new WireOperation<>(
      Operation.TOKEN_LIST, "payments/token/query", QueryTokenReqDto.class, list(QueryTokenRespDto.class), REPEAT);
  /** {@code POST /payments/token/remove}. */
  public static final WireOperation<TokenRemoveReqDto, JsonNode> TOKEN_REMOVE = new WireOperation<>(
      Operation.TOKEN_REMOVE, "payments/token/remove", TokenRemoveReqDto.class, tree(), NEVER_AFTER_AMBIGUITY);
  /** {@code POST /payments/recurring/cancel}. */
  public static final WireOperation<RecurringCancelReqDto, JsonNode> RECURRING_CANCEL = new WireOperation<>(
      Operation.RECURRING_CANCEL, "payments/recurring/cancel", RecurringCancelReqDto.class, tree(),
      NEVER_AFTER_AMBIGUITY);
  /**
   * {@code POST /payments/apple-pay/create-session}: Apple's merchant session, in an envelope or bare (see
   * {@link WireCodec#decodeApplePaySession}).
   */
  public static final WireOperation<SessionApplePayReqDto, ApplePaySessionRespDto> APPLE_PAY_SESSION =
      new WireOperation<>(Operation.APPLE_PAY_SESSION, "payments/apple-pay/create-session", SessionApplePayReqDto.class,
          (codec, body) -> codec.decodeApplePaySession(body), REPEAT);
  /** {@code POST /payments/session}: create a checkout session; moves money (the shopper pays through it). */
  public static final WireOperation<SessionCreateReqDto, SessionRespDto> CHECKOUT_CREATE = new WireOperation<>(
      Operation.CHECKOUT_CREATE, "payments/session", SessionCreateReqDto.class, object(SessionRespDto.class),
      QUERY_BEFORE_RESEND);
  /** {@code POST /payments/session/query}. */
  public static final WireOperation<SessionQueryReqDto, SessionQueryRespDto> CHECKOUT_QUERY = new WireOperation<>(
      Operation.CHECKOUT_QUERY, "payments/session/query", SessionQueryReqDto.class,
      object(SessionQueryRespDto.class), REPEAT);

  private static final Map<Operation, WireOperation<?, ?>> TABLE = table(INITIATE, QUERY, CAPTURE, VOID, REFUND,
      REFUND_QUERY, TOKEN_LIST, TOKEN_REMOVE, RECURRING_CANCEL, APPLE_PAY_SESSION, CHECKOUT_CREATE, CHECKOUT_QUERY);

  private final Operation operation;
  private final String path;
  private final Class<Q> requestType;
  private final AnswerReader<D> answer;
  private final RepeatPolicy repeatPolicy;

  private WireOperation(
      Operation operation, String path, Class<Q> requestType, AnswerReader<D> answer, RepeatPolicy repeatPolicy) {
    this.operation = operation;
    this.path = path;
    this.requestType = requestType;
    this.answer = answer;
    this.repeatPolicy = repeatPolicy;
  }

  /** How an answer's bytes become an envelope. */
  @FunctionalInterface
  private interface AnswerReader<D> {
    Either<WireError, Envelope<D>> read(WireCodec codec, byte[] body);
  }

  private static <D> AnswerReader<D> object(Class<D> type) {
    return (codec, body) -> codec.decodeEnvelope(body, type);
  }

  private static <I> AnswerReader<List<I>> list(Class<I> itemType) {
    return (codec, body) -> codec.decodeEnvelopeList(body, itemType);
  }

  /** An answer whose {@code data} the library does not model: kept as the JSON tree, to compare its identifiers. */
  private static AnswerReader<JsonNode> tree() {
    return (codec, body) -> codec.decodeEnvelope(body, JsonNode.class);
  }

  private static Map<Operation, WireOperation<?, ?>> table(WireOperation<?, ?>... rows) {
    Map<Operation, WireOperation<?, ?>> byOperation = new EnumMap<>(Operation.class);
    for (WireOperation<?, ?> row : rows) {
      if (byOperation.put(row.operation, row) != null) {
        throw new IllegalStateException("two rows for " + row.operation);
      }
    }
    // a new Operation without its row fails here, when the class loads, not at a user's first call of it
    for (Operation o : Operation.values()) {
      if (!byOperation.containsKey(o)) throw new IllegalStateException("no row for " + o);
    }
    return Collections.unmodifiableMap(byOperation);
  }

  /** The row of {@code operation}; every {@link Operation} has one. */
  public static WireOperation<?, ?> of(Operation operation) {
    requireNonNull(operation, "operation == null");
    return TABLE.get(operation);
  }

  /**
   * The operation served at {@code path}, with or without its leading {@code /} ({@code payments/query},
   * {@code /payments/query}), if any.
   */
  public static Option<WireOperation<?, ?>> ofPath(String path) {
    requireNonNull(path, "path == null");
    String relative = path.startsWith("/") ? path.substring(1) : path;
    for (WireOperation<?, ?> row : TABLE.values()) {
      if (row.path.equals(relative)) return Option.some(row);
    }
    return Option.none();
  }

  /** Every row, in the order of {@link Operation}. */
  public static List<WireOperation<?, ?>> all() {
    return List.copyOf(TABLE.values());
  }

  /** The operation's name, as failures and acceptances carry it. */
  public Operation operation() {
    return operation;
  }

  /** The path relative to the environment's base URL, without a leading {@code /}, e.g. {@code payments/query}. */
  public String path() {
    return path;
  }

  /** The request message, a record of {@code io.github.paykka.wire.message}. */
  public Class<Q> requestType() {
    return requestType;
  }

  /** How the call may be repeated. */
  public RepeatPolicy repeatPolicy() {
    return repeatPolicy;
  }

  /** Whether the call moves money: it is never repeated blindly, and a journal records it. */
  public boolean movesMoney() {
    return repeatPolicy.movesMoney();
  }

  /**
   * Reads an answer's bytes (whose signature verified) as this operation's envelope, tolerantly as everything PayKKa
   * sends.
   *
   * @return the envelope, or what was wrong with the bytes; never throws
   */
  public Either<WireError, Envelope<D>> decodeAnswer(WireCodec codec, byte[] body) {
    requireNonNull(codec, "codec == null");
    requireNonNull(body, "body == null");
    return answer.read(codec, body);
  }

  /** E.g. {@code payments.initiate (POST /payments)}. */
  @Override
  public String toString() {
    return operation.label() + " (POST /" + path + ")";
  }
}

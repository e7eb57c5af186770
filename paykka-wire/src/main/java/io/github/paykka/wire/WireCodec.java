package io.github.paykka.wire;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.SentByPaykka;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes PayKKa v1.2 JSON: the one Jackson configuration of this library.
 *
 * <p>Configuration, built once per instance (there is no shared static state): snake_case names; unknown fields ignored
 * (PayKKa adds fields); {@code null} fields omitted on write; enums read leniently, unknown values as {@code UNKNOWN};
 * integers read from JSON numbers or numeric strings ({@code "amount": "300"}), never from fractions, and written as
 * numbers; trailing content after the document rejected; nesting, string and number sizes bounded; bytes that are not
 * well-formed UTF-8 (an overlong {@code C0 AF}, a lone surrogate) refused before Jackson sees them.
 *
 * <p>Two readings. What PayKKa sends (every envelope, and the messages marked {@link SentByPaykka}: answers' data and
 * notification bodies) is read tolerantly: a field of the wrong JSON type ({@code "payment": "x"}, {@code "amount":
 * {}}), a string that is not the number it should be, or a fraction where an integer belongs reads as absent
 * ({@code null}); the mapper then decides whether that field was required. Requests (what the merchant sends and the
 * sandbox checks) are read strictly: the same input is a {@link WireError.WrongType}. An integer beyond the int64 range
 * is a {@link WireError.WrongType} naming its path in a request, and in what PayKKa sends where money needs it
 * ({@code amount}, {@code refund_amount}, {@code timestamp}: a value that cannot be held, never to be guessed); in any
 * other field PayKKa sends it is absent, like any garbled value, and numbers of up to 10,000 digits may stand in
 * fields this version does not read.
 *
 * <p>Contract: the {@code decode*} methods never throw for any input bytes; every problem is a {@link WireError} that
 * names a path and a kind, never a value. Instances are thread-safe and meant to be shared; readers and writers are
 * built once per type and reused.
 */
public final class WireCodec {
  private final ObjectMapper mapper;
  private final ObjectMapper tolerant;
  private final TypeFactory types;
  private final ConcurrentMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, ObjectReader> envelopeReaders = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, ObjectReader> listEnvelopeReaders = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

  private WireCodec() {
    this.mapper = build(false);
    this.tolerant = build(true);
    this.types = mapper.getTypeFactory();
  }

  private static ObjectMapper build(boolean tolerant) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    // PayKKa may add a field holding a long number (a rate to 70 places); 10,000 digits still
                    // parse in well under a millisecond. Requests are ours, and short.
                    .maxNumberLength(tolerant ? 10_000 : 64)
                    .maxDocumentLength(16L << 20)
                    .build())
            .build();
    JsonMapper.Builder b =
        JsonMapper.builder(factory)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 12.5 must never become an amount of 12
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    if (tolerant) {
      b.addHandler(new TolerantReading());
      b.addModule(new SimpleModule("paykka-tolerant").addDeserializer(Long.class, new TolerantLong()));
    }
    JsonMapper m = b.build();
    // "amount": "300" (the guides) reads as 300
    m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    if (tolerant) {
      // a fraction never becomes an integer: absent instead (Jackson reports these coercions past the handler)
      m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.AsNull);
      m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.AsNull);
      m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Float, CoercionAction.AsNull);
      // "balances": "" where an object belongs (an array there reaches the handler)
      m.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    }
    return m;
  }

  /**
   * Whether {@code bytes} are well-formed UTF-8 (RFC 3629: no overlong form, no surrogate, nothing above U+10FFFF, no
   * truncated sequence): the one strict check every reader of PayKKa's bytes in this module makes first (the codec's
   * {@code decode} methods, the signature scheme's field reader), because Jackson and {@code new String(bytes, UTF_8)}
   * decode some malformed sequences instead of refusing them.
   */
  public static boolean isWellFormedUtf8(byte[] bytes) {
    return Utf8.isValid(bytes);
  }

  /** Creates a codec; create one and share it. */
  public static WireCodec create() {
    return new WireCodec();
  }

  /**
   * Decodes a message of {@code type} (a record of {@code io.github.paykka.wire.message}): tolerantly when it is one
   * PayKKa sends ({@link SentByPaykka}, e.g. a notification body), strictly otherwise (a request).
   *
   * @return the message, or what was wrong with the bytes; never throws
   */
  public <T> Either<WireError, T> decode(byte[] json, Class<T> type) {
    requireNonNull(json, "json == null");
    requireNonNull(type, "type == null");
    ObjectReader reader =
        readers.computeIfAbsent(type, t -> (SentByPaykka.class.isAssignableFrom(t) ? tolerant : mapper).readerFor(t));
    return read(reader, json, type.getSimpleName());
  }

  /**
   * Decodes a response envelope whose {@code data} is an object of {@code dataType} (or absent); read tolerantly, as
   * everything PayKKa sends.
   *
   * <p>Use {@code JsonNode.class} for responses that carry no data.
   *
   * @return the envelope, or what was wrong with the bytes; never throws
   */
  public <T> Either<WireError, Envelope<T>> decodeEnvelope(byte[] json, Class<T> dataType) {
    requireNonNull(json, "json == null");
    requireNonNull(dataType, "dataType == null");
    ObjectReader reader =
        envelopeReaders.computeIfAbsent(
            dataType, t -> tolerant.readerFor(types.constructParametricType(Envelope.class, t)));
    return read(reader, json, "Envelope");
  }

  /**
   * Decodes a response envelope whose {@code data} is a list of {@code itemType} (or absent); read tolerantly.
   *
   * @return the envelope, or what was wrong with the bytes; never throws
   */
  public <T> Either<WireError, Envelope<List<T>>> decodeEnvelopeList(byte[] json, Class<T> itemType) {
    requireNonNull(json, "json == null");
    requireNonNull(itemType, "itemType == null");
    ObjectReader reader =
        listEnvelopeReaders.computeIfAbsent(
            itemType,
            t -> {
              JavaType list = types.constructCollectionType(List.class, t);
              return tolerant.readerFor(types.constructParametricType(Envelope.class, list));
            });
    return read(reader, json, "Envelope");
  }

  /**
   * Decodes the answer of {@code /payments/apple-pay/create-session} in any of the forms PayKKa's documents show: the
   * envelope ({@code ret_code}, {@code ret_msg}, {@code data}), or, as PayKKa's later documents have it, the merchant
   * session itself without an envelope, either as a bare JSON string or as a bare JSON object without {@code
   * ret_code}. A bare session reads as a success envelope ({@code 000000}) carrying it.
   *
   * @return the envelope, or what was wrong with the bytes; never throws
   */
  public Either<WireError, Envelope<ApplePaySessionRespDto>> decodeApplePaySession(byte[] json) {
    requireNonNull(json, "json == null");
    Either<WireError, JsonNode> tree = tree(json);
    if (tree.isLeft()) return Either.left(tree.getLeft());
    JsonNode n = tree.get();
    if (n.getNodeType() == JsonNodeType.STRING) {
      return Either.right(Envelope.success(new ApplePaySessionRespDto(n)));
    }
    if (n.isObject() && !n.has("ret_code")) return Either.right(Envelope.success(new ApplePaySessionRespDto(n)));
    return decodeEnvelope(json, ApplePaySessionRespDto.class);
  }

  /**
   * Encodes a message or an {@link Envelope} as UTF-8 JSON, omitting null fields.
   *
   * @throws IllegalArgumentException if {@code message} is not a message of this library (the cause names the type)
   */
  public byte[] encode(Object message) {
    requireNonNull(message, "message == null");
    ObjectWriter writer = writers.computeIfAbsent(message.getClass(), mapper::writerFor);
    try {
      return writer.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      // our records always serialise; a foreign type may not. No value is quoted.
      throw new IllegalArgumentException("cannot encode a " + message.getClass().getName());
    }
  }

  /**
   * Parses bytes as a JSON tree, with the limits of what PayKKa sends (numbers up to 10,000 digits); never throws.
   */
  public Either<WireError, JsonNode> tree(byte[] json) {
    requireNonNull(json, "json == null");
    return read(readers.computeIfAbsent(JsonNode.class, tolerant::readerFor), json, "JSON");
  }

  private static <T> Either<WireError, T> read(ObjectReader reader, byte[] json, String what) {
    // Jackson decodes some malformed sequences (C0 AF reads as "/"): validate the bytes first
    if (!Utf8.isValid(json)) return Either.left(new WireError.Malformed("invalid UTF-8", 0, 0));
    try {
      T value = reader.readValue(json);
      if (value == null) return Either.left(new WireError.WrongType("$", what + " object, not null"));
      return Either.right(value);
    } catch (Exception e) {
      // Jackson throws checked IOExceptions and a few runtime ones; none may escape
      return Either.left(JsonErrors.classify(e));
    } catch (StackOverflowError e) {
      // nesting is bounded, so this is a last resort only
      return Either.left(new WireError.TooLarge("nesting depth"));
    }
  }

  @Override
  public String toString() {
    return "WireCodec[PayKKa v1.2 JSON]";
  }

  /**
   * Integers of the tolerant reading: a JSON integer, or a string of one ({@code "300"}, as the guides send); anything
   * else is {@code null}. Jackson's own reading would measure a long nonsense string against the number-length limit
   * and fail the whole document. An integer beyond int64, as a number or as digits in a string, is an error naming its
   * path in the fields money needs ({@code MONEY_NUMBERS}), and absent in the others (a garbled balance).
   */
  private static final class TolerantLong extends StdScalarDeserializer<Long> {
    private static final long serialVersionUID = 1L;
    /** The numbers whose value money needs: beyond int64 they are an error, never absent. */
    private static final Set<String> MONEY_NUMBERS = Set.of("amount", "refund_amount", "timestamp");

    TolerantLong() {
      super(Long.class);
    }

    @Override
    public @Nullable Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT) {
        // more digits than int64 has: never converted
        if (p.getTextLength() <= 20) {
          JsonParser.NumberType type = p.getNumberType();
          if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) return p.getLongValue();
        }
        return beyondInt64(p, JsonToken.VALUE_NUMBER_INT);
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
        return null;
      }
      if (t != JsonToken.VALUE_STRING) return null;
      String text = p.getText().strip();
      int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
      if (text.length() == start) return null;
      for (int i = start; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') return null;
      }
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException beyondInt64) {
        return beyondInt64(p, JsonToken.VALUE_STRING);
      }
    }

    private static @Nullable Long beyondInt64(JsonParser p, JsonToken t) throws IOException {
      if (MONEY_NUMBERS.contains(p.currentName())) {
        throw new InputCoercionException(p, "integer beyond int64", t, Long.class);
      }
      return null;
    }
  }

  /**
   * The tolerant reading: every value Jackson cannot turn into its field's type becomes {@code null}, and the rest of
   * the document is read on. A structure in the wrong place is skipped whole, so that the parser stays in step.
   */
  private static final class TolerantReading extends DeserializationProblemHandler {
    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
        String failureMsg) throws IOException {
      skip(p, t);
      return null;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
        String failureMsg) {
      return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
        String failureMsg) {
      return null;
    }

    @Override
    public Object handleWeirdNativeValue(DeserializationContext ctxt, JavaType targetType, Object valueToConvert,
        JsonParser p) {
      return null;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
        ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
      skip(p, p.currentToken());
      return null;
    }

    /**
     * Reads past the unwanted value. Jackson may already have stepped into a structure before giving up (looking for
     * an empty or a one-element array): then the rest of it is read up to its end.
     */
    private static void skip(JsonParser p, @Nullable JsonToken reported) throws IOException {
      JsonToken current = p.currentToken();
      if (current == JsonToken.START_OBJECT || current == JsonToken.START_ARRAY) {
        p.skipChildren();
        return;
      }
      if (reported != JsonToken.START_OBJECT && reported != JsonToken.START_ARRAY) return;
      for (JsonToken t = current; t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) return;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
      }
    }
  }
}

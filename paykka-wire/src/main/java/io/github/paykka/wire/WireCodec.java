package io.github.paykka.wire;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.paykka.wire.internal.JsonErrors;
import io.github.paykka.wire.message.Envelope;
import io.vavr.control.Either;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads and writes PayKKa v1.2 JSON: the one Jackson configuration of this library.
 *
 * <p>Configuration, built once per instance (there is no shared static state): snake_case names; unknown fields ignored
 * (PayKKa adds fields); {@code null} fields omitted on write; enums read leniently, unknown values as {@code UNKNOWN};
 * integers read from JSON numbers or numeric strings ({@code "amount": "300"}), never from fractions, and written as
 * numbers; trailing content after the document rejected; nesting, string and number sizes bounded.
 *
 * <p>Contract: the {@code decode*} methods never throw for any input bytes; every problem is a {@link WireError} that
 * names a path and a kind, never a value. Instances are thread-safe and meant to be shared; readers and writers are
 * built once per type and reused.
 */
public final class WireCodec {
  private final ObjectMapper mapper;
  private final TypeFactory types;
  private final ConcurrentMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, ObjectReader> envelopeReaders = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, ObjectReader> listEnvelopeReaders = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

  private WireCodec() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(64)
                    .maxDocumentLength(16L << 20)
                    .build())
            .build();
    JsonMapper m =
        JsonMapper.builder(factory)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 12.5 must never become an amount of 12
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    // "amount": "300" (the guides) reads as 300
    m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    this.mapper = m;
    this.types = m.getTypeFactory();
  }

  /** Creates a codec; create one and share it. */
  public static WireCodec create() {
    return new WireCodec();
  }

  /**
   * Decodes a message of {@code type} (a record of {@code io.github.paykka.wire.message}).
   *
   * @return the message, or what was wrong with the bytes; never throws
   */
  public <T> Either<WireError, T> decode(byte[] json, Class<T> type) {
    requireNonNull(json, "json == null");
    requireNonNull(type, "type == null");
    ObjectReader reader = readers.computeIfAbsent(type, mapper::readerFor);
    return read(reader, json, type.getSimpleName());
  }

  /**
   * Decodes a response envelope whose {@code data} is an object of {@code dataType} (or absent).
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
            dataType, t -> mapper.readerFor(types.constructParametricType(Envelope.class, t)));
    return read(reader, json, "Envelope");
  }

  /**
   * Decodes a response envelope whose {@code data} is a list of {@code itemType} (or absent).
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
              return mapper.readerFor(types.constructParametricType(Envelope.class, list));
            });
    return read(reader, json, "Envelope");
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

  /** Parses bytes as a JSON tree (for tests and tools); never throws. */
  public Either<WireError, JsonNode> tree(byte[] json) {
    requireNonNull(json, "json == null");
    return read(readers.computeIfAbsent(JsonNode.class, mapper::readerFor), json, "JSON");
  }

  private static <T> Either<WireError, T> read(ObjectReader reader, byte[] json, String what) {
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
}

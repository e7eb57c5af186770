package io.github.paykka.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.CharConversionException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns Jackson's exceptions into {@link WireError}s without copying their messages, which may quote input (card data).
 *
 * <p>Package-private: the codec's alone.
 */
final class JsonErrors {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final String MISSING = "Missing required creator property '";

  private JsonErrors() {}

  /** Classifies {@code e}; never throws. */
  static WireError classify(Throwable e) {
    if (e instanceof StreamConstraintsException) return new WireError.TooLarge(constraint(e));
    if (e instanceof CharConversionException) return new WireError.Malformed("invalid UTF-8", 0, 0);
    if (e instanceof ValueInstantiationException v) return new WireError.InvalidValue(path(v));
    if (e instanceof InvalidFormatException f) return new WireError.WrongType(path(f), expected(f.getTargetType()));
    if (e instanceof MismatchedInputException m) {
      String msg = String.valueOf(m.getOriginalMessage());
      if (msg.startsWith("No content to map")) return new WireError.Malformed("empty input", 1, 1);
      if (msg.startsWith("Trailing token")) return malformed("trailing content", m);
      if (msg.startsWith(MISSING)) {
        int end = msg.indexOf('\'', MISSING.length());
        String name = end < 0 ? "?" : safe(msg.substring(MISSING.length(), end));
        String base = path(m);
        // Jackson's path sometimes already ends with the missing property
        return new WireError.MissingField(base.endsWith("." + name) ? base : base + "." + name);
      }
      return new WireError.WrongType(path(m), expected(m.getTargetType()));
    }
    // an integer beyond int64 ("amount": 9223372036854775808): the wrapper knows the path, the cause does not
    if (e instanceof JsonMappingException m && m.getCause() instanceof InputCoercionException) {
      return new WireError.WrongType(path(m), "integer within int64");
    }
    if (e instanceof InputCoercionException) return new WireError.WrongType("$", "integer within int64");
    if (e instanceof DatabindException d && d.getCause() != null && d.getCause() != e) {
      return classify(d.getCause());
    }
    if (e instanceof JsonEOFException j) return malformed("unexpected end of input", j);
    if (e instanceof JsonProcessingException p && !(e instanceof JsonMappingException)) {
      return malformed("not JSON", p);
    }
    return new WireError.Unreadable(e.getClass().getSimpleName());
  }

  private static WireError malformed(String reason, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    return loc == null
        ? new WireError.Malformed(reason, 0, 0)
        : new WireError.Malformed(reason, loc.getLineNr(), loc.getColumnNr());
  }

  private static String constraint(Throwable e) {
    // the constraint messages quote limits, not input; still, keep only the kind
    String m = String.valueOf(e.getMessage());
    if (m.contains("nesting depth")) return "nesting depth";
    if (m.contains("String value length")) return "string length";
    if (m.contains("Number value length")) return "number length";
    if (m.contains("Document length")) return "document length";
    if (m.contains("Name length")) return "name length";
    return "stream constraint";
  }

  static String path(JsonMappingException e) {
    List<JsonMappingException.Reference> refs = e.getPath();
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      String name = r.getFieldName();
      if (name != null) sb.append('.').append(safe(name));
      else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
    }
    return sb.toString();
  }

  private static String safe(String name) {
    // field names come from the input; print only ones shaped like our own names
    return SAFE_NAME.matcher(name).matches() ? name : "?";
  }

  private static String expected(@Nullable Class<?> type) {
    if (type == null) return "value";
    if (type == Long.class || type == Integer.class || type == long.class || type == int.class) return "integer";
    if (type == Boolean.class || type == boolean.class) return "boolean";
    if (type == String.class) return "string";
    if (java.util.Collection.class.isAssignableFrom(type)) return "array";
    if (type.isEnum()) return "string";
    return "object (" + type.getSimpleName() + ")";
  }
}

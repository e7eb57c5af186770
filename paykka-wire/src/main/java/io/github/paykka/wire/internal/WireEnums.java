package io.github.paykka.wire.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Lenient lookup of wire enum spellings; shared by the enums of {@code io.github.paykka.wire.message}.
 *
 * <p>Internal: not part of the public API, may change without notice.
 */
public final class WireEnums {
  private WireEnums() {}

  /** Indexes {@code values} by the normalised form of their own wire spelling and of their constant name. */
  public static <E extends Enum<E>> Map<String, E> index(E[] values, Function<E, String> wire) {
    Map<String, E> map = new HashMap<>();
    for (E e : values) {
      map.put(normalise(wire.apply(e)), e);
      map.put(normalise(e.name()), e);
    }
    return Map.copyOf(map);
  }

  /** Looks a spelling up; {@code unknown} when it is null or not known. */
  public static <E> E parse(Map<String, E> index, @Nullable String value, E unknown) {
    if (value == null) return unknown;
    E e = index.get(normalise(value));
    return e == null ? unknown : e;
  }

  /** Upper case without {@code _ - . } and space: {@code BankCard}, {@code BANK_CARD} and {@code bankcard} meet. */
  static String normalise(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '_' || c == '-' || c == '.' || c == ' ') continue;
      sb.append(c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }
}

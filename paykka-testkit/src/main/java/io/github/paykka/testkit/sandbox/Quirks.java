package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Quirk}s a sandbox shows: an immutable set of switches, none by default. Give them to
 * {@link PaykkaSandbox.Builder#quirks(Quirks)}, change them while it runs with {@link PaykkaSandbox#quirks(Quirks)},
 * {@code POST /sandbox/api/quirks} or {@code paykka sandbox --quirk} (docs/testing.md).
 *
 * <p>Thread-safe (immutable); equal when they hold the same quirks.
 */
public final class Quirks {
  private static final Quirks NONE = new Quirks(EnumSet.noneOf(Quirk.class));

  private final Set<Quirk> quirks;

  private Quirks(EnumSet<Quirk> quirks) {
    this.quirks = Collections.unmodifiableSet(quirks);
  }

  /** No quirk: the sandbox answers in the form the library writes. */
  public static Quirks none() {
    return NONE;
  }

  /**
   * Every quirk, {@link Quirk#UNKNOWN_STATUS} included (which changes what answers mean); for the quirks that keep
   * the meaning, use {@code all().without(Quirk.UNKNOWN_STATUS)}.
   */
  public static Quirks all() {
    return new Quirks(EnumSet.allOf(Quirk.class));
  }

  /** Exactly {@code quirks}. */
  public static Quirks of(Quirk... quirks) {
    requireNonNull(quirks, "quirks == null");
    EnumSet<Quirk> set = EnumSet.noneOf(Quirk.class);
    for (int i = 0; i < quirks.length; i++) set.add(requireNonNull(quirks[i], "quirks[" + i + "] == null"));
    return new Quirks(set);
  }

  /** Exactly {@code quirks}. */
  public static Quirks of(Collection<Quirk> quirks) {
    requireNonNull(quirks, "quirks == null");
    return of(quirks.toArray(new Quirk[0]));
  }

  /**
   * Reads a list of quirk names separated by commas or spaces ({@code extra-fields, unknown-values}), or {@code all},
   * or {@code none} (or nothing): the form of {@code --quirk} and of the JSON API.
   *
   * @throws IllegalArgumentException naming the first word that is no quirk, and listing the names
   */
  public static Quirks parse(String names) {
    requireNonNull(names, "names == null");
    EnumSet<Quirk> set = EnumSet.noneOf(Quirk.class);
    for (String word : names.split("[,\\s]+")) {
      if (word.isEmpty() || word.equalsIgnoreCase("none")) continue;
      if (word.equalsIgnoreCase("all")) {
        set.addAll(EnumSet.allOf(Quirk.class));
        continue;
      }
      Option<Quirk> q = Quirk.ofName(word);
      if (q.isEmpty()) {
        throw new IllegalArgumentException("no such quirk: '" + word + "'; quirks: " + names()
            + ", all, none");
      }
      set.add(q.get());
    }
    return new Quirks(set);
  }

  /** The names {@link #parse} reads, separated by spaces. */
  public static String names() {
    return EnumSet.allOf(Quirk.class).stream().map(Quirk::cliName).collect(Collectors.joining(" "));
  }

  /** These quirks and {@code quirk}. */
  public Quirks with(Quirk quirk) {
    requireNonNull(quirk, "quirk == null");
    EnumSet<Quirk> set = copy();
    set.add(quirk);
    return new Quirks(set);
  }

  /** These quirks without {@code quirk}. */
  public Quirks without(Quirk quirk) {
    requireNonNull(quirk, "quirk == null");
    EnumSet<Quirk> set = copy();
    set.remove(quirk);
    return new Quirks(set);
  }

  /** Whether {@code quirk} is on. */
  public boolean has(Quirk quirk) {
    return quirks.contains(requireNonNull(quirk, "quirk == null"));
  }

  /** Whether no quirk is on. */
  public boolean isEmpty() {
    return quirks.isEmpty();
  }

  /** The quirks that are on, in declaration order (unmodifiable). */
  public Set<Quirk> asSet() {
    return quirks;
  }

  private EnumSet<Quirk> copy() {
    return quirks.isEmpty() ? EnumSet.noneOf(Quirk.class) : EnumSet.copyOf(quirks);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Quirks other && quirks.equals(other.quirks);
  }

  @Override
  public int hashCode() {
    return quirks.hashCode();
  }

  /** E.g. {@code Quirks[extra-fields, unknown-values]}. */
  @Override
  public String toString() {
    return quirks.stream().map(Quirk::cliName).collect(Collectors.joining(", ", "Quirks[", "]"));
  }
}

package io.github.paykka.ports.journal;

/**
 * A journal entry's identity, assigned by the journal when the intent is recorded; later entries have larger ids.
 *
 * @param value at least 1
 */
public record EntryId(long value) implements Comparable<EntryId> {

  /** @throws IllegalArgumentException if {@code value < 1} */
  public EntryId {
    if (value < 1) throw new IllegalArgumentException("an entry id is at least 1, was " + value);
  }

  /** The id {@code value}. */
  public static EntryId of(long value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return "#" + value;
  }
}

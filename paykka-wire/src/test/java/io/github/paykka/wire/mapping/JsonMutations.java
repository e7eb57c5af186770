package io.github.paykka.wire.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary damage to a JSON document PayKKa might send, for the tolerant reader's laws: extra fields anywhere,
 * arbitrary unknown values in enum-like fields, and every informational field kept, removed, set to {@code null} or
 * garbled (a value of another JSON type, or nonsense of the same type). Required fields are never touched.
 *
 * <p>Paths are dotted field names relative to the document ({@code balances.authed_amount}).
 */
final class JsonMutations {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonMutations() {}

  /** Any JSON value: text (any non-surrogate characters), integers within int64, fractions, booleans, null, nesting. */
  static Arbitrary<JsonNode> junk() {
    return junk(2);
  }

  private static Arbitrary<JsonNode> junk(int depth) {
    List<Arbitrary<? extends JsonNode>> leaves = List.of(
        text().map(JSON::textNode),
        Arbitraries.longs().map(JSON::numberNode),
        Arbitraries.doubles().map(JSON::numberNode),
        Arbitraries.of(true, false).map(JSON::booleanNode),
        Arbitraries.just(JSON.nullNode()),
        Arbitraries.of("12x", "-5", "1e3", "12.5", "", " ", "null", "true", "2023-13-45T99:99:99+9999", "{}")
            .map(JSON::textNode));
    if (depth == 0) return Arbitraries.oneOf(leaves);
    Arbitrary<JsonNode> inner = junk(depth - 1);
    Arbitrary<JsonNode> array = inner.list().ofMaxSize(3).map(items -> {
      ArrayNode a = JSON.arrayNode();
      items.forEach(a::add);
      return a;
    });
    Arbitrary<JsonNode> object = Combinators.combine(fieldName(), inner).as(Tuple::of).list().ofMaxSize(3)
        .map(fields -> {
          ObjectNode o = JSON.objectNode();
          fields.forEach(f -> o.set(f.get1(), f.get2()));
          return o;
        });
    List<Arbitrary<? extends JsonNode>> all = new ArrayList<>(leaves);
    all.add(array);
    all.add(object);
    return Arbitraries.oneOf(all);
  }

  /** Text of any characters but lone surrogates (which are not UTF-8), often short. */
  static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD').ofMaxLength(80));
  }

  /** A field name no PayKKa document of ours uses (extra fields must not replace known ones). */
  static Arbitrary<String> fieldName() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(12)
        .map(s -> "x_" + s);
  }

  /**
   * Damage to {@code doc}: per informational path one of keep (most often), remove, null, or a junk value; per
   * enum-like path keep or an arbitrary text; and extra fields added to the document and its objects.
   *
   * @param required paths never touched (and their ancestors)
   * @param enumLike paths whose values are PayKKa enum spellings
   */
  static Arbitrary<UnaryOperator<ObjectNode>> damage(ObjectNode doc, Set<String> required, Set<String> enumLike) {
    List<String> informational = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    collect(doc, "", required, enumLike, informational, objects);
    // deepest first, so that damage to a parent applies after damage to its children
    informational.sort(Comparator.comparingInt(JsonMutations::depth).reversed());
    List<Arbitrary<UnaryOperator<ObjectNode>>> steps = new ArrayList<>();
    for (String path : enumLike) {
      if (at(doc, path) == null) continue;
      steps.add(Arbitraries.frequencyOf(
          Tuple.of(1, Arbitraries.just(UnaryOperator.<ObjectNode>identity())),
          Tuple.of(2, text().map(t -> set(path, JSON.textNode(t))))));
    }
    for (String path : informational) {
      steps.add(Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.just(UnaryOperator.<ObjectNode>identity())),
          Tuple.of(1, Arbitraries.just(remove(path))),
          Tuple.of(1, Arbitraries.just(set(path, JSON.nullNode()))),
          Tuple.of(2, junk().map(j -> set(path, j)))));
    }
    objects.add("");
    for (String path : objects) {
      steps.add(Combinators.combine(fieldName(), junk()).as(Tuple::of).list().ofMaxSize(2)
          .map(extras -> d -> {
            JsonNode target = path.isEmpty() ? d : at(d, path);
            if (target instanceof ObjectNode o) extras.forEach(e -> o.set(e.get1(), e.get2()));
            return d;
          }));
    }
    return Combinators.combine(steps).as(all -> d -> {
      ObjectNode copy = d.deepCopy();
      for (UnaryOperator<ObjectNode> step : all) copy = step.apply(copy);
      return copy;
    });
  }

  private static void collect(JsonNode node, String prefix, Set<String> required, Set<String> enumLike,
      List<String> informational, List<String> objects) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (required.contains(path) || enumLike.contains(path)) continue;
      boolean ancestorOfRequired = required.stream().anyMatch(r -> r.startsWith(path + "."));
      if (e.getValue().isObject()) {
        objects.add(path);
        collect(e.getValue(), path, required, enumLike, informational, objects);
      }
      if (!ancestorOfRequired) informational.add(path);
    }
  }

  private static int depth(String path) {
    return path.split("\\.").length;
  }

  /** The node at {@code path}, or null. */
  static JsonNode at(JsonNode root, String path) {
    JsonNode n = root;
    for (String name : path.split("\\.")) {
      if (n == null || !n.isObject()) return null;
      n = n.get(name);
    }
    return n;
  }

  /** Sets {@code path} to {@code value} where its parent is still an object. */
  static UnaryOperator<ObjectNode> set(String path, JsonNode value) {
    return d -> {
      int dot = path.lastIndexOf('.');
      JsonNode parent = dot < 0 ? d : at(d, path.substring(0, dot));
      if (parent instanceof ObjectNode o) o.set(path.substring(dot + 1), value);
      return d;
    };
  }

  private static UnaryOperator<ObjectNode> remove(String path) {
    return d -> {
      int dot = path.lastIndexOf('.');
      JsonNode parent = dot < 0 ? d : at(d, path.substring(0, dot));
      if (parent instanceof ObjectNode o) o.remove(path.substring(dot + 1));
      return d;
    };
  }
}

package io.github.paykka.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A token-level reading of a Java snippet of the guide: which names it defines (imports, declarations, parameters,
 * lambda parameters, classes) and which it uses without qualification. No parser: a snippet may be a fragment (the
 * opening of a class, a few statements), so this reads tokens, knowing only what makes a name a declaration.
 */
final class JavaTokens {
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
      "char", "class", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package",
      "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized",
      "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
      "record", "yield", "sealed", "permits", "non-sealed");
  /** Tokens that may follow a name being declared: {@code Type name = ...}, {@code (Type name)}, {@code name(...)}. */
  private static final Set<String> ENDS_A_DECLARATION = Set.of("=", ";", ",", ")", ":", "(", "&", "|", "?");
  /** Keywords that are types: {@code void name(}, {@code int name =}. */
  private static final Set<String> PRIMITIVES = Set.of("void", "boolean", "byte", "char", "short", "int", "long",
      "float", "double", "var");

  /** What a snippet defines and uses. */
  /**
   * What a block declares and uses.
   *
   * @param defined every name the block declares
   * @param exported the names a later block may use: those not declared inside braces the block itself closes (a
   *     method's parameters and locals end with it)
   * @param used the names the block uses
   */
  record Names(Set<String> defined, Set<String> exported, List<String> used) {}

  private JavaTokens() {}

  static Names read(String code) {
    List<String> tokens = tokens(code);
    boolean[] local = closedScopes(tokens);
    Set<String> defined = new LinkedHashSet<>();
    Set<String> exported = new LinkedHashSet<>();
    List<String> used = new ArrayList<>();
    Set<Integer> declared = new HashSet<>();
    // imports
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).equals("import")) continue;
      int end = i;
      while (end < tokens.size() && !tokens.get(end).equals(";")) end++;
      String last = tokens.get(end - 1);
      if (!last.equals("*")) define(defined, exported, local, last, end - 1);
      for (int k = i; k < end; k++) declared.add(k);
      i = end;
    }
    // type names after class, interface, enum, record; lambda parameters; declarations
    for (int i = 0; i < tokens.size(); i++) {
      if (declared.contains(i)) continue;
      String t = tokens.get(i);
      String prev = i > 0 ? tokens.get(i - 1) : "";
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      if (!isName(t)) continue;
      if (Set.of("class", "interface", "enum", "record").contains(prev)) {
        define(defined, exported, local, t, i);
        declared.add(i);
      } else if (Character.isUpperCase(t.charAt(0)) && next.equals("(")
          && (i == 0 || Set.of("{", "}", ";", "public", "protected", "private").contains(prev))) {
        // a constructor: Name(...) where a member starts
        define(defined, exported, local, t, i);
        declared.add(i);
      } else if (next.equals("->") && !isCaseLabel(tokens, i)) {
        // a lambda's parameter ends with the lambda: never for later blocks
        defined.add(t);
        declared.add(i);
      } else if ((isName(prev) && (!KEYWORDS.contains(prev) || PRIMITIVES.contains(prev)) || prev.equals(">")
          || prev.equals("]") || prev.equals("...")) && ENDS_A_DECLARATION.contains(next)
          && !isGenericCallEnd(tokens, i - 1)) {
        define(defined, exported, local, t, i);
        declared.add(i);
      }
    }
    // a parenthesised lambda parameter list: (a, b) -> ...
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).equals("->") || i == 0 || !tokens.get(i - 1).equals(")")) continue;
      int depth = 0;
      for (int k = i - 1; k >= 0; k--) {
        String t = tokens.get(k);
        if (t.equals(")")) depth++;
        if (t.equals("(")) depth--;
        if (depth == 0) break;
        if (isName(t) && depth == 1 && (tokens.get(k + 1).equals(",") || tokens.get(k + 1).equals(")"))) {
          defined.add(t);
          declared.add(k);
        }
      }
    }
    // uses: a name not after '.', '::' or inside an annotation's named arguments, not declared here
    int annotationDepth = 0;
    int genericAfterDot = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String prev = i > 0 ? tokens.get(i - 1) : "";
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      if (declared.contains(i)) continue;
      if (t.equals("(") && annotationDepth > 0) annotationDepth++;
      if (t.equals(")") && annotationDepth > 0) annotationDepth--;
      if (t.equals("(") && i >= 2 && tokens.get(i - 2).equals("@")) annotationDepth = 1;
      if (!isName(t) || KEYWORDS.contains(t)) continue;
      if (prev.equals(".") || prev.equals("::")) continue;
      if (isGenericCallEnd(tokens, i - 1)) continue;
      if (annotationDepth > 0 && next.equals("=")) continue;
      if (prev.equals("case")) continue;
      used.add(t);
    }
    return new Names(defined, exported, used);
  }

  private static void define(Set<String> defined, Set<String> exported, boolean[] local, String name, int at) {
    defined.add(name);
    if (!local[at]) exported.add(name);
  }

  /** For each token, whether it stands inside a pair of braces that opens and closes within the block. */
  private static boolean[] closedScopes(List<String> tokens) {
    boolean[] inside = new boolean[tokens.size()];
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).equals("{")) {
        open.push(i);
      } else if (tokens.get(i).equals("}") && !open.isEmpty()) {
        int from = open.pop();
        for (int k = from + 1; k < i; k++) inside[k] = true;
      }
    }
    return inside;
  }

  /** Whether the name at {@code i} is a switch label ({@code case A, B ->}), not a lambda parameter. */
  private static boolean isCaseLabel(List<String> tokens, int i) {
    int k = i - 1;
    while (k >= 1 && tokens.get(k).equals(",") && isName(tokens.get(k - 1))) k -= 2;
    return k >= 0 && tokens.get(k).equals("case");
  }

  /** Whether the token at {@code close} is the {@code >} closing type arguments after a dot: {@code x.<T>call}. */
  private static boolean isGenericCallEnd(List<String> tokens, int close) {
    if (close < 0 || !tokens.get(close).equals(">")) return false;
    int depth = 0;
    for (int k = close; k >= 0; k--) {
      String t = tokens.get(k);
      if (t.equals(">")) depth++;
      if (t.equals("<")) depth--;
      if (depth == 0) return k > 0 && tokens.get(k - 1).equals(".");
    }
    return false;
  }

  private static boolean isName(String t) {
    return !t.isEmpty() && Character.isJavaIdentifierStart(t.charAt(0));
  }

  /** The tokens of {@code code}: names, numbers and symbols; comments, strings and characters dropped. */
  static List<String> tokens(String code) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (code.startsWith("\"\"\"", i)) {
        int end = code.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
        out.add("\"\"");
      } else if (c == '"' || c == '\'') {
        int k = i + 1;
        while (k < n && code.charAt(k) != c) k += code.charAt(k) == '\\' ? 2 : 1;
        i = k + 1;
        out.add("\"\"");
      } else if (Character.isJavaIdentifierStart(c)) {
        int k = i + 1;
        while (k < n && Character.isJavaIdentifierPart(code.charAt(k))) k++;
        out.add(code.substring(i, k));
        i = k;
      } else if (Character.isDigit(c)) {
        int k = i + 1;
        while (k < n && (Character.isLetterOrDigit(code.charAt(k)) || code.charAt(k) == '_'
            || code.charAt(k) == '.' && k + 1 < n && Character.isDigit(code.charAt(k + 1)))) {
          k++;
        }
        out.add("0");
        i = k;
      } else if (code.startsWith("->", i) || code.startsWith("::", i)) {
        out.add(code.substring(i, i + 2));
        i += 2;
      } else if (code.startsWith("...", i)) {
        out.add("...");
        i += 3;
      } else {
        out.add(String.valueOf(c));
        i++;
      }
    }
    return out;
  }
}

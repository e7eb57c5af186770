package io.github.paykka.testkit.sandbox;

import io.github.paykka.domain.statemachine.StateMachine;
import io.github.paykka.domain.statemachine.StateTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Draws a lifecycle's whole transition table as SVG, server-side, with one instance's path through it highlighted:
 * every state a box, every legal transition an arrow; the transitions taken are drawn bold and numbered in the order
 * they were taken, the states visited are filled, the current one has a thick border. Layout is computed from the
 * table (a state's column is its longest distance from the initial state), so the picture follows the table.
 */
final class StateMachineSvg {
  private static final int BOX_W = 168;
  private static final int BOX_H = 30;
  private static final int COL = 212;
  private static final int ROW = 54;
  private static final int PAD = 14;
  private static final String ACCENT = "#2456d3";

  private StateMachineSvg() {}

  /**
   * The SVG of {@code machine} with {@code path} (the states visited, in order, repeats included) highlighted.
   *
   * @param label what the picture is of, for its accessible name (escaped here)
   */
  static <S extends Enum<S>> String render(StateMachine<S> machine, List<S> path, String label) {
    Class<S> type = machine.initial().getDeclaringClass();
    Map<S, Integer> column = columns(machine, type);
    Map<Integer, List<S>> byColumn = new LinkedHashMap<>();
    for (S s : type.getEnumConstants()) byColumn.computeIfAbsent(column.get(s), c -> new ArrayList<>()).add(s);
    Map<S, int[]> at = new EnumMap<>(type);
    int rows = 1;
    int cols = 1;
    for (Map.Entry<Integer, List<S>> e : byColumn.entrySet()) {
      List<S> states = e.getValue();
      for (int i = 0; i < states.size(); i++) at.put(states.get(i), new int[] {PAD + e.getKey() * COL, PAD + 22 + i * ROW});
      rows = Math.max(rows, states.size());
      cols = Math.max(cols, e.getKey() + 1);
    }
    int width = 2 * PAD + (cols - 1) * COL + BOX_W;
    int height = 2 * PAD + 22 + (rows - 1) * ROW + BOX_H;

    // which transitions the path took, with the step numbers
    Map<String, List<Integer>> taken = new LinkedHashMap<>();
    for (int i = 1; i < path.size(); i++) {
      taken.computeIfAbsent(path.get(i - 1).name() + ">" + path.get(i).name(), k -> new ArrayList<>()).add(i);
    }
    StringJoiner spoken = new StringJoiner(" then ");
    path.forEach(s -> spoken.add(s.name()));

    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" font-family=\"system-ui,sans-serif\" font-size=\"12\" aria-label=\"")
        .append(Html.esc(label + ": " + (path.isEmpty() ? "no steps" : spoken.toString()))).append("\">")
        .append("<title>").append(Html.esc(label)).append("</title>");
    // grey edges first, the path's on top
    for (boolean onPath : new boolean[] {false, true}) {
      for (StateTransition<S> t : machine.transitions()) {
        List<Integer> steps = taken.get(t.from().name() + ">" + t.to().name());
        if ((steps != null) != onPath) continue;
        edge(svg, t, at.get(t.from()), at.get(t.to()), steps);
      }
    }
    S current = path.isEmpty() ? null : path.get(path.size() - 1);
    for (S s : type.getEnumConstants()) {
      int[] p = at.get(s);
      boolean visited = path.contains(s);
      svg.append("<g class=\"state").append(visited ? " visited" : "").append(s == current ? " current" : "")
          .append("\" data-state=\"").append(s.name()).append("\"><rect x=\"").append(p[0]).append("\" y=\"")
          .append(p[1]).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
          .append("\" rx=\"6\" fill=\"").append(visited ? "#dbe5fb" : "#ffffff").append("\" stroke=\"")
          .append(visited ? ACCENT : "#9aa3b2").append("\" stroke-width=\"").append(s == current ? 3 : 1)
          .append("\"/><text x=\"").append(p[0] + BOX_W / 2).append("\" y=\"").append(p[1] + 19)
          .append("\" text-anchor=\"middle\" fill=\"#1d2330\"").append(visited ? " font-weight=\"600\"" : "")
          .append('>').append(s.name()).append("</text></g>");
    }
    if (!path.isEmpty()) {
      int[] p = at.get(path.get(0));
      svg.append("<text x=\"").append(p[0]).append("\" y=\"").append(p[1] - 8).append("\" fill=\"").append(ACCENT)
          .append("\">start</text>");
    }
    return svg.append("</svg>").toString();
  }

  private static <S extends Enum<S>> void edge(
      StringBuilder svg, StateTransition<S> t, int[] from, int[] to, List<Integer> steps) {
    boolean onPath = steps != null;
    String colour = onPath ? ACCENT : "#c3c9d4";
    String width = onPath ? "2.5" : "1";
    String label = onPath ? String.join(",", steps.stream().map(String::valueOf).toList()) : "";
    svg.append("<g class=\"edge").append(onPath ? " taken" : "").append("\" data-transition=\"").append(t.name())
        .append("\"><title>").append(t.name()).append(onPath ? " (step " + label + ")" : "").append("</title>");
    if (t.from() == t.to()) {
      // a loop over the top of the box
      int x = from[0] + BOX_W - 34;
      int y = from[1];
      svg.append("<path d=\"M ").append(x).append(' ').append(y).append(" C ").append(x - 4).append(' ').append(y - 22)
          .append(", ").append(x + 26).append(' ').append(y - 22).append(", ").append(x + 22).append(' ').append(y)
          .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width).append("\"/>");
      arrow(svg, x + 22, y, 0, 1, colour);
      if (onPath) text(svg, x + 30, y - 14, label);
    } else {
      int x1 = from[0] + BOX_W;
      int y1 = from[1] + BOX_H / 2;
      int x2 = to[0];
      int y2 = to[1] + BOX_H / 2;
      int bend = Math.max(30, (x2 - x1) / 3);
      svg.append("<path d=\"M ").append(x1).append(' ').append(y1).append(" C ").append(x1 + bend).append(' ')
          .append(y1).append(", ").append(x2 - bend).append(' ').append(y2).append(", ").append(x2 - 6).append(' ')
          .append(y2).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width)
          .append("\"/>");
      arrow(svg, x2, y2, 1, 0, colour);
      if (onPath) text(svg, (x1 + x2) / 2, (y1 + y2) / 2 - 5, label);
    }
    svg.append("</g>");
  }

  // A filled arrowhead whose tip is at (x, y), pointing along (dx, dy), a unit axis direction.
  private static void arrow(StringBuilder svg, int x, int y, int dx, int dy, String colour) {
    int bx = x - 8 * dx;
    int by = y - 8 * dy;
    svg.append("<polygon points=\"").append(x).append(',').append(y).append(' ').append(bx - 4 * dy).append(',')
        .append(by - 4 * dx).append(' ').append(bx + 4 * dy).append(',').append(by + 4 * dx).append("\" fill=\"")
        .append(colour).append("\"/>");
  }

  private static void text(StringBuilder svg, int x, int y, String label) {
    svg.append("<text class=\"step\" x=\"").append(x).append("\" y=\"").append(y)
        .append("\" text-anchor=\"middle\" fill=\"").append(ACCENT).append("\" font-weight=\"700\">")
        .append(Html.esc(label)).append("</text>");
  }

  // Longest distance from the initial state over the table without its loops; states never reached go last.
  private static <S extends Enum<S>> Map<S, Integer> columns(StateMachine<S> machine, Class<S> type) {
    Map<S, Integer> column = new EnumMap<>(type);
    column.put(machine.initial(), 0);
    int states = type.getEnumConstants().length;
    // relaxation, bounded by the number of states: a table with a cycle still terminates
    for (int round = 0; round < states; round++) {
      boolean changed = false;
      for (StateTransition<S> t : machine.transitions()) {
        Integer c = column.get(t.from());
        if (c == null || t.from() == t.to()) continue;
        Integer d = column.get(t.to());
        if (d == null || d < c + 1) {
          column.put(t.to(), Math.min(c + 1, states));
          changed = true;
        }
      }
      if (!changed) break;
    }
    int last = column.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (S s : type.getEnumConstants()) column.putIfAbsent(s, last + 1);
    return column;
  }
}

package dev.shapesense.cli;

import dev.shapesense.tensor.Dim;
import java.util.ArrayList;
import java.util.List;

/** A {@link ShapeDiff} as aligned text for a terminal or as Markdown for a pull-request comment. */
final class DiffRender {
  private DiffRender() {}

  static String text(ShapeDiff d) {
    if (d.isEmpty()) {
      return "No shape changes.\n";
    }
    StringBuilder sb = new StringBuilder();
    for (ShapeDiff.ModelChange m : d.models()) {
      sb.append(headline(m, false)).append('\n');
      List<String[]> rows = new ArrayList<>();
      for (ShapeDiff.Row r : m.rows()) {
        rows.add(
            new String[] {
              mark(r.kind()),
              r.path(),
              r.type(),
              change(r.before(), r.after()),
              change(count(r.paramsBefore()), count(r.paramsAfter()))
            });
      }
      int[] w = new int[5];
      for (String[] r : rows) {
        for (int i = 0; i < r.length; i++) {
          w[i] = Math.max(w[i], r[i].length());
        }
      }
      for (String[] r : rows) {
        StringBuilder line = new StringBuilder("  ").append(r[0]).append(' ');
        for (int i = 1; i < r.length; i++) {
          line.append(r[i]).append(" ".repeat(w[i] - r[i].length() + 2));
        }
        sb.append(line.toString().stripTrailing()).append('\n');
      }
    }
    return sb.toString();
  }

  static String markdown(ShapeDiff d) {
    StringBuilder sb = new StringBuilder("## ShapeSense: shape changes\n\n");
    if (d.isEmpty()) {
      return sb.append("No shape changes.\n").toString();
    }
    for (ShapeDiff.ModelChange m : d.models()) {
      sb.append("### `")
          .append(m.className())
          .append("`\n\n")
          .append(headline(m, true))
          .append("\n\n");
      if (m.rows().isEmpty()) {
        continue;
      }
      sb.append("| | module | type | output | params |\n|---|---|---|---|---|\n");
      for (ShapeDiff.Row r : m.rows()) {
        sb.append("| ")
            .append(r.kind().name().toLowerCase())
            .append(" | `")
            .append(r.path())
            .append("` | ")
            .append(r.type())
            .append(" | ")
            .append(code(r.before(), r.after()))
            .append(" | ")
            .append(change(count(r.paramsBefore()), count(r.paramsAfter())).replace("->", "→"))
            .append(" |\n");
      }
      sb.append('\n');
      String graph =
          m.graphBefore() == null || m.graphAfter() == null
              ? null
              : GraphDiff.mermaid(m.graphBefore(), m.graphAfter());
      if (graph != null) {
        sb.append("```mermaid\n").append(graph).append("```\n\n");
      }
    }
    return sb.toString();
  }

  private static String headline(ShapeDiff.ModelChange m, boolean md) {
    String name = md ? "" : m.className() + ": ";
    return switch (m.kind()) {
      case ADDED ->
          name
              + "added, output "
              + quote(m.outputAfter(), md)
              + ", params "
              + count(m.paramsAfter());
      case REMOVED -> name + "removed (output was " + quote(m.outputBefore(), md) + ")";
      case CHANGED ->
          name
              + "output "
              + (m.outputBefore().equals(m.outputAfter())
                  ? quote(m.outputAfter(), md) + " (unchanged)"
                  : quote(m.outputBefore(), md)
                      + (md ? " → " : " -> ")
                      + quote(m.outputAfter(), md))
              + ", params "
              + paramsChange(m.paramsBefore(), m.paramsAfter(), md);
    };
  }

  private static String paramsChange(Dim before, Dim after, boolean md) {
    String b = count(before);
    String a = count(after);
    if (b.equals(a)) {
      return a + " (unchanged)";
    }
    String delta = "";
    if (before != null && after != null && before.isConst() && after.isConst()) {
      long d = after.value() - before.value();
      delta = String.format(" (%s%,d)", d > 0 ? "+" : "", d);
    }
    return b + (md ? " → " : " -> ") + a + delta;
  }

  private static String mark(ShapeDiff.Kind k) {
    return switch (k) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case CHANGED -> "~";
    };
  }

  private static String change(String before, String after) {
    if (before == null || before.isEmpty()) {
      return after == null ? "" : after;
    }
    if (after == null || after.isEmpty()) {
      return before;
    }
    return before.equals(after) ? after : before + " -> " + after;
  }

  private static String code(String before, String after) {
    if (before == null) {
      return "`" + after + "`";
    }
    if (after == null) {
      return "`" + before + "`";
    }
    return before.equals(after) ? "`" + after + "`" : "`" + before + "` → `" + after + "`";
  }

  private static String quote(String s, boolean md) {
    return md ? "`" + s + "`" : s;
  }

  private static String count(Dim d) {
    return d == null ? "" : TraceTable.count(d);
  }
}

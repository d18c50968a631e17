package dev.shapesense.cli;

import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.TraceEntry;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The trace as the table torchinfo users know: one row per module call in forward-hook order
 * (path, type, output shape, parameters), aligned, a failing call marked with {@code !} and its
 * message, then the total.
 */
final class TraceTable {
  private TraceTable() {}

  static String render(ModelResult m) {
    StringBuilder sb = new StringBuilder();
    sb.append(m.className()).append(" (").append(m.path()).append(")\n");
    List<String> ins = new ArrayList<>();
    m.inputs().forEach(s -> ins.add(s.toString()));
    sb.append("Input: ").append(ins.isEmpty() ? "unknown" : String.join(", ", ins)).append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {" ", "Layer", "Type", "Output Shape", "Param #", ""});
    for (TraceEntry e : m.trace()) {
      rows.add(
          new String[] {
            e.error() == null ? " " : "!",
            e.path().isEmpty() ? "(model)" : e.path(),
            e.type(),
            output(e.output()),
            count(e.params()),
            e.error() == null ? "" : e.error()
          });
    }
    int[] width = new int[6];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(r[0]).append(' ');
      line.append(pad(r[1], width[1])).append("  ");
      line.append(pad(r[2], width[2])).append("  ");
      line.append(pad(r[3], width[3])).append("  ");
      line.append(padLeft(r[4], width[4]));
      if (!r[5].isEmpty()) {
        line.append("  ").append(r[5]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    sb.append("Total params: ").append(count(m.params())).append('\n');
    return sb.toString();
  }

  static String output(Object o) {
    if (o instanceof Shape s) {
      return s.toString();
    }
    if (o instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(output(x)));
      return "(" + String.join(", ", parts) + ")";
    }
    return "?";
  }

  static String count(Dim d) {
    if (d == null) {
      return "?";
    }
    return d.isConst() ? String.format("%,d", d.value()) : d.toString();
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static String padLeft(String s, int w) {
    return " ".repeat(Math.max(0, w - s.length())) + s;
  }
}

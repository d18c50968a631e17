package dev.shapesense.cli;

import dev.shapesense.analyzer.LayerStats;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.TraceEntry;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The trace as the table torchinfo users know: one row per module call in forward-hook order (path,
 * type, output shape, parameters; with {@code --stats} also input shapes, trainable parameters,
 * multiply-adds and output bytes), aligned, a failing call marked with {@code !} and its message,
 * then the total (with {@code --stats}, torchinfo's footer).
 */
final class TraceTable {
  private TraceTable() {}

  static String render(ModelResult m) {
    return render(m, false);
  }

  /**
   * With {@code stats}, also each call's input shapes, trainable parameters, multiply-adds and
   * output bytes, and torchinfo's footer instead of the one total (docs/summary.md).
   */
  static String render(ModelResult m, boolean stats) {
    StringBuilder sb = new StringBuilder();
    sb.append(m.className()).append(" (").append(m.path()).append(")\n");
    List<String> ins = new ArrayList<>();
    m.inputs().forEach(s -> ins.add(s.toString()));
    sb.append("Input: ").append(ins.isEmpty() ? "unknown" : String.join(", ", ins)).append('\n');
    if (!m.valid().isEmpty()) {
      sb.append("Valid for: ").append(m.valid()).append('\n');
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(
        stats
            ? new String[] {
              " ",
              "Layer",
              "Type",
              "Input Shape",
              "Output Shape",
              "Param #",
              "Trainable",
              "Mult-Adds",
              "Output Bytes",
              ""
            }
            : new String[] {" ", "Layer", "Type", "Output Shape", "Param #", ""});
    for (TraceEntry e : m.trace()) {
      List<String> r = new ArrayList<>();
      r.add(e.error() == null ? " " : "!");
      r.add(e.path().isEmpty() ? "(model)" : e.path());
      r.add(e.type());
      if (stats) {
        r.add(inputs(e.inputs()));
      }
      r.add(output(e.output()));
      r.add(count(e.params()));
      if (stats) {
        LayerStats st = e.stats();
        r.add(st == null ? "?" : StatsFormat.count(st.trainableParams()));
        r.add(st == null ? "?" : StatsFormat.count(st.macs()));
        r.add(st == null ? "?" : StatsFormat.count(st.outputBytes()));
      }
      r.add(e.error() == null ? "" : e.error());
      rows.add(r.toArray(new String[0]));
    }
    int n = rows.get(0).length;
    int firstNumber = stats ? 5 : 4;
    int[] width = new int[n];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(r[0]).append(' ');
      for (int i = 1; i < n - 1; i++) {
        line.append(i < firstNumber ? pad(r[i], width[i]) : padLeft(r[i], width[i]));
        if (i < n - 2) {
          line.append("  ");
        }
      }
      if (!r[n - 1].isEmpty()) {
        line.append("  ").append(r[n - 1]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    if (stats && m.summary() != null) {
      StatsFormat.footer(m.summary()).forEach(l -> sb.append(l).append('\n'));
    } else {
      sb.append("Total params: ").append(count(m.params())).append('\n');
    }
    return sb.toString();
  }

  private static String inputs(List<Object> inputs) {
    List<String> parts = new ArrayList<>();
    inputs.forEach(x -> parts.add(output(x)));
    return parts.isEmpty() ? "" : String.join(", ", parts);
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

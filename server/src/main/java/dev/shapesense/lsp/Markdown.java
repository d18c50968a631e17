package dev.shapesense.lsp;

import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.LayerStats;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.ModuleCall;
import dev.shapesense.analyzer.SymbolOrigin;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.UnknownShape;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.cli.StatsFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The markdown of hint tooltips and hovers: the layer (field name and PyTorch repr), input ->
 * output shapes, its shape formula, its parameter count, trainable parameters, multiply-adds and
 * output bytes, and where the symbols in its shapes came from.
 */
final class Markdown {
  private Markdown() {}

  /** The tooltip of a hint: the calls evaluated at its expression, or just its shape. */
  static String tooltip(String label, List<ModuleCall> calls, Function<ModuleCall, String> fieldName) {
    if (calls.isEmpty()) {
      return "Shape: `" + label + "`";
    }
    StringBuilder sb = new StringBuilder();
    ModuleCall first = calls.get(0);
    String name = fieldName.apply(first);
    sb.append(name == null ? "" : "`" + name + "` ").append("`").append(oneLine(first.repr())).append("`\n\n");
    for (String io : flows(calls)) {
      sb.append(io).append("\n\n");
    }
    String f = dev.shapesense.tensor.OpCatalog.formula(first.type());
    if (f != null) {
      sb.append("```text\n").append(f).append("\n```\n");
    }
    return sb.toString().strip();
  }

  /**
   * The hover of a model's class name or {@code forward}: its inputs, output, parameter count and
   * the sizes of its declared symbols it works for.
   */
  static String model(ModelResult m) {
    StringBuilder sb = new StringBuilder();
    sb.append("**").append(m.className()).append("**\n\n");
    List<String> ins = new java.util.ArrayList<>();
    m.inputs().forEach(s -> ins.add("`" + s + "`"));
    sb.append("Input: ").append(ins.isEmpty() ? "unknown" : String.join(", ", ins)).append("\n\n");
    if (!m.valid().isEmpty()) {
      sb.append("Valid for: ").append(m.valid()).append("\n\n");
    }
    if (m.output() instanceof dev.shapesense.tensor.Shape out) {
      sb.append("Output: `").append(out).append("`\n\n");
    }
    if (m.params() != null) {
      sb.append("Parameters: ").append(m.params()).append("\n\n");
    }
    return sb.toString().strip();
  }

  /** Why an expression has no shape, as the analyzer explains it ({@link Analyzer#explain}). */
  static String unknown(Workspace ws, UnknownShape u) {
    return "**Shape not known**: " + Analyzer.explain(ws, u);
  }

  /** The hover of a module field or call. */
  static String hover(
      List<ModuleCall> calls,
      Function<ModuleCall, String> fieldName,
      FileAnalysis fa,
      Function<SymbolOrigin, String> where) {
    ModuleCall first = calls.get(0);
    StringBuilder sb = new StringBuilder();
    String name = fieldName.apply(first);
    sb.append("**").append(name == null ? first.type() : name).append("**: ").append(first.type());
    sb.append("\n\n```text\n").append(first.repr()).append("\n```\n\n");
    for (String io : flows(calls)) {
      sb.append(io).append("\n\n");
    }
    sb.append("Parameters: ")
        .append(first.params() == null ? "unknown" : StatsFormat.count(first.params()))
        .append("\n\n");
    sb.append(stats(calls));
    String f = dev.shapesense.tensor.OpCatalog.formula(first.type());
    if (f != null) {
      sb.append("```text\n").append(f).append("\n```\n\n");
    }
    Set<String> symbols = new LinkedHashSet<>();
    for (ModuleCall c : calls) {
      c.inputs().forEach(s -> symbols.addAll(symbolsOf(s)));
      if (c.output() != null) {
        symbols.addAll(symbolsOf(c.output()));
      }
    }
    for (SymbolOrigin o : fa.symbols()) {
      if (symbols.contains(o.symbol())) {
        sb.append("`").append(o.symbol()).append("`: ").append(o.description()).append(" (").append(where.apply(o)).append(")\n\n");
      }
    }
    return sb.toString().strip();
  }

  /**
   * torchinfo's statistics of the calls: trainable parameters, multiply-adds and output bytes,
   * the distinct values of several calls separated by {@code /} (docs/summary.md).
   */
  private static String stats(List<ModuleCall> calls) {
    Set<String> trainable = new LinkedHashSet<>();
    Set<String> macs = new LinkedHashSet<>();
    Set<String> bytes = new LinkedHashSet<>();
    for (ModuleCall c : calls) {
      LayerStats s = c.stats();
      if (s != null) {
        trainable.add(StatsFormat.count(s.trainableParams()));
        macs.add(StatsFormat.count(s.macs()));
        bytes.add(StatsFormat.bytes(s.outputBytes()));
      }
    }
    if (macs.isEmpty()) {
      return "";
    }
    return "Trainable parameters: " + String.join(" / ", trainable) + "\n\n"
        + "Mult-Adds: " + String.join(" / ", macs) + "\n\n"
        + "Output size: " + String.join(" / ", bytes) + "\n\n";
  }

  /** Each distinct {@code input -> output} of the calls, one line each. */
  private static Set<String> flows(List<ModuleCall> calls) {
    Set<String> out = new LinkedHashSet<>();
    for (ModuleCall c : calls) {
      String in = c.inputs().isEmpty() ? "?" : String.join(", ", c.inputs().stream().map(s -> "`" + s + "`").toList());
      out.add(in + " → " + (c.output() == null ? "?" : "`" + c.output() + "`"));
    }
    return out;
  }

  private static Set<String> symbolsOf(String label) {
    Set<String> out = new LinkedHashSet<>();
    for (String tok : label.split("[^A-Za-z_0-9]+")) {
      if (!tok.isEmpty() && !Character.isDigit(tok.charAt(0)) && !tok.equals("None")) {
        out.add(tok);
      }
    }
    return out;
  }

  private static String oneLine(String repr) {
    int nl = repr.indexOf('\n');
    return nl < 0 ? repr : repr.substring(0, nl).replace("(", "") + "(...)";
  }
}

package dev.shapesense.lsp;

import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.LayerStats;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.ModuleCall;
import dev.shapesense.analyzer.ide.HoverInfo;
import dev.shapesense.analyzer.ide.Ide;
import dev.shapesense.cli.StatsFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The markdown of hint tooltips and hovers: the layer (field name and PyTorch repr), input ->
 * output shapes, its shape formula, its parameter count, trainable parameters, multiply-adds and
 * output bytes, and where the symbols in its shapes came from. Only text: what to show comes from
 * the analyzer ({@link Ide#hover}, {@link ModuleCall}).
 */
final class Markdown {
  private Markdown() {}

  /** The tooltip of a hint: the calls evaluated at its expression, or just its shape. */
  static String tooltip(String label, List<ModuleCall> calls) {
    if (calls.isEmpty()) {
      return "Shape: `" + label + "`";
    }
    StringBuilder sb = new StringBuilder();
    ModuleCall first = calls.get(0);
    String name = first.fieldName();
    sb.append(name == null ? "" : "`" + name + "` ")
        .append("`")
        .append(oneLine(first.repr()))
        .append("`\n\n");
    for (String io : flows(calls)) {
      sb.append(io).append("\n\n");
    }
    String f = dev.shapesense.tensor.OpCatalog.formula(first.type());
    if (f != null) {
      sb.append("```text\n").append(f).append("\n```\n");
    }
    return sb.toString().strip();
  }

  /** The hover the analyzer's {@link Ide#hover} answer shows. */
  static String hover(HoverInfo info) {
    if (info instanceof HoverInfo.Layer l) {
      return layer(l);
    }
    if (info instanceof HoverInfo.Model m) {
      return model(m.model());
    }
    return unknown(((HoverInfo.Unknown) info).reason());
  }

  /**
   * The hover of a model's class name or {@code forward}: its inputs, output, parameter count and
   * the sizes of its declared symbols it works for.
   */
  private static String model(ModelResult m) {
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
  private static String unknown(String reason) {
    return "**Shape not known**: " + reason;
  }

  /** The hover of a module field or call. */
  private static String layer(HoverInfo.Layer l) {
    List<ModuleCall> calls = l.calls();
    ModuleCall first = calls.get(0);
    StringBuilder sb = new StringBuilder();
    sb.append("**").append(l.name() == null ? l.type() : l.name()).append("**: ").append(l.type());
    sb.append("\n\n```text\n").append(l.repr()).append("\n```\n\n");
    for (String io : flows(calls)) {
      sb.append(io).append("\n\n");
    }
    sb.append("Parameters: ")
        .append(first.params() == null ? "unknown" : StatsFormat.count(first.params()))
        .append("\n\n");
    sb.append(stats(calls));
    String f = dev.shapesense.tensor.OpCatalog.formula(l.type());
    if (f != null) {
      sb.append("```text\n").append(f).append("\n```\n\n");
    }
    for (HoverInfo.SymbolSource o : l.origins()) {
      sb.append("`")
          .append(o.symbol())
          .append("`: ")
          .append(o.description())
          .append(" (line ")
          .append(o.line())
          .append(")\n\n");
    }
    String md = sb.toString().strip();
    return l.unknown() == null ? md : md + "\n\n" + unknown(l.unknown());
  }

  /**
   * torchinfo's statistics of the calls: trainable parameters, multiply-adds and output bytes, the
   * distinct values of several calls separated by {@code /} (docs/summary.md).
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
    return "Trainable parameters: "
        + String.join(" / ", trainable)
        + "\n\n"
        + "Mult-Adds: "
        + String.join(" / ", macs)
        + "\n\n"
        + "Output size: "
        + String.join(" / ", bytes)
        + "\n\n";
  }

  /** Each distinct {@code input -> output} of the calls, one line each. */
  private static Set<String> flows(List<ModuleCall> calls) {
    Set<String> out = new LinkedHashSet<>();
    for (ModuleCall c : calls) {
      String in =
          c.inputs().isEmpty()
              ? "?"
              : String.join(", ", c.inputs().stream().map(s -> "`" + s + "`").toList());
      out.add(in + " → " + (c.output() == null ? "?" : "`" + c.output() + "`"));
    }
    return out;
  }

  private static String oneLine(String repr) {
    int nl = repr.indexOf('\n');
    return nl < 0 ? repr : repr.substring(0, nl).replace("(", "") + "(...)";
  }
}

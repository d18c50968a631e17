package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.List;

/**
 * What analysing one model class gave: its inputs, output (a Shape, nested list, or null when
 * unknown), parameter count (null when the model could not be built), trace and diagnostics, and
 * the totals of torchinfo's summary for the input ({@code summary}, null when nothing ran), its
 * layer graph ({@code graph()}, null when {@code forward} did not run; built on first request), and
 * the sizes of its declared symbols for which it works ({@code valid}, in the user's terms such as
 * {@code H >= 29, H even}; empty when every size works or nothing is declared).
 */
public record ModelResult(
    String path,
    String className,
    List<Shape> inputs,
    Object output,
    Dim params,
    List<TraceEntry> trace,
    List<Diagnostic> diagnostics,
    ModelSummary summary,
    List<UnknownShape> unknowns,
    Lazy<ModelGraph> layerGraph,
    String valid) {

  public ModelResult {
    layerGraph = layerGraph == null ? Lazy.value(null) : layerGraph;
  }

  /** The layer graph, built on first request; null when {@code forward} did not run. */
  public ModelGraph graph() {
    return layerGraph.get();
  }

  public ModelResult(
      String path,
      String className,
      List<Shape> inputs,
      Object output,
      Dim params,
      List<TraceEntry> trace,
      List<Diagnostic> diagnostics,
      ModelSummary summary,
      List<UnknownShape> unknowns,
      ModelGraph graph) {
    this(
        path,
        className,
        inputs,
        output,
        params,
        trace,
        diagnostics,
        summary,
        unknowns,
        Lazy.value(graph),
        "");
  }

  public ModelResult(
      String path,
      String className,
      List<Shape> inputs,
      Object output,
      Dim params,
      List<TraceEntry> trace,
      List<Diagnostic> diagnostics,
      ModelSummary summary) {
    this(path, className, inputs, output, params, trace, diagnostics, summary, List.of(), null, "");
  }

  /** The same result with other diagnostics. */
  public ModelResult withDiagnostics(List<Diagnostic> ds) {
    return new ModelResult(
        path,
        className,
        inputs,
        output,
        params,
        trace,
        List.copyOf(ds),
        summary,
        unknowns,
        layerGraph,
        valid);
  }

  /** The reason of the first shape this model's analysis could not know, or null. */
  public UnknownShape firstUnknown() {
    return unknowns.isEmpty() ? null : unknowns.get(0);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

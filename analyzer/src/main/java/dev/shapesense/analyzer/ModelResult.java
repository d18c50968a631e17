package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.List;

/**
 * What analysing one model class gave: its inputs, output (a Shape, nested list, or null when
 * unknown), parameter count (null when the model could not be built), trace ({@code trace()}) and
 * diagnostics, and the totals of torchinfo's summary for the input ({@code summary()}, null when
 * nothing ran), its layer graph ({@code graph()}, null when {@code forward} did not run), and the
 * sizes of its declared symbols for which it works ({@code valid}, in the user's terms such as
 * {@code H >= 29, H even}; empty when every size works or nothing is declared). The trace, summary
 * and graph are assembled on first request: the editor shows hints and diagnostics after every
 * keystroke, and only the command line and the Model view read them.
 */
public record ModelResult(
    String path,
    String className,
    List<Shape> inputs,
    Object output,
    Dim params,
    Lazy<List<TraceEntry>> layerTrace,
    List<Diagnostic> diagnostics,
    Lazy<ModelSummary> modelSummary,
    List<UnknownShape> unknowns,
    Lazy<ModelGraph> layerGraph,
    String valid) {

  public ModelResult {
    layerGraph = layerGraph == null ? Lazy.value(null) : layerGraph;
  }

  /** The module calls of the run, in order, assembled on first request. */
  public List<TraceEntry> trace() {
    return layerTrace.get();
  }

  /** torchinfo's totals, assembled on first request; null when nothing ran. */
  public ModelSummary summary() {
    return modelSummary.get();
  }

  /** The layer graph, built on first request; null when {@code forward} did not run. */
  public ModelGraph graph() {
    return layerGraph.get();
  }

  /** The same result with other diagnostics. */
  public ModelResult withDiagnostics(List<Diagnostic> ds) {
    return new ModelResult(
        path,
        className,
        inputs,
        output,
        params,
        layerTrace,
        List.copyOf(ds),
        modelSummary,
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

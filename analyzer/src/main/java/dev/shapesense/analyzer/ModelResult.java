package dev.shapesense.analyzer;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.List;

/**
 * What analysing one model class gave: its inputs, output (a Shape, nested list, or null when
 * unknown), parameter count (null when the model could not be built), trace and diagnostics, and
 * the totals of torchinfo's summary for the input ({@code summary}, null when nothing ran), and
 * its layer graph ({@code graph}, null when {@code forward} did not run).
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
    ModelGraph graph) {

  public ModelResult(
      String path,
      String className,
      List<Shape> inputs,
      Object output,
      Dim params,
      List<TraceEntry> trace,
      List<Diagnostic> diagnostics,
      ModelSummary summary) {
    this(path, className, inputs, output, params, trace, diagnostics, summary, List.of(), null);
  }

  /** The reason of the first shape this model's analysis could not know, or null. */
  public UnknownShape firstUnknown() {
    return unknowns.isEmpty() ? null : unknowns.get(0);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

package dev.shapesense.analyzer;

import java.util.List;

/** Everything the analyzer says about one file: its models, hints and diagnostics. */
public record FileAnalysis(
    String path, List<ModelResult> models, List<InlayHint> hints, List<Diagnostic> diagnostics) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

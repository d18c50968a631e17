package dev.shapesense.analyzer;

import java.util.List;

/**
 * Everything the analyzer says about one file: its models, hints and diagnostics, the module calls
 * evaluated in it (for hover) and where the symbols of its models' inputs came from.
 */
public record FileAnalysis(
    String path,
    List<ModelResult> models,
    List<InlayHint> hints,
    List<Diagnostic> diagnostics,
    List<ModuleCall> calls,
    List<SymbolOrigin> symbols) {

  public FileAnalysis(
      String path, List<ModelResult> models, List<InlayHint> hints, List<Diagnostic> diagnostics) {
    this(path, models, hints, diagnostics, List.of(), List.of());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

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
    List<SymbolOrigin> symbols,
    List<UnknownShape> unknowns) {

  public FileAnalysis(
      String path, List<ModelResult> models, List<InlayHint> hints, List<Diagnostic> diagnostics) {
    this(path, models, hints, diagnostics, List.of(), List.of(), List.of());
  }

  /** Why the expression spanning {@code offset} most narrowly has no shape, or null. */
  public UnknownShape unknownAt(int offset) {
    UnknownShape best = null;
    for (UnknownShape u : unknowns) {
      if (u.range().contains(offset)
          && (best == null
              || u.range().end() - u.range().start() < best.range().end() - best.range().start())) {
        best = u;
      }
    }
    return best;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

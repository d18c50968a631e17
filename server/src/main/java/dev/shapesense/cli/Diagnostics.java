package dev.shapesense.cli;

import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Diagnostics of a run gathered per file, each once: a file's own analysis and those its models
 * found in other files (a block class's error surfaces when the model that builds it runs).
 */
final class Diagnostics {
  private final Map<String, Map<String, Diagnostic>> byPath = new TreeMap<>();

  void addFile(FileAnalysis a) {
    byPath.computeIfAbsent(a.path(), k -> new LinkedHashMap<>());
    a.diagnostics().forEach(this::add);
    for (ModelResult m : a.models()) {
      m.diagnostics().forEach(this::add);
    }
  }

  void add(Diagnostic d) {
    String key = d.range().start() + ":" + d.range().end() + ":" + d.code() + ":" + d.message();
    Map<String, Diagnostic> m = byPath.computeIfAbsent(d.path(), k -> new LinkedHashMap<>());
    Diagnostic old = m.get(key);
    if (old == null || (d.severity() == Severity.ERROR && old.severity() != Severity.ERROR)) {
      m.put(key, d);
    }
  }

  Map<String, List<Diagnostic>> sorted() {
    Map<String, List<Diagnostic>> out = new TreeMap<>();
    byPath.forEach(
        (p, m) -> {
          List<Diagnostic> l = new ArrayList<>(m.values());
          l.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
          out.put(p, l);
        });
    return out;
  }

  boolean hasErrors() {
    return byPath.values().stream()
        .flatMap(m -> m.values().stream())
        .anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up model runs the whole analysis (parse, layers, hints), not an early exit.
 * Hints come in source order: {@code pool.forward(F.relu(conv.forward(x)))} starts before its
 * argument.
 */
class WarmUpTest {
  @Test
  void theWarmUpModelAnalysesCleanlyThroughEveryLayer() {
    SourceFile f = new SourceFile("shapesense-warmup/WarmUp.java", WarmUp.MODEL);
    FileAnalysis a =
        Analyzer.analyzeFile(Workspace.of(List.of(f)), f.path(), AnalysisOptions.DEFAULT);
    assertEquals(List.of(), a.diagnostics());
    assertEquals("[N, 10]", String.valueOf(a.models().get(0).output()));
    assertEquals(
        List.of("[N, 6, 14, 14]", "[N, 6, 28, 28]", "[N, 1176]", "[N, 10]"),
        a.hints().stream().map(h -> h.label()).toList());
  }
}

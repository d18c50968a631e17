package dev.shapesense.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every model {@link Scaling} measures is clean and keeps its shape at every size. */
class ScalingTest {
  @Test
  void eachModelIsCleanWithItsOutput() {
    Map<String, String> outputs = Map.of("skipcat", "[N, 5, 16]", "symbolic", "[N, 8, L]");
    for (var e : Scaling.models().entrySet()) {
      for (int n : new int[] {1, 5}) {
        SourceFile f = new SourceFile("M.java", e.getValue().apply(n));
        FileAnalysis a =
            Analyzer.analyzeFile(Workspace.of(List.of(f)), f.path(), AnalysisOptions.DEFAULT);
        String want = outputs.getOrDefault(e.getKey(), "[N, 16]");
        if (e.getKey().equals("skipcat")) {
          // Tensors.stack of the n outputs.
          want = "[N, " + n + ", 16]";
        }
        assertEquals(List.of(), a.diagnostics(), e.getKey() + " at " + n);
        assertEquals(want, String.valueOf(a.models().get(0).output()), e.getKey() + " at " + n);
      }
    }
    assertEquals(10, Scaling.models().size());
  }
}

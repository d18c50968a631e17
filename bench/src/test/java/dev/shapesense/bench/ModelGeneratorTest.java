package dev.shapesense.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.tensor.Dim;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated models are what the benchmarks say they are: clean, of the stated size. */
class ModelGeneratorTest {
  private static ModelResult analyze(String text) {
    SourceFile f = new SourceFile("G.java", text);
    FileAnalysis a =
        Analyzer.analyzeFile(Workspace.of(List.of(f)), f.path(), AnalysisOptions.DEFAULT);
    assertEquals(List.of(), a.diagnostics());
    assertEquals(1, a.models().size());
    return a.models().get(0);
  }

  @Test
  void aChainHasOneCallPerLayerAtAConstantShape() {
    ModelResult m = analyze(ModelGenerator.chain("Layers100", 100));
    assertEquals("Layers100", m.className());
    assertEquals("[N, 16, 32, 32]", m.output().toString());
    assertEquals(101, m.trace().size());
    assertEquals("l99", m.trace().get(99).path());
    assertEquals("Dropout", m.trace().get(99).type());
    assertEquals(Dim.of(25L * (16 * 16 * 9 + 16) + 25L * 32), m.params());
  }

  @Test
  void theLinesModelHasExactlyThatManyLines() {
    String text = ModelGenerator.lines("Lines5000", 5000);
    assertEquals(5000, text.split("\n", -1).length - 1);
    ModelResult m = analyze(text);
    assertEquals("[N, 32, 16, 16]", m.output().toString());
    // 453 blocks of conv and norm, then the model.
    assertEquals(453 * 2 + 1, m.trace().size());
  }

  @Test
  void theLongMethodHintsEachStatement() {
    SourceFile f = new SourceFile("G.java", ModelGenerator.locals("Locals", 40));
    FileAnalysis a =
        Analyzer.analyzeFile(Workspace.of(List.of(f)), f.path(), AnalysisOptions.DEFAULT);
    assertEquals(List.of(), a.diagnostics());
    assertEquals("[N, 16]", a.models().get(0).output().toString());
    // fc, 40 statements, drop.
    assertEquals(42, a.hints().size());
    assertEquals(List.of("[N, 16]"), a.hints().stream().map(h -> h.label()).distinct().toList());
  }

  @Test
  void anMlpEndsInTenClasses() {
    ModelResult m = analyze(ModelGenerator.mlp("M", 3, 64));
    assertEquals("[N, 10]", m.output().toString());
    assertEquals(Dim.of(784L * 64 + 64 + 2 * (64 * 64 + 64) + 64 * 10 + 10), m.params());
  }

  @Test
  void theCorpusIsAThousandDistinctCleanModels() {
    Set<String> texts = new HashSet<>();
    for (int i = 0; i < ModelGenerator.CORPUS; i++) {
      texts.add(ModelGenerator.corpusModel(i));
    }
    assertEquals(1000, texts.size());
    for (int i : new int[] {0, 1, 2, 997, 998, 999}) {
      assertEquals(
          ModelGenerator.corpusClass(i), analyze(ModelGenerator.corpusModel(i)).className());
    }
  }
}

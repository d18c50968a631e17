package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
  private static final String MODEL =
      "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n"
          + "public class M extends Module {\n  private final Linear fc = new Linear(3, 2);\n"
          + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n"
          + "    return fc.forward(x); %s\n  }\n}\n";

  private static List<String> diagnostics(String comment) {
    String text = String.format(MODEL, comment);
    FileAnalysis a =
        Analyzer.analyzeFile(
            Workspace.of(List.of(new SourceFile("M.java", text))),
            "M.java",
            AnalysisOptions.DEFAULT);
    return a.diagnostics().stream()
        .map(d -> d.severity().label() + " " + d.code() + ": " + d.message())
        .toList();
  }

  @Test
  void withoutSuppressionTheErrorShows() {
    assertEquals(
        List.of(
            "error shape/linear-in-features: mat1 and mat2 shapes cannot be multiplied (Nx4 and 3x2)"),
        diagnostics(""));
  }

  @Test
  void aSuppressionOfTheCodeDropsIt() {
    assertEquals(List.of(), diagnostics("// shapesense:ignore[shape/linear-in-features]"));
    assertEquals(List.of(), diagnostics("// shapesense:ignore"));
  }

  @Test
  void aSuppressionOfAnotherCodeKeepsIt() {
    assertEquals(1, diagnostics("// shapesense:ignore[shape/view-size]").size());
  }

  @Test
  void anUnknownCodeIsReported() {
    assertEquals(
        List.of(
            "warning analysis/unknown-suppression: unknown diagnostic code 'shape/nope' in shapesense:ignore"),
        diagnostics("// shapesense:ignore[shape/linear-in-features, shape/nope]"));
  }
}

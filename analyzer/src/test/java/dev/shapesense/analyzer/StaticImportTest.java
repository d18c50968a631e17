package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Static members of workspace classes in packages, through {@code import static} (JLS 7.5.3,
 * 7.5.4): a constant and a helper, imported one by one or on demand, the single import winning over
 * the on-demand one. (The models of testdata/ have no package, so cannot import statically.)
 */
class StaticImportTest {
  private static final String SIZES =
      "package cfg;\n"
          + "public final class Sizes {\n"
          + "    public static final int HIDDEN;\n"
          + "    static {\n"
          + "        HIDDEN = 24;\n"
          + "    }\n"
          + "    public static int twice(int n) {\n"
          + "        return 2 * n;\n"
          + "    }\n"
          + "}\n";

  private static final String OTHER =
      "package cfg;\n"
          + "public final class Other {\n"
          + "    public static final int HIDDEN = 99;\n"
          + "    public static int twice(int n) {\n"
          + "        return 3 * n;\n"
          + "    }\n"
          + "}\n";

  private static String model(String imports) {
    return "package app;\n"
        + "import dev.shapesense.tensor.*;\n"
        + "import dev.shapesense.nn.*;\n"
        + "import dev.shapesense.nn.Module;\n"
        + imports
        + "public class Model extends Module {\n"
        + "    private final Linear fc = new Linear(8, HIDDEN + twice(4));\n"
        + "    public Tensor forward(@Dims(\"N, 8\") Tensor x) {\n"
        + "        return fc.forward(x);\n"
        + "    }\n"
        + "}\n";
  }

  private static String output(String imports) {
    Workspace ws =
        Workspace.of(
            List.of(
                new SourceFile("src/cfg/Sizes.java", SIZES),
                new SourceFile("src/cfg/Other.java", OTHER),
                new SourceFile("src/app/Model.java", model(imports))));
    FileAnalysis a = Analyzer.analyzeFile(ws, "src/app/Model.java", AnalysisOptions.DEFAULT);
    assertEquals(List.of(), a.diagnostics());
    return String.valueOf(a.models().get(0).output());
  }

  @Test
  void singleStaticImports() {
    assertEquals(
        "[N, 32]", output("import static cfg.Sizes.HIDDEN;\nimport static cfg.Sizes.twice;\n"));
  }

  @Test
  void staticImportsOnDemand() {
    assertEquals("[N, 32]", output("import static cfg.Sizes.*;\n"));
  }

  @Test
  void aSingleStaticImportWinsOverOneOnDemand() {
    assertEquals(
        "[N, 111]",
        output(
            "import static cfg.Sizes.*;\nimport static cfg.Other.HIDDEN;\nimport static cfg.Other.twice;\n"));
  }
}

package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two classes of one simple name in one workspace (two projects, or torchvision ports that each
 * bring their own {@code MLP}): a model uses the one javac would give it, never the other.
 */
class TypeResolutionTest {
  private static final String HEADER =
      "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n";

  /** An MLP block from {@code width} to {@code out} features. */
  private static String mlp(String pkg, int out) {
    return (pkg.isEmpty() ? "" : "package " + pkg + ";\n")
        + HEADER
        + "public class MLP extends Module {\n"
        + "    private final Linear fc;\n"
        + "    public MLP(int width) {\n"
        + "        fc = new Linear(width, "
        + out
        + ");\n"
        + "    }\n"
        + "    public Tensor forward(Tensor x) {\n"
        + "        return fc.forward(x);\n"
        + "    }\n"
        + "}\n";
  }

  private static String model(String pkg, String imports) {
    return (pkg.isEmpty() ? "" : "package " + pkg + ";\n")
        + HEADER
        + imports
        + "public class Model extends Module {\n"
        + "    private final MLP mlp = new MLP(10);\n"
        + "    public Tensor forward(@Dims(\"N, 10\") Tensor x) {\n"
        + "        return mlp.forward(x);\n"
        + "    }\n"
        + "}\n";
  }

  private static String output(Workspace ws, String path) {
    FileAnalysis a = Analyzer.analyzeFile(ws, path, AnalysisOptions.DEFAULT);
    assertEquals(List.of(), a.diagnostics());
    return String.valueOf(a.models().get(0).output());
  }

  @Test
  void aModelInTheDefaultPackageUsesTheClassOfItsOwnFolder() {
    for (String first : List.of("a", "b")) {
      // Either order of the files: the other folder's MLP (32 features) is never picked.
      List<SourceFile> files =
          new java.util.ArrayList<>(
              List.of(
                  new SourceFile("a/MLP.java", mlp("", 32)),
                  new SourceFile("b/MLP.java", mlp("", 64)),
                  new SourceFile("b/Model.java", model("", ""))));
      if (first.equals("b")) {
        java.util.Collections.reverse(files);
      }
      assertEquals("[N, 64]", output(Workspace.of(files), "b/Model.java"));
    }
  }

  @Test
  void aSingleTypeImportWinsOverTheSamePackage() {
    Workspace ws =
        Workspace.of(
            List.of(
                new SourceFile("src/app/MLP.java", mlp("app", 32)),
                new SourceFile("src/lib/MLP.java", mlp("lib", 64)),
                new SourceFile("src/app/Model.java", model("app", "import lib.MLP;\n"))));
    assertEquals("[N, 64]", output(ws, "src/app/Model.java"));
  }

  @Test
  void theSamePackageInAnotherFolderWinsOverAnotherPackage() {
    Workspace ws =
        Workspace.of(
            List.of(
                new SourceFile("src/main/java/other/MLP.java", mlp("other", 32)),
                new SourceFile("src/gen/java/app/MLP.java", mlp("app", 64)),
                new SourceFile("src/main/java/app/Model.java", model("app", ""))));
    assertEquals("[N, 64]", output(ws, "src/main/java/app/Model.java"));
  }
}

package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unknown value's {@code ?} explains itself where the code declares the value a tensor: a {@code
 * Tensor} parameter or local assigned it, not a variable of another type. The local's type is its
 * first declaration in the method, wherever the assignment is.
 */
class UnknownTargetsTest {
  private static final String MODEL =
      "import dev.shapesense.tensor.*;\n"
          + "import dev.shapesense.nn.*;\n"
          + "import dev.shapesense.nn.Module;\n"
          + "public class Model extends Module {\n"
          + "    private final Linear fc = new Linear(4, 4);\n"
          + "    public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n"
          + "        Tensor h = fc.forward(x);\n"
          + "        Object o = null;\n"
          + "        h = Mystery.make(h);\n"
          + "        o = Mystery.make(x);\n"
          + "        x = Mystery.make(x, 2);\n"
          + "        return fc.forward(h);\n"
          + "    }\n"
          + "}\n";

  @Test
  void onlyTensorTargetsExplainTheirUnknownValue() {
    Workspace ws = Workspace.of(List.of(new SourceFile("Model.java", MODEL)));
    FileAnalysis a = Analyzer.analyzeFile(ws, "Model.java", AnalysisOptions.DEFAULT);
    List<String> sites = new ArrayList<>();
    for (UnknownShape u : a.unknowns()) {
      sites.add(MODEL.substring(u.range().start(), u.range().end()) + ": " + u.reason());
    }
    String why =
        "Mystery.make(...) is not evaluated: Mystery is not a class of the workspace, of the nn API"
            + " or of the JDK classes the analysis runs";
    assertEquals(
        List.of("Mystery.make(h): " + why, "Mystery.make(x, 2): " + why, "fc.forward(h): " + why),
        sites);
  }

  /**
   * An inner block analysed on its own (its own @Dims) reads a field of the enclosing model, whose
   * object it does not have: the reason says so, not that the field's name is an unknown class.
   */
  @Test
  void anEnclosingObjectsFieldIsNamedAsSuch() {
    String src =
        "import dev.shapesense.tensor.*;\n"
            + "import dev.shapesense.nn.*;\n"
            + "import dev.shapesense.nn.Module;\n"
            + "public class Outer extends Module {\n"
            + "    record Cfg(int width) {}\n"
            + "    private final Cfg cfg = new Cfg(4);\n"
            + "    class Inner extends Module {\n"
            + "        private final Linear fc = new Linear(cfg.width(), 2);\n"
            + "        public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n"
            + "            return fc.forward(x);\n"
            + "        }\n"
            + "    }\n"
            + "}\n";
    Workspace ws = Workspace.of(List.of(new SourceFile("Outer.java", src)));
    FileAnalysis a = Analyzer.analyzeFile(ws, "Outer.java", AnalysisOptions.DEFAULT);
    List<String> sites = new ArrayList<>();
    for (UnknownShape u : a.unknowns()) {
      sites.add(src.substring(u.range().start(), u.range().end()) + ": " + u.reason());
    }
    assertEquals(
        List.of(
            "fc.forward(x): cfg.width(...) is not evaluated: cfg is a field of the enclosing Outer,"
                + " whose object is not known here"),
        sites);
  }
}

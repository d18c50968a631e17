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
}

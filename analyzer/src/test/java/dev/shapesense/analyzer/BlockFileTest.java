package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A block class in its own file shows what the models of other files that build it find there:
 * their hints where every use agrees, and their errors, once per place, with a fix only when one
 * number is right for every use.
 */
class BlockFileTest {
  private static final String HEADER =
      "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n";

  private static final String BLOCK =
      HEADER
          + "public class Block extends Module {\n"
          + "    private final Linear fc;\n"
          + "    private final LayerNorm norm;\n"
          + "    public Block(int width) {\n"
          + "        fc = new Linear(width, 16);\n"
          + "        norm = new LayerNorm(16);\n"
          + "    }\n"
          + "    public Tensor forward(Tensor x) {\n"
          + "        Tensor h = fc.forward(x);\n"
          + "        return norm.forward(h);\n"
          + "    }\n"
          + "}\n";

  private static Workspace workspace(String model) {
    return Workspace.of(
        List.of(new SourceFile("Block.java", BLOCK), new SourceFile("Model.java", HEADER + model)));
  }

  private static List<String> hints(FileAnalysis a) {
    return a.hints().stream()
        .map(h -> BLOCK.substring(h.range().start(), h.range().end()) + " " + h.label())
        .toList();
  }

  @Test
  void aBlockShowsItsModelsShapesAndErrorAndTheFixGoesWhereTheNumberIsWritten() {
    String model =
        "public class Model extends Module {\n"
            + "    private final Block block = new Block(8);\n"
            + "    public Tensor forward(@Dims(\"N, 10\") Tensor x) {\n"
            + "        return block.forward(x);\n"
            + "    }\n"
            + "}\n";
    FileAnalysis a = Analyzer.analyzeFile(workspace(model), "Block.java", AnalysisOptions.DEFAULT);
    assertEquals(List.of("fc.forward(x) [N, 16]", "norm.forward(h) [N, 16]"), hints(a));
    assertEquals(1, a.diagnostics().size(), a.diagnostics().toString());
    Diagnostic d = a.diagnostics().get(0);
    assertEquals("shape/linear-in-features", d.code());
    assertEquals("mat1 and mat2 shapes cannot be multiplied (Nx10 and 8x16)", d.message());
    assertEquals("fc.forward(x)", BLOCK.substring(d.range().start(), d.range().end()));
    // Not "width" in Block's constructor: the 8 of new Block(8) in Model.java.
    TextEdit e = d.fixes().get(0).edits().get(0);
    assertEquals("Model.java", e.path());
    String modelText = HEADER + model;
    assertEquals("new Block(8)", modelText.substring(e.range().start() - 10, e.range().end() + 1));
    assertEquals("10", e.newText());

    // Who edits Model.java sees it too, at the call that leads there, as PyTorch's top frame.
    FileAnalysis m = Analyzer.analyzeFile(workspace(model), "Model.java", AnalysisOptions.DEFAULT);
    assertEquals(1, m.diagnostics().size(), m.diagnostics().toString());
    Diagnostic top = m.diagnostics().get(0);
    assertEquals(
        "mat1 and mat2 shapes cannot be multiplied (Nx10 and 8x16) (in Block.java:12)",
        top.message());
    assertEquals("block.forward(x)", modelText.substring(top.range().start(), top.range().end()));
    assertEquals(d.fixes(), top.fixes());
  }

  @Test
  void aBlockFailingWithTwoSizesShowsTheFirstErrorOnceAndNoFix() {
    String model =
        "public class Model extends Module {\n"
            + "    private final Block small = new Block(8);\n"
            + "    private final Block wide = new Block(12);\n"
            + "    public Tensor forward(@Dims(\"N, 10\") Tensor x) {\n"
            + "        return wide.forward(small.forward(x));\n"
            + "    }\n"
            + "}\n";
    FileAnalysis a = Analyzer.analyzeFile(workspace(model), "Block.java", AnalysisOptions.DEFAULT);
    assertEquals(List.of("fc.forward(x) [N, 16]", "norm.forward(h) [N, 16]"), hints(a));
    assertEquals(1, a.diagnostics().size(), a.diagnostics().toString());
    Diagnostic d = a.diagnostics().get(0);
    assertEquals("mat1 and mat2 shapes cannot be multiplied (Nx10 and 8x16)", d.message());
    assertEquals(List.of(), d.fixes());
  }
}

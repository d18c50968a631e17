package dev.shapesense.analyzer.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ModuleCall;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hover as typed data: what a layer, a model or an unknown expression shows, from the analysis.
 */
class IdeTest {
  private static final String MODEL =
      """
      import dev.shapesense.tensor.*;
      import dev.shapesense.nn.*;
      import dev.shapesense.nn.Module;

      public class Enc extends Module {
          private final Conv2d conv = new Conv2d(3, 8, 3), other = new Conv2d(8, 8, 1);
          private final Linear mu = new Linear(8, 4);

          record Out(Tensor recon, Tensor mu) {}

          public Out forward(@Dims("B, 3, H, W") Tensor x) {
              Tensor h = other.forward(conv.forward(x));
              Tensor m = mu.forward(h.mean(new int[] {2, 3}));
              return new Out(h, m);
          }
      }
      """;

  private static final Workspace WS = Workspace.of(List.of(new SourceFile("Enc.java", MODEL)));
  private static final FileAnalysis FA =
      Analyzer.analyzeFile(WS, "Enc.java", AnalysisOptions.DEFAULT);

  private static HoverInfo at(String marker, int plus) {
    return Ide.hover(WS, FA, MODEL.indexOf(marker) + plus);
  }

  @Test
  void aFieldNamedAmongOthersShowsItsOwnNameCallsAndTheOriginsOfItsSymbols() {
    HoverInfo.Layer l = (HoverInfo.Layer) at("other = new", 1);
    assertEquals("other", l.name());
    assertEquals("Conv2d", l.type());
    assertEquals("Conv2d(8, 8, kernel_size=(1, 1), stride=(1, 1))", l.repr());
    ModuleCall c = l.calls().get(0);
    assertEquals(List.of("[B, 8, H - 2, W - 2]"), c.inputs());
    assertEquals("[B, 8, H - 2, W - 2]", c.output());
    // The symbols of the shapes themselves, not words of their text.
    assertEquals(List.of("B", "H", "W"), List.copyOf(c.symbols()));
    assertEquals(
        List.of("B", "H", "W"), l.origins().stream().map(HoverInfo.SymbolSource::symbol).toList());
    assertEquals(11, l.origins().get(0).line());
    assertNull(l.unknown());
  }

  @Test
  void aCallShowsTheNarrowestCallAtTheHover() {
    HoverInfo.Layer l = (HoverInfo.Layer) at("conv.forward(x)", 2);
    assertEquals("conv", l.name());
    assertEquals(List.of("[B, 3, H, W]"), l.calls().get(0).inputs());
    HoverInfo.Layer mu = (HoverInfo.Layer) at("mu.forward", 0);
    assertEquals("mu", mu.name());
    assertEquals(List.of("B"), List.copyOf(mu.calls().get(0).symbols()));
  }

  @Test
  void theClassNameAndForwardShowTheModel() {
    HoverInfo.Model m = (HoverInfo.Model) at("class Enc", 7);
    assertEquals("Enc", m.model().className());
    assertEquals(m, at("Out forward", 5));
  }

  @Test
  void nothingOutsideLayersModelsAndUnknownExpressions() {
    assertNull(at("import dev", 2));
  }
}

package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Multiply-adds of what torchinfo does not see: functional matrix products in {@code forward}
 * ({@code F.linear}, {@code Tensors.bmm}, {@code x.matmul}), counted in the module whose code runs
 * them; containers inside containers sum their layers; frozen parameters are not trainable.
 */
class MultAddsTest {
  private static final String MODEL =
      """
      import dev.shapesense.tensor.*;
      import dev.shapesense.nn.*;
      import dev.shapesense.nn.Module;

      public class M extends Module {
          private final Parameter w = new Parameter(Tensors.randn(32, 64));
          private final Parameter b = new Parameter(Tensors.randn(32));
          private final Parameter frozen = new Parameter(Tensors.zeros(10), false);
          private final Sequential head =
              new Sequential(new Linear(32, 16), new Sequential(new ReLU(), new Linear(16, 8)));

          public Tensor forward(@Dims("N, 64") Tensor x) {
              Tensor h = F.linear(x, w, b);
              Tensor outer = Tensors.bmm(h.unsqueeze(2), h.unsqueeze(1));
              Tensor g = x.matmul(w.t());
              return head.forward(h.add(g).add(outer.sum(2)));
          }
      }
      """;

  @Test
  void functionalMatmulsAndNestedContainers() {
    FileAnalysis a =
        Analyzer.analyzeFile(
            Workspace.of(List.of(new SourceFile("M.java", MODEL))),
            "M.java",
            AnalysisOptions.DEFAULT);
    ModelResult m = a.models().get(0);
    assertEquals(List.of(), m.diagnostics());
    List<String> rows = new ArrayList<>();
    for (TraceEntry e : m.trace()) {
      rows.add(e.path() + " " + e.type() + " " + e.stats().macs() + " " + e.stats().leaf());
    }
    assertEquals(
        List.of(
            // Linear(32, 16): torchinfo's output_size[0] * (weight + bias) = N * 528.
            "head.0 Linear 528 * N true",
            "head.1.0 ReLU 0 true",
            "head.1.1 Linear 136 * N true",
            "head.1 Sequential 136 * N false",
            "head Sequential 664 * N false",
            // F.linear: N*32*64 + N*32 (bias); bmm: N*32*32*1; matmul: N*32*64; plus the head.
            " M 5816 * N false"),
        rows);
    ModelSummary s = m.summary();
    assertEquals("2754", s.params().toString());
    assertEquals("2744", s.trainableParams().toString());
    assertEquals("10", s.nonTrainableParams().toString());
    assertEquals("5816 * N", s.macs().toString());
    assertEquals("256 * N", s.inputBytes().toString());
    // Twice the outputs of the layers with parameters: [N, 16] and [N, 8] float32.
    assertEquals("192 * N", s.forwardBackwardBytes().toString());
    // torchinfo counts the parameter bytes of layers without children only.
    assertEquals("2656", s.paramBytes().toString());
    assertEquals("448 * N + 2656", s.totalBytes().toString());
    // The hover's data: each call site with its statistics.
    ModuleCall head =
        a.calls().stream().filter(c -> c.type().equals("Sequential")).findFirst().orElseThrow();
    assertEquals("664 * N", head.stats().macs().toString());
    assertEquals("32 * N", head.stats().outputBytes().toString());
  }
}

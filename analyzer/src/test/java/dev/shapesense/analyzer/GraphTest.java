package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layer graph of a model: exact nodes and edges, skips and errors. */
class GraphTest {
  private static final Path MODELS = Path.of("../testdata/models");

  private static ModelGraph graph(String file, String input) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    try (var all = Files.list(MODELS)) {
      for (Path p : all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files.add(new SourceFile(p.getFileName().toString(), Files.readString(p)));
      }
    }
    Workspace ws = Workspace.of(files);
    AnalysisOptions opts =
        input == null
            ? AnalysisOptions.DEFAULT
            : AnalysisOptions.DEFAULT.withInput(dev.shapesense.tensor.Shape.parse(input));
    FileAnalysis fa = Analyzer.analyzeFile(ws, file, opts);
    return fa.models().get(0).graph();
  }

  /** One line per node ({@code id kind label type params shape line error}), then per edge. */
  static String render(ModelGraph g, String text) {
    LineIndex lines = new LineIndex(text);
    List<String> out = new ArrayList<>();
    for (ModelGraph.Node n : g.nodes()) {
      out.add(
          n.id()
              + " "
              + n.kind()
              + " "
              + n.label()
              + " "
              + n.type()
              + " "
              + n.params()
              + " "
              + n.shape()
              + (n.range() == null ? "" : " @" + (lines.line(n.range().start()) + 1))
              + (n.error() == null ? "" : " ! " + n.error()));
    }
    for (ModelGraph.Edge e : g.edges()) {
      out.add(e.from() + " -> " + e.to() + " " + e.shape() + (e.skip() ? " skip" : ""));
    }
    return String.join("\n", out);
  }

  private static String render(String file, String input) throws IOException {
    return render(graph(file, input), Files.readString(MODELS.resolve(file)));
  }

  @Test
  void seedNetIsAChainOfItsCalls() throws IOException {
    assertEquals(
        """
        0 INPUT input Tensor null [N, 3, 32, 32] @13
        1 MODULE conv1 Conv2d 456 [N, 6, 28, 28] @14
        2 MODULE pool MaxPool2d 0 [N, 6, 14, 14] @14
        3 MODULE conv2 Conv2d 2416 [N, 16, 10, 10] @17
        4 MODULE pool MaxPool2d 0 [N, 16, 5, 5] @17
        5 MODULE fc1 Linear 48120 [N, 120] @22
        6 MODULE fc2 Linear 10164 [N, 84] @25
        7 MODULE fc3 Linear 850 [N, 10] @28
        8 OUTPUT output Tensor null [N, 10] @13
        0 -> 1 [N, 3, 32, 32]
        1 -> 2 [N, 6, 28, 28]
        2 -> 3 [N, 6, 14, 14]
        3 -> 4 [N, 16, 10, 10]
        4 -> 5 [N, 400]
        5 -> 6 [N, 120]
        6 -> 7 [N, 84]
        7 -> 8 [N, 10]""",
        render("Net.java", null));
  }

  @Test
  void theFailingCallCarriesTheError() throws IOException {
    String g = render("Net.java", "1024, 3, 28, 28");
    assertEquals(
        "5 MODULE fc1 Linear 48120 [1024, 120] @22 ! mat1 and mat2 shapes cannot be multiplied (1024x256 and 400x120)",
        g.lines().filter(l -> l.contains("!")).reduce("", (a, b) -> a + b));
  }

  @Test
  void anErrorOutsideAnyCallIsOnTheNextNodeToRun() throws IOException {
    assertEquals(
        List.of(
            "5 MODULE fc1 Linear 30840 [N, 120] @22 ! shape '[N, 256]' is invalid for input of size 400 * N"),
        render("BuggyView.java", null).lines().filter(l -> l.contains("!")).toList());
  }

  @Test
  void residualsAreSkipsAndAttentionIsOneNode() throws IOException {
    assertEquals(
        """
        0 INPUT input Tensor null [N, L] @13
        1 MODULE embed Embedding 64000 [N, L, 64] @14
        2 MODULE attn MultiheadAttention 16640 ([N, L, 64], [N, L, L]) @16
        3 MODULE norm1 LayerNorm 128 [N, L, 64] @18
        4 MODULE ff.0 Linear 16640 [N, L, 256] @20
        5 MODULE ff.1 ReLU 0 [N, L, 256] @20
        6 MODULE ff.2 Linear 16448 [N, L, 64] @20
        7 MODULE norm2 LayerNorm 128 [N, L, 64] @20
        8 MODULE head Linear 195 [N, 3] @25
        9 OUTPUT output Tensor null [N, 3] @13
        0 -> 1 [N, L]
        1 -> 2 [N, L, 64]
        1 -> 3 [N, L, 64] skip
        2 -> 3 [N, L, 64]
        3 -> 4 [N, L, 64]
        4 -> 5 [N, L, 256]
        5 -> 6 [N, L, 256]
        3 -> 7 [N, L, 64] skip
        6 -> 7 [N, L, 64]
        7 -> 8 [N, 64]
        8 -> 9 [N, 3]""",
        render("TransformerClassifier.java", null));
  }

  @Test
  void uNetConcatenationsAreSkips() throws IOException {
    assertEquals(
        """
        20 -> 29 [N, 128, 16, 16] skip
        13 -> 36 [N, 64, 32, 32] skip
        6 -> 43 [N, 32, 64, 64] skip""",
        String.join(
            "\n", render("UNet.java", null).lines().filter(l -> l.endsWith("skip")).toList()));
  }

  @Test
  void resNetIdentityIsASkipAndItsDownsampleABranch() throws IOException {
    List<String> g = render("ResNet18.java", null).lines().toList();
    assertEquals(
        List.of(
            "4 -> 10 [N, 64, 56, 56] skip",
            "10 -> 16 [N, 64, 56, 56] skip",
            "24 -> 30 [N, 128, 28, 28] skip",
            "38 -> 44 [N, 256, 14, 14] skip",
            "52 -> 58 [N, 512, 7, 7] skip"),
        g.stream().filter(l -> l.endsWith("skip")).toList());
    // layer2.0: the main path and the downsample are two branches from layer1.1's output.
    assertEquals(
        """
        16 MODULE layer1.1.relu ReLU 0 [N, 64, 56, 56] @34
        17 MODULE layer2.0.conv1 Conv2d 73728 [N, 128, 28, 28] @27
        18 MODULE layer2.0.bn1 BatchNorm2d 256 [N, 128, 28, 28] @28
        19 MODULE layer2.0.relu ReLU 0 [N, 128, 28, 28] @28
        20 MODULE layer2.0.conv2 Conv2d 147456 [N, 128, 28, 28] @29
        21 MODULE layer2.0.bn2 BatchNorm2d 256 [N, 128, 28, 28] @31
        22 MODULE layer2.0.downsample.0 Conv2d 8192 [N, 128, 28, 28] @32
        23 MODULE layer2.0.downsample.1 BatchNorm2d 256 [N, 128, 28, 28] @32
        24 MODULE layer2.0.relu ReLU 0 [N, 128, 28, 28] @34
        16 -> 17 [N, 64, 56, 56]
        17 -> 18 [N, 128, 28, 28]
        18 -> 19 [N, 128, 28, 28]
        19 -> 20 [N, 128, 28, 28]
        20 -> 21 [N, 128, 28, 28]
        16 -> 22 [N, 64, 56, 56]
        22 -> 23 [N, 128, 28, 28]
        21 -> 24 [N, 128, 28, 28]
        23 -> 24 [N, 128, 28, 28]""",
        String.join(
            "\n",
            g.stream()
                .filter(
                    l ->
                        l.matches("(1[6-9]|2[0-4]) MODULE .*")
                            || l.matches("(1[6-9]|2[0-3]) -> (1[7-9]|2[0-4]) .*"))
                .toList()));
  }

  private static final String FLOW =
      """
      import dev.shapesense.tensor.*;
      import dev.shapesense.nn.*;
      import dev.shapesense.nn.Module;
      import java.util.List;

      public class Flow extends Module {
          private final LSTM lstm = new LSTM(8, 8).batchFirst(true);
          private final Linear a = new Linear(8, 8);
          private final Linear b = new Linear(8, 8);
          private final Linear head = new Linear(8, 2);

          public Tensor forward(@Dims("N, L, 8") Tensor x) {
              LSTM.Output o = lstm.forward(x);
              Tensor last = o.output().select(1, -1);
              List<Tensor> halves = a.forward(last).chunk(2, 1);
              Tensor swapped = Tensors.cat(List.of(halves.get(1), halves.get(0)), 1);
              Tensor buf = Tensors.zeros(1, 8).copy_(b.forward(swapped));
              return head.forward(buf.add(last));
          }
      }
      """;

  @Test
  void edgesFollowTensorsThroughTuplesListsAndCopies() {
    Workspace ws = Workspace.of(List.of(new SourceFile("Flow.java", FLOW)));
    ModelGraph g =
        Analyzer.analyzeFile(ws, "Flow.java", AnalysisOptions.DEFAULT).models().get(0).graph();
    assertEquals(
        """
        0 INPUT input Tensor null [N, L, 8] @12
        1 MODULE lstm LSTM 576 ([N, L, 8], ([1, N, 8], [1, N, 8])) @13
        2 MODULE a Linear 72 [N, 8] @15
        3 MODULE b Linear 72 [N, 8] @17
        4 MODULE head Linear 18 [N, 2] @18
        5 OUTPUT output Tensor null [N, 2] @12
        0 -> 1 [N, L, 8]
        1 -> 2 [N, 8]
        2 -> 3 [N, 8]
        1 -> 4 [N, 8] skip
        3 -> 4 [N, 8]
        4 -> 5 [N, 2]""",
        render(g, FLOW));
  }

  private static final String LISTED =
      """
      import dev.shapesense.tensor.*;
      import dev.shapesense.nn.*;
      import dev.shapesense.nn.Module;
      import java.util.ArrayList;
      import java.util.List;

      public class Listed extends Module {
          private final Linear a = new Linear(8, 4);
          private final Linear b = new Linear(8, 6);
          private final Linear head = new Linear(6, 2);

          public Tensor forward(@Dims("N, 8") Tensor x) {
              List<Tensor> outs = new ArrayList<>();
              outs.add(a.forward(x));
              outs.add(b.forward(x));
              return head.forward(outs.get(1));
          }
      }
      """;

  @Test
  void aTensorReadFromAListComesFromItselfAlone() {
    Workspace ws = Workspace.of(List.of(new SourceFile("Listed.java", LISTED)));
    ModelGraph g =
        Analyzer.analyzeFile(ws, "Listed.java", AnalysisOptions.DEFAULT).models().get(0).graph();
    assertEquals(
        """
        0 -> 1 [N, 8]
        0 -> 2 [N, 8]
        2 -> 3 [N, 6]
        3 -> 4 [N, 2]""",
        String.join("\n", render(g, LISTED).lines().filter(l -> l.contains("->")).toList()));
  }
}

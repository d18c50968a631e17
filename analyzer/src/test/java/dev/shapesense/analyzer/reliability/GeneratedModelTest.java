package dev.shapesense.analyzer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Randomly generated model classes, valid by construction under PyTorch's size rules (conv and
 * pooling output sizes without ceil mode, Linear and BatchNorm sizes that match): ShapeSense raises
 * no error and infers the output shape the rules give. The same model with one Linear's in_features
 * off by one gets exactly PyTorch's error at that call.
 */
class GeneratedModelTest {
  @AfterContainer
  static void figures() {
    System.out.println(Checked.figuresOfClass());
  }

  /** A generated model: its source, the output it must have, and the error its broken twin has. */
  record Generated(
      String source, String output, String brokenSource, String brokenError, String brokenCall) {
    @Override
    public String toString() {
      return source;
    }
  }

  /** Builds a model from a stream of random choices, computing every size as PyTorch would. */
  static Generated build(List<Integer> r, boolean sequential) {
    int[] at = {0};
    java.util.function.IntUnaryOperator pick = n -> Math.floorMod(r.get(at[0]++ % r.size()), n);
    long c = 1 + pick.applyAsInt(8);
    long h = 8 + pick.applyAsInt(33);
    long w = 8 + pick.applyAsInt(33);
    String dims = "N, " + c + ", " + h + ", " + w;
    List<String> layers = new ArrayList<>();
    int convs = pick.applyAsInt(4);
    for (int i = 0; i < convs; i++) {
      switch (pick.applyAsInt(5)) {
        case 0, 1 -> {
          long out = 1 + pick.applyAsInt(16);
          long k = 1 + pick.applyAsInt(5);
          long s = 1 + pick.applyAsInt(3);
          long p = pick.applyAsInt(3);
          if (Math.min(h, w) + 2 * p < k) {
            continue;
          }
          layers.add(
              "new Conv2d(" + c + ", " + out + ", " + k + ").stride(" + s + ").padding(" + p + ")");
          c = out;
          h = (h + 2 * p - k) / s + 1;
          w = (w + 2 * p - k) / s + 1;
        }
        case 2 -> {
          long k = 1 + pick.applyAsInt(3);
          long s = 1 + pick.applyAsInt(3);
          if (Math.min(h, w) < k) {
            continue;
          }
          layers.add("new MaxPool2d(" + k + ", " + s + ")");
          h = (h - k) / s + 1;
          w = (w - k) / s + 1;
        }
        case 3 -> layers.add("new BatchNorm2d(" + c + ")");
        default -> layers.add(pick.applyAsInt(2) == 0 ? "new ReLU()" : "new Dropout(0.1)");
      }
    }
    long f;
    if (pick.applyAsInt(2) == 0) {
      layers.add("new AdaptiveAvgPool2d(1)");
      f = c;
    } else {
      f = c * h * w;
    }
    layers.add("new Flatten()");
    int linears = 1 + pick.applyAsInt(3);
    int brokenIndex = -1;
    long brokenIn = 0;
    long brokenOut = 0;
    for (int i = 0; i < linears; i++) {
      long out = 1 + pick.applyAsInt(64);
      if (brokenIndex < 0 && (i == linears - 1 || pick.applyAsInt(2) == 0)) {
        brokenIndex = layers.size();
        brokenIn = f;
        brokenOut = out;
      }
      layers.add("new Linear(" + f + ", " + out + ")");
      f = out;
      if (i < linears - 1) {
        layers.add(pick.applyAsInt(2) == 0 ? "new ReLU()" : "new BatchNorm1d(" + f + ")");
      }
    }
    String output = "[N, " + f + "]";
    String error =
        "mat1 and mat2 shapes cannot be multiplied (Nx"
            + brokenIn
            + " and "
            + (brokenIn + 1)
            + "x"
            + brokenOut
            + ")";
    List<String> broken = new ArrayList<>(layers);
    broken.set(brokenIndex, "new Linear(" + (brokenIn + 1) + ", " + brokenOut + ")");
    return new Generated(
        source(layers, dims, sequential),
        output,
        source(broken, dims, sequential),
        error,
        sequential ? "layers.forward(x)" : "l" + brokenIndex + ".forward(x)");
  }

  private static String source(List<String> layers, String dims, boolean sequential) {
    StringBuilder sb =
        new StringBuilder(
            "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n\n"
                + "public class Generated extends Module {\n");
    if (sequential) {
      sb.append("    private final Sequential layers = new Sequential(\n            ")
          .append(String.join(",\n            ", layers))
          .append(");\n\n    public Tensor forward(@Dims(\"")
          .append(dims)
          .append("\") Tensor x) {\n")
          .append("        return layers.forward(x);\n    }\n}\n");
      return sb.toString();
    }
    for (int i = 0; i < layers.size(); i++) {
      String type = layers.get(i).substring(4, layers.get(i).indexOf('('));
      sb.append("    private final ")
          .append(type)
          .append(" l")
          .append(i)
          .append(" = ")
          .append(layers.get(i))
          .append(";\n");
    }
    sb.append("\n    public Tensor forward(@Dims(\"").append(dims).append("\") Tensor x) {\n");
    for (int i = 0; i < layers.size(); i++) {
      sb.append("        x = l").append(i).append(".forward(x);\n");
    }
    sb.append("        return x;\n    }\n}\n");
    return sb.toString();
  }

  @Provide
  Arbitrary<Generated> models() {
    return Arbitraries.integers()
        .between(0, Integer.MAX_VALUE)
        .list()
        .ofSize(48)
        .flatMap(r -> Arbitraries.of(true, false).map(seq -> build(r, seq)));
  }

  private static FileAnalysis analyze(String source) {
    Workspace ws = Workspace.of(List.of(new SourceFile("Generated.java", source)));
    return Checked.analyze(ws, "Generated.java", AnalysisOptions.DEFAULT, source);
  }

  @Property(shrinking = ShrinkingMode.OFF)
  @FuzzCount.Share(20)
  void aValidGeneratedModelHasNoErrorAndTheRightOutput(@ForAll("models") Generated g) {
    FileAnalysis a = analyze(g.source());
    assertEquals(List.of(), a.diagnostics(), g.source());
    assertEquals(1, a.models().size(), g.source());
    assertEquals(g.output(), String.valueOf(a.models().get(0).output()), g.source());
  }

  @Property(shrinking = ShrinkingMode.OFF)
  @FuzzCount.Share(20)
  void aGeneratedModelWithOneWrongLinearHasPyTorchsErrorThere(@ForAll("models") Generated g) {
    FileAnalysis a = analyze(g.brokenSource());
    List<Tuple.Tuple3<String, String, String>> errors = new ArrayList<>();
    for (Diagnostic d : a.diagnostics()) {
      errors.add(
          Tuple.of(
              d.severity().label() + " " + d.code(),
              d.message(),
              g.brokenSource().substring(d.range().start(), d.range().end())));
    }
    assertEquals(
        List.of(Tuple.of("error shape/linear-in-features", g.brokenError(), g.brokenCall())),
        errors,
        g.brokenSource());
    if (!g.brokenCall().startsWith("layers")) {
      assertEquals(
          g.output(),
          String.valueOf(a.models().get(0).output()),
          "the analysis goes on after the error");
    }
  }
}

package dev.shapesense.bench;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Not a JMH benchmark: how the analysis time of one model grows with its size, for the shapes of
 * code users write at length (a long Sequential, nested Sequentials, a ModuleList built in a loop,
 * fields assigned in the constructor, distinct locals, a helper called many times, a list of skips,
 * an if per layer, symbolic sizes). Each model is analysed fresh at n, 2n and 4n statements or
 * layers, medians in one JVM; a ratio near 2 per doubling is linear, near 4 is quadratic. It found
 * the quadratic ones BENCHMARKS.md lists.
 *
 * <pre>java -cp bench/target/classes:$CP dev.shapesense.bench.Scaling N [MODEL]</pre>
 */
public final class Scaling {
  private Scaling() {}

  private static final String H =
      "import dev.shapesense.tensor.*;\n"
          + "import dev.shapesense.nn.*;\n"
          + "import dev.shapesense.nn.Module;\n"
          + "import java.util.*;\n\n";

  private static String rep(int n, IntFunction<String> f) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(f.apply(i));
    return sb.toString();
  }

  /** Each model by name: its text at size n. */
  static Map<String, IntFunction<String>> models() {
    Map<String, IntFunction<String>> m = new LinkedHashMap<>();
    m.put(
        "seqbig",
        n ->
            H
                + "public class M extends Module {\n  private final Sequential body = new Sequential(\n"
                + rep(n, i -> "      new Linear(16, 16), new ReLU(),\n")
                + "      new Identity());\n  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n    return body.forward(x);\n  }\n}\n");
    m.put(
        "seqnested",
        n ->
            H
                + "public class M extends Module {\n  private final Sequential body = new Sequential(\n"
                + rep(n, i -> "      new Sequential(new Linear(16, 16), new ReLU()),\n")
                + "      new Identity());\n  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n    return body.forward(x);\n  }\n}\n");
    m.put(
        "listloop",
        n ->
            H
                + "public class M extends Module {\n  private final ModuleList layers = new ModuleList();\n  public M() {\n    for (int i = 0; i < "
                + n
                + "; i++) {\n      layers.add(new Linear(16, 16));\n    }\n  }\n  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n    for (Module l : layers) {\n      x = l.forward(x);\n    }\n    return x;\n  }\n}\n");
    m.put(
        "seqloop",
        n ->
            H
                + "public class M extends Module {\n  private final Sequential body;\n  public M() {\n    List<Module> ls = new ArrayList<>();\n    for (int i = 0; i < "
                + n
                + "; i++) {\n      ls.add(new Linear(16, 16));\n      ls.add(new ReLU());\n    }\n    body = new Sequential(ls.toArray(new Module[0]));\n  }\n  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n    return body.forward(x);\n  }\n}\n");
    m.put(
        "ctorassign",
        n ->
            H
                + "public class M extends Module {\n"
                + rep(n, i -> "  private final Linear l" + i + ";\n")
                + "  public M() {\n"
                + rep(n, i -> "    this.l" + i + " = new Linear(16, 16);\n")
                + "  }\n  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n"
                + rep(n, i -> "    x = l" + i + ".forward(x);\n")
                + "    return x;\n  }\n}\n");
    m.put(
        "distinctlocals",
        n ->
            H
                + "public class M extends Module {\n  private final Linear fc = new Linear(16, 16);\n  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n    Tensor h0 = fc.forward(x);\n"
                + rep(n, i -> "    Tensor h" + (i + 1) + " = F.relu(h" + i + ");\n")
                + "    return h"
                + n
                + ";\n  }\n}\n");
    m.put(
        "helpers",
        n ->
            H
                + "public class M extends Module {\n"
                + linearFields(n)
                + "  private Tensor block(Tensor x, Linear l) {\n    Tensor y = l.forward(x);\n    return F.relu(y).add(x);\n  }\n  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n"
                + rep(n, i -> "    x = block(x, l" + i + ");\n")
                + "    return x;\n  }\n}\n");
    m.put(
        "skipcat",
        n ->
            H
                + "public class M extends Module {\n"
                + linearFields(n)
                + "  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n    List<Tensor> outs = new ArrayList<>();\n"
                + rep(n, i -> "    x = l" + i + ".forward(x);\n    outs.add(x);\n")
                + "    return Tensors.stack(outs, 1);\n  }\n}\n");
    m.put(
        "ifs",
        n ->
            H
                + "public class M extends Module {\n  private final boolean act;\n"
                + linearFields(n)
                + "  public M() { this(true); }\n  public M(boolean act) { this.act = act; }\n  public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n"
                + rep(
                    n,
                    i ->
                        "    x = l"
                            + i
                            + ".forward(x);\n    if (act) {\n      x = F.relu(x);\n    }\n")
                + "    return x;\n  }\n}\n");
    m.put(
        "symbolic",
        n ->
            H
                + "public class M extends Module {\n"
                + rep(
                    n, i -> "  private final Conv1d c" + i + " = new Conv1d(8, 8, 3).padding(1);\n")
                + "  public Tensor forward(@Dims(\"N, 8, L\") Tensor x) {\n"
                + rep(n, i -> "    x = c" + i + ".forward(x);\n")
                + "    return x;\n  }\n}\n");
    return m;
  }

  /** {@code n} fields {@code l0 .. l<n-1>}, each a {@code Linear(16, 16)}. */
  private static String linearFields(int n) {
    return rep(n, i -> "  private final Linear l" + i + " = new Linear(16, 16);\n");
  }

  private static double medianMillis(String text, int reps) {
    List<Long> ts = new ArrayList<>();
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      Analyzer.analyzeFile(
          Workspace.of(List.of(new SourceFile("M.java", text))),
          "M.java",
          AnalysisOptions.DEFAULT.withTimeBudgetMillis(600_000));
      ts.add(System.nanoTime() - t0);
    }
    Collections.sort(ts);
    return ts.get(ts.size() / 2) / 1e6;
  }

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: Scaling N [MODEL]   MODEL: one of " + models().keySet());
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    for (var e : models().entrySet()) {
      if (args.length > 1 && !e.getKey().equals(args[1])) {
        continue;
      }
      medianMillis(e.getValue().apply(n), 3);
      double a = medianMillis(e.getValue().apply(n), 5);
      double b = medianMillis(e.getValue().apply(2 * n), 5);
      double c = medianMillis(e.getValue().apply(4 * n), 3);
      System.out.printf(
          "%-15s n=%d %.1f ms, 2n %.1f ms, 4n %.1f ms: 2n/n %.2f, 4n/2n %.2f%n",
          e.getKey(), n, a, b, c, b / a, c / b);
    }
  }
}

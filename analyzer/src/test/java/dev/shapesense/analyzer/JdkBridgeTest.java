package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lambdas run by JDK code (through the bridge's proxies) are interpreted code like any other: they
 * spend the step budget, a user's throw in them ends the path, and a value the analysis cannot know
 * that crosses into the JDK makes the JDK call's result unknown, never an error.
 */
class JdkBridgeTest {
  private static final String HEADER =
      "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n"
          + "import java.util.*;\nimport java.util.stream.*;\n";

  private static FileAnalysis analyze(String body) {
    String text = HEADER + body;
    return Analyzer.analyzeFile(
        Workspace.of(List.of(new SourceFile("M.java", text))), "M.java", AnalysisOptions.DEFAULT);
  }

  private static List<String> codes(FileAnalysis a) {
    return a.diagnostics().stream().map(d -> d.severity().label() + " " + d.code()).toList();
  }

  private static List<String> hints(FileAnalysis a) {
    return a.hints().stream().map(InlayHint::label).toList();
  }

  private static String model(String ctor, String forward) {
    return "public class M extends Module {\n  private Linear fc = new Linear(4, 2);\n"
        + "  public M() {\n"
        + ctor
        + "\n  }\n"
        + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n"
        + forward
        + "\n  }\n}\n";
  }

  @Test
  void anEndlessStreamStopsAtTheStepBudget() {
    FileAnalysis a =
        analyze(
            model(
                "",
                "Stream.iterate(x, t -> F.relu(t)).forEach(t -> {});\n    return fc.forward(x);"));
    assertEquals(List.of("info analysis/step-budget"), codes(a));
  }

  @Test
  void anEndlessStreamOfMethodReferencesStopsAtTheStepBudget() {
    FileAnalysis a =
        analyze(
            model("", "Stream.iterate(x, F::relu).forEach(t -> {});\n    return fc.forward(x);"));
    assertEquals(List.of("info analysis/step-budget"), codes(a));
  }

  @Test
  void aUserThrowInALambdaRunByTheJdkEndsThePath() {
    FileAnalysis a =
        analyze(
            model(
                "",
                "List.of(1).forEach(n -> { throw new ShapeError(\"no\"); });\n    return fc.forward(x);"));
    assertEquals(List.of("error shape/user-check"), codes(a));
    assertEquals(List.of(), hints(a));
  }

  @Test
  void aShapeErrorInALambdaRunByTheJdkIsReportedWhereItHappens() {
    FileAnalysis a =
        analyze(
            model(
                "",
                "List.of(x).forEach(t -> fc.forward(t.repeat(1, 2)));\n    return fc.forward(x);"));
    assertEquals(List.of("error shape/linear-in-features"), codes(a));
    assertEquals(
        "mat1 and mat2 shapes cannot be multiplied (Nx8 and 4x2)",
        a.diagnostics().get(0).message());
    assertEquals(List.of("[N, 2]", "[N, 2]"), hints(a));
  }

  @Test
  void anUnknownValueCrossingIntoTheJdkGivesAnUnknownResult() {
    FileAnalysis a =
        analyze(
            model(
                "long n = List.of(1, 2, 3).stream().filter(k -> k > Mystery.limit()).count();\n"
                    + "    fc = new Linear(4, n);",
                "return fc.forward(x);"));
    assertEquals(List.of(), codes(a));
    assertEquals(List.of(), hints(a));
  }

  @Test
  void knownValuesThroughTheSameCallAreFollowed() {
    FileAnalysis a =
        analyze(
            model(
                "long n = List.of(1, 2, 3).stream().filter(k -> k > 1).count();\n    fc = new Linear(4, n);",
                "return fc.forward(x);"));
    assertEquals(List.of(), codes(a));
    assertEquals(List.of("[N, 2]"), hints(a));
  }

  @Test
  void randomNumbersAreUnknown() {
    FileAnalysis a =
        analyze(
            model(
                    "List<Integer> l = new ArrayList<>(List.of(1, 2, 3));\n    Collections.shuffle(l);\n"
                        + "    fc = new Linear(4, l.get(0));\n"
                        + "    g = new Linear(4, (long) (Math.random() * 10) + 1);\n"
                        + "    h = new Linear(4, l.size());",
                    "fc.forward(x);\n    g.forward(x);\n    return h.forward(x);")
                .replace("private Linear fc", "private Linear g, h;\n  private Linear fc"));
    assertEquals(List.of(), codes(a));
    assertEquals(List.of(), hints(a));
  }

  @Test
  void hugeRangesAndParallelStreamsAreNotRun() {
    FileAnalysis a =
        analyze(
            model(
                "long n = IntStream.range(0, 2_000_000_000).boxed().toList().size();\n"
                    + "    long m = List.of(1, 2).parallelStream().count();\n"
                    + "    fc = new Linear(4, n + m);",
                "return fc.forward(x);"));
    assertEquals(List.of(), codes(a));
    assertEquals(List.of(), hints(a));
  }
}

package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Analysis never fails: broken, unknown or endless code yields values plus problems. */
class RobustnessTest {
  private static final String HEADER =
      "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n";

  private static FileAnalysis analyze(String body) {
    String text = HEADER + body;
    return Analyzer.analyzeFile(
        Workspace.of(List.of(new SourceFile("M.java", text))), "M.java", AnalysisOptions.DEFAULT);
  }

  private static List<String> codes(FileAnalysis a) {
    return a.diagnostics().stream().map(d -> d.severity().label() + " " + d.code()).toList();
  }

  @Test
  void anEndlessLoopStopsWithAnInfo() {
    FileAnalysis a =
        analyze(
            "public class M extends Module {\n  private final Linear fc = new Linear(4, 2);\n"
                + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n    while (true) { x = F.relu(x); }\n  }\n}\n");
    assertEquals(List.of("info analysis/step-budget"), codes(a));
  }

  @Test
  void unknownClassesAndMethodsGiveNoHintAndNoError() {
    FileAnalysis a =
        analyze(
            "public class M extends Module {\n  private final Linear fc = new Linear(4, 2);\n"
                + "  private final Mystery m = new Mystery(3);\n"
                + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n    Tensor y = m.forward(x);\n"
                + "    Tensor z = fc.forward(x);\n    return fc.forward(y.frobnicate());\n  }\n}\n");
    assertEquals(List.of(), codes(a));
    assertEquals(List.of("[N, 2]"), a.hints().stream().map(InlayHint::label).toList());
  }

  @Test
  void halfTypedCodeIsAnalysedUpToTheBreak() {
    FileAnalysis a =
        analyze(
            "public class M extends Module {\n  private final Linear fc = new Linear(4, 2);\n"
                + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n    Tensor y = fc.forward(x);\n"
                + "    return fc.forw\n  }\n}\n");
    assertTrue(codes(a).contains("warning java/syntax"), codes(a).toString());
    assertTrue(a.hints().stream().anyMatch(h -> h.label().equals("[N, 2]")), a.hints().toString());
  }

  @Test
  void aUserCheckUnderAnUndecidableConditionIsNotAnError() {
    FileAnalysis a =
        analyze(
            "public class M extends Module {\n  private final Linear fc = new Linear(4, 2);\n"
                + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n"
                + "    if (x.size(0) > 8) { throw new ShapeError(\"batch too large\"); }\n"
                + "    return fc.forward(x);\n  }\n}\n");
    assertEquals(List.of(), codes(a));
  }

  @Test
  void absurdSizesAreFine() {
    FileAnalysis a =
        analyze(
            "public class M extends Module {\n  private final Linear fc = new Linear(1L << 40, 2);\n"
                + "  public Tensor forward(@Dims(\"1048576, 1099511627776\") Tensor x) {\n"
                + "    return fc.forward(x);\n  }\n}\n");
    assertEquals(List.of(), codes(a));
    assertEquals(List.of("[1048576, 2]"), a.hints().stream().map(InlayHint::label).toList());
  }

  @Test
  void anInputNoMachineCouldHoldIsReportedAsPyTorchWould() {
    FileAnalysis a =
        analyze(
            "public class M extends Module {\n  private final Linear fc = new Linear(1L << 40, 2);\n"
                + "  public Tensor forward(@Dims(\"1099511627776, 1099511627776\") Tensor x) {\n"
                + "    return fc.forward(x);\n  }\n}\n");
    assertEquals(List.of("error analysis/bad-dims"), codes(a));
    assertEquals(
        "cannot read @Dims(\"1099511627776, 1099511627776\"): Storage size calculation overflowed"
            + " with sizes=[1099511627776, 1099511627776]",
        a.diagnostics().get(0).message());
  }

  @Test
  void aConstructorCallingItselfAndClassesExtendingEachOtherEnd() {
    FileAnalysis a =
        analyze(
            "public class M extends Module {\n  private final Linear fc = new Linear(4, 2);\n"
                + "  private final Loop loop = new Loop(3);\n"
                + "  public M() {\n  }\n"
                + "  public M(int a) {\n    this(a);\n  }\n"
                + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n    Tensor y = loop.forward(x);\n"
                + "    return fc.forward(x);\n  }\n}\n"
                + "class Loop extends Loop {\n  Loop(int n) {\n    this(n);\n  }\n}\n"
                + "class A extends B {}\nclass B extends A {}\n");
    assertTrue(codes(a).stream().noneMatch(c -> c.contains("internal-error")), codes(a).toString());
    assertEquals(List.of("[N, 2]"), a.hints().stream().map(InlayHint::label).toList());
  }

  @Test
  void aStrayYieldIsHalfTypedCodeNotACrash() {
    FileAnalysis a =
        analyze(
            "public class M extends Module {\n  private final Linear fc = new Linear(4, 2);\n"
                + "  private final java.util.function.Function<Tensor, Tensor> f = t -> { yield t; };\n"
                + "  public M() {\n    yield 3;\n  }\n"
                + "  private Tensor helper(Tensor x) {\n    yield x;\n  }\n"
                + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n    Tensor y = fc.forward(x);\n"
                + "    Tensor z = helper(y);\n    return f.apply(y);\n  }\n}\n");
    assertTrue(codes(a).stream().noneMatch(c -> c.contains("internal-error")), codes(a).toString());
    assertEquals(List.of("[N, 2]"), a.hints().stream().map(InlayHint::label).toList());
  }

  @Test
  void theLibrarysOwnSourcesInTheWorkspaceChangeNothing() {
    String model =
        HEADER
            + "public class M extends Module {\n  private final Linear fc = new Linear(4, 2);\n"
            + "  public Tensor forward(@Dims(\"N, 4\") Tensor x) {\n    return fc.forward(x);\n  }\n}\n";
    String librarySource =
        "package dev.shapesense.nn;\npublic class Linear extends Module {\n"
            + "  public Linear(long a, long b) {}\n  public Tensor forward(Tensor x) { return x; }\n}\n";
    Workspace ws =
        Workspace.of(
            List.of(
                new SourceFile("M.java", model), new SourceFile("nn/Linear.java", librarySource)));
    FileAnalysis a = Analyzer.analyzeFile(ws, "M.java", AnalysisOptions.DEFAULT);
    assertEquals(List.of("[N, 2]"), a.hints().stream().map(InlayHint::label).toList());
    assertEquals(
        List.of(), Analyzer.analyzeFile(ws, "nn/Linear.java", AnalysisOptions.DEFAULT).models());
  }

  @Test
  void garbageIsNotJava() {
    FileAnalysis a =
        Analyzer.analyzeFile(
            Workspace.of(List.of(new SourceFile("G.java", "\u0000\u0001}}{{ class class"))),
            "G.java",
            AnalysisOptions.DEFAULT);
    assertTrue(
        codes(a).stream().allMatch(c -> c.equals("warning java/syntax")), codes(a).toString());
  }
}

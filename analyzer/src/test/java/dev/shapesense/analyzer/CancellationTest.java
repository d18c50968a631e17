package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An analysis asks its {@link Cancellation} where it counts steps; once cancelled it stops at once
 * with {@link AnalysisCancelledException}, never with a result or the step-budget info.
 */
class CancellationTest {
  /** A model of 2,000 layers: tens of thousands of steps of construction and forward. */
  private static String bigModel() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n\n");
    sb.append(
        "public class Big extends Module {\n    private final ModuleList layers = new ModuleList();\n\n");
    sb.append("    public Big() {\n        for (int i = 0; i < 1000; i++) {\n");
    sb.append(
        "            layers.add(new Linear(64, 64));\n            layers.add(new ReLU());\n        }\n    }\n\n");
    sb.append("    public Tensor forward(@Dims(\"N, 64\") Tensor x) {\n");
    sb.append(
        "        for (Module m : layers) {\n            x = m.forward(x);\n        }\n        return x;\n    }\n}\n");
    return sb.toString();
  }

  private static final Workspace BIG =
      Workspace.of(List.of(new SourceFile("Big.java", bigModel())));

  /** Says "cancelled" from its {@code after}-th question on, and counts the questions. */
  private static final class CancelAfter implements Cancellation {
    final int after;
    final AtomicInteger asked = new AtomicInteger();

    CancelAfter(int after) {
      this.after = after;
    }

    @Override
    public boolean isCancelled() {
      return asked.incrementAndGet() >= after;
    }
  }

  @Test
  void aBigModelAnalysedUncancelledHasItsOutputAndAskedManyTimes() {
    CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
    FileAnalysis fa =
        Analyzer.analyzeFile(BIG, "Big.java", AnalysisOptions.DEFAULT.withCancellation(never));
    assertEquals(
        "[N, 64]", String.valueOf(fa.models().get(0).output()), fa.diagnostics().toString());
    assertEquals(List.of(), fa.diagnostics());
    // Asked every 256 steps: the model is big enough to be asked often.
    assertTrue(never.asked.get() > 100, "asked " + never.asked.get() + " times");
  }

  @Test
  void aCancelledAnalysisStopsAtTheFirstQuestionAfterItsCancellation() {
    CancelAfter c = new CancelAfter(20);
    assertThrows(
        AnalysisCancelledException.class,
        () -> Analyzer.analyzeFile(BIG, "Big.java", AnalysisOptions.DEFAULT.withCancellation(c)));
    // Stopped when told, 20 x 256 steps in, out of more than 100 x 256: not asked again.
    assertEquals(20, c.asked.get());
  }

  @Test
  void anAnalysisCancelledBeforeItStartsRunsNoModel() {
    CancelAfter c = new CancelAfter(1);
    assertThrows(
        AnalysisCancelledException.class,
        () -> Analyzer.analyzeFile(BIG, "Big.java", AnalysisOptions.DEFAULT.withCancellation(c)));
    assertEquals(1, c.asked.get());
  }
}

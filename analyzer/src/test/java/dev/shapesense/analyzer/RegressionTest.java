package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs that once made the analysis misbehave (testdata/regressions/README.md). */
class RegressionTest {
  @Test
  void aClassThatBuildsItselfStopsLongBeforeTheStepBudget() {
    Path dir = Fixtures.root().resolve("testdata/regressions/swapped-tokens");
    Workspace ws = Fixtures.workspace(dir);
    // No time budget: only the nesting bound can end the recursion before the 500,000 steps.
    AnalysisOptions opts = AnalysisOptions.DEFAULT.withTimeBudgetMillis(Long.MAX_VALUE);
    FileAnalysis fa = Analyzer.analyzeFile(ws, dir.resolve("Linear.java").toString(), opts);
    List<String> codes = fa.diagnostics().stream().map(Diagnostic::code).toList();
    assertFalse(codes.contains(DiagnosticCodes.STEP_BUDGET), codes.toString());
    assertFalse(codes.contains(DiagnosticCodes.INTERNAL_ERROR), codes.toString());
    assertEquals(1, fa.models().size());
  }

  @Test
  void aClassThatBuildsItselfFourTimesPerLevelEndsAtTheStepBudget() {
    Path dir = Fixtures.root().resolve("testdata/regressions/self-building");
    Workspace ws = Fixtures.workspace(dir);
    // 4^10 constructions within the nesting bound: the step budget ends it (no time budget here).
    AnalysisOptions opts = AnalysisOptions.DEFAULT.withTimeBudgetMillis(Long.MAX_VALUE);
    FileAnalysis fa = Analyzer.analyzeFile(ws, dir.resolve("AlexNet.java").toString(), opts);
    assertEquals(
        List.of(
            "analysis/step-budget: analysis stopped here after 500000 steps: shapes from here on are not shown"),
        fa.diagnostics().stream().map(d -> d.code() + ": " + d.message()).toList());
    assertEquals(1, fa.models().size());
    assertEquals(null, fa.models().get(0).output());
  }
}

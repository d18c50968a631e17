package dev.shapesense.analyzer;

import dev.shapesense.tensor.Shape;

/**
 * Knobs of one analysis. {@code className} limits it to one model class (null: all);
 * {@code input} overrides the first forward input's {@code @Dims}; {@code eval} forces eval mode
 * (null: follow the code); {@code batchSymbol} names the batch dim of inferred inputs;
 * {@code stepBudget} bounds every model's evaluation in steps and {@code timeBudgetMillis} in
 * wall-clock time (whichever ends first: a step can be dear, and the editor analyses on every
 * keystroke); {@code project} holds the project's settings (severities, default inputs).
 */
public record AnalysisOptions(
    String className,
    Shape input,
    Boolean eval,
    String batchSymbol,
    int stepBudget,
    ProjectSettings project,
    long timeBudgetMillis) {
  public static final AnalysisOptions DEFAULT =
      new AnalysisOptions(null, null, null, "N", 500_000, ProjectSettings.NONE, 2_000);

  public AnalysisOptions withTimeBudgetMillis(long ms) {
    return new AnalysisOptions(className, input, eval, batchSymbol, stepBudget, project, ms);
  }

  public AnalysisOptions withClassName(String c) {
    return new AnalysisOptions(c, input, eval, batchSymbol, stepBudget, project, timeBudgetMillis);
  }

  public AnalysisOptions withInput(Shape s) {
    return new AnalysisOptions(className, s, eval, batchSymbol, stepBudget, project, timeBudgetMillis);
  }

  public AnalysisOptions withEval(Boolean e) {
    return new AnalysisOptions(className, input, e, batchSymbol, stepBudget, project, timeBudgetMillis);
  }

  public AnalysisOptions withBatchSymbol(String b) {
    return new AnalysisOptions(className, input, eval, b, stepBudget, project, timeBudgetMillis);
  }

  public AnalysisOptions withStepBudget(int n) {
    return new AnalysisOptions(className, input, eval, batchSymbol, n, project, timeBudgetMillis);
  }

  public AnalysisOptions withProject(ProjectSettings p) {
    return new AnalysisOptions(className, input, eval, batchSymbol, stepBudget, p, timeBudgetMillis);
  }
}

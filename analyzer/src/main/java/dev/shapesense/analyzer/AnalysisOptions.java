package dev.shapesense.analyzer;

import dev.shapesense.tensor.Shape;

/**
 * Knobs of one analysis. {@code className} limits it to one model class (null: all); {@code input}
 * overrides the first forward input's {@code @Dims}; {@code eval} forces eval mode (null: follow
 * the code); {@code batchSymbol} names the batch dim of inferred inputs; {@code stepBudget} bounds
 * every model's evaluation in steps and {@code timeBudgetMillis} in wall-clock time (whichever ends
 * first: a step can be dear, and the editor analyses on every keystroke); {@code project} holds the
 * project's settings (severities, default inputs); {@code cancellation} is asked where steps are
 * counted, and ends the analysis with {@link AnalysisCancelledException}; {@code deadline} is the
 * {@link System#nanoTime} at which the time budget ends, or {@link #NO_DEADLINE} until {@link
 * Analyzer#analyzeFile} starts the clock (one deadline for the whole analysis of a file: its
 * models, guesses and dependents together).
 */
public record AnalysisOptions(
    String className,
    Shape input,
    Boolean eval,
    String batchSymbol,
    int stepBudget,
    ProjectSettings project,
    long timeBudgetMillis,
    Cancellation cancellation,
    long deadline) {
  /** The deadline of options whose analysis has not started. */
  public static final long NO_DEADLINE = Long.MAX_VALUE;

  public static final AnalysisOptions DEFAULT =
      new AnalysisOptions(
          null,
          null,
          null,
          "N",
          500_000,
          ProjectSettings.NONE,
          2_000,
          Cancellation.NEVER,
          NO_DEADLINE);

  public AnalysisOptions {
    if (cancellation == null) {
      cancellation = Cancellation.NEVER;
    }
  }

  public AnalysisOptions withCancellation(Cancellation c) {
    return new AnalysisOptions(
        className, input, eval, batchSymbol, stepBudget, project, timeBudgetMillis, c, deadline);
  }

  /**
   * These options with the time budget's clock started now, unless it runs already (or there is no
   * time budget): the analysis must end by {@link #deadline}.
   */
  public AnalysisOptions startingNow() {
    if (deadline != NO_DEADLINE || timeBudgetMillis >= Long.MAX_VALUE / 2_000_000) {
      return this;
    }
    long d = System.nanoTime() + timeBudgetMillis * 1_000_000;
    return new AnalysisOptions(
        className,
        input,
        eval,
        batchSymbol,
        stepBudget,
        project,
        timeBudgetMillis,
        cancellation,
        d == NO_DEADLINE ? d - 1 : d);
  }

  public AnalysisOptions withTimeBudgetMillis(long ms) {
    return new AnalysisOptions(
        className, input, eval, batchSymbol, stepBudget, project, ms, cancellation, deadline);
  }

  public AnalysisOptions withClassName(String c) {
    return new AnalysisOptions(
        c, input, eval, batchSymbol, stepBudget, project, timeBudgetMillis, cancellation, deadline);
  }

  public AnalysisOptions withInput(Shape s) {
    return new AnalysisOptions(
        className,
        s,
        eval,
        batchSymbol,
        stepBudget,
        project,
        timeBudgetMillis,
        cancellation,
        deadline);
  }

  public AnalysisOptions withEval(Boolean e) {
    return new AnalysisOptions(
        className,
        input,
        e,
        batchSymbol,
        stepBudget,
        project,
        timeBudgetMillis,
        cancellation,
        deadline);
  }

  public AnalysisOptions withBatchSymbol(String b) {
    return new AnalysisOptions(
        className, input, eval, b, stepBudget, project, timeBudgetMillis, cancellation, deadline);
  }

  public AnalysisOptions withStepBudget(int n) {
    return new AnalysisOptions(
        className, input, eval, batchSymbol, n, project, timeBudgetMillis, cancellation, deadline);
  }

  public AnalysisOptions withProject(ProjectSettings p) {
    return new AnalysisOptions(
        className,
        input,
        eval,
        batchSymbol,
        stepBudget,
        p,
        timeBudgetMillis,
        cancellation,
        deadline);
  }
}

package dev.shapesense.analyzer;

import dev.shapesense.tensor.Shape;

/**
 * Knobs of one analysis. {@code className} limits it to one model class (null: all);
 * {@code input} overrides the first forward input's {@code @Dims}; {@code eval} forces eval mode
 * (null: follow the code); {@code batchSymbol} names the batch dim of inferred inputs;
 * {@code stepBudget} bounds every model's evaluation.
 */
public record AnalysisOptions(
    String className, Shape input, Boolean eval, String batchSymbol, int stepBudget) {
  public static final AnalysisOptions DEFAULT = new AnalysisOptions(null, null, null, "N", 500_000);

  public AnalysisOptions withClassName(String c) {
    return new AnalysisOptions(c, input, eval, batchSymbol, stepBudget);
  }

  public AnalysisOptions withInput(Shape s) {
    return new AnalysisOptions(className, s, eval, batchSymbol, stepBudget);
  }

  public AnalysisOptions withEval(Boolean e) {
    return new AnalysisOptions(className, input, e, batchSymbol, stepBudget);
  }

  public AnalysisOptions withBatchSymbol(String b) {
    return new AnalysisOptions(className, input, eval, b, stepBudget);
  }

  public AnalysisOptions withStepBudget(int n) {
    return new AnalysisOptions(className, input, eval, batchSymbol, n);
  }
}

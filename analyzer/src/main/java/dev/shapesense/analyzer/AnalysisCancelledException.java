package dev.shapesense.analyzer;

/**
 * An analysis stopped because its {@link Cancellation} said so: it has no result (unlike a spent
 * step or time budget, which is reported to the user as {@code analysis/step-budget}).
 */
public final class AnalysisCancelledException extends RuntimeException {
  public AnalysisCancelledException() {
    super("analysis cancelled", null, false, false);
  }
}

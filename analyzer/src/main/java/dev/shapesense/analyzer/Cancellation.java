package dev.shapesense.analyzer;

/**
 * Asked while an analysis runs, at the points where it counts its steps (every 256 steps) and
 * between models: once it answers true the analysis stops and {@link Analyzer#analyzeFile} throws
 * {@link AnalysisCancelledException}. Plain Java: the language server passes "a newer edit of this
 * file arrived" or "the client cancelled the request"; must be cheap and thread-safe.
 */
@FunctionalInterface
public interface Cancellation {
  /** Never cancelled. */
  Cancellation NEVER = () -> false;

  boolean isCancelled();
}

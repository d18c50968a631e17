package dev.shapesense.tensor;

/**
 * The answer depends on the values of symbolic dims (a number of pieces, a size asked for as a
 * number). Not a shape error: the model may be fine; tools show "unknown" rather than an error.
 */
public class UndecidableShapeException extends RuntimeException {
  public UndecidableShapeException(String message) {
    super(message, null, false, false);
  }
}

package dev.shapesense.tensor;

import java.util.Map;

/**
 * A shape violation: the message is the text PyTorch raises for the same case on CPU. Besides the
 * text, a violation carries typed facts so tools build ranges and fixes from fields, never by
 * parsing the message: which argument is wrong ({@code "in_features"}), the value the input demands
 * ({@code expected}) and the value that was given ({@code actual}).
 */
public class ShapeError extends RuntimeException {
  private final String pythonType;
  private final Violation violation;

  /** What a fix needs to know: the argument at fault, the value it should have, what it has. */
  public record Violation(String argument, Object expected, Object actual) {}

  public ShapeError(String message) {
    this("RuntimeError", message, null);
  }

  public ShapeError(String pythonType, String message) {
    this(pythonType, message, null);
  }

  public ShapeError(String pythonType, String message, Violation violation) {
    super(message, null, false, false);
    this.pythonType = pythonType;
    this.violation = violation;
  }

  /** The Python exception class PyTorch raises: RuntimeError, ValueError, IndexError... */
  public String pythonType() {
    return pythonType;
  }

  /** The typed facts of the violation, or null when the message is all there is. */
  public Violation violation() {
    return violation;
  }

  private transient Object origin;
  private transient Object[] originInputs;

  /**
   * The innermost module whose forward raised this error (as PyTorch's traceback names it), or null
   * when it was not raised inside a module.
   */
  public Object origin() {
    return origin;
  }

  /** The inputs the {@link #origin()} module was called with, or null. */
  public Object[] originInputs() {
    return originInputs;
  }

  /** Records the module that raised this error, unless an inner one already did. */
  public ShapeError origin(Object module, Object[] inputs) {
    if (origin == null) {
      origin = module;
      originInputs = inputs;
    }
    return this;
  }

  /** Facts as a map, for tools that render them. */
  public Map<String, Object> facts() {
    if (violation == null) {
      return Map.of();
    }
    return Map.of(
        "argument", violation.argument(),
        "expected", String.valueOf(violation.expected()),
        "actual", String.valueOf(violation.actual()));
  }
}

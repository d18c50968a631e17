package dev.shapesense.nn;

import dev.shapesense.tensor.rules.DropoutRules;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * The configuration every dropout module shares (PyTorch's {@code _DropoutNd}): a probability
 * {@code p} in {@code [0, 1]}, checked at construction with PyTorch's ValueError, and {@code
 * inplace}. Dropout never changes a shape.
 *
 * @param <T> the concrete module, returned by the fluent setters
 */
public abstract class DropoutBase<T extends DropoutBase<T>> extends Module {
  protected Number p = 0.5;
  protected boolean inplace;

  protected DropoutBase(Number p, boolean inplace) {
    DropoutRules.checkProbability(p);
    this.p = p;
    this.inplace = inplace;
  }

  @SuppressWarnings("unchecked")
  private T self() {
    return (T) this;
  }

  public T p(double p) {
    DropoutRules.checkProbability(p);
    this.p = p;
    return self();
  }

  /** An int probability (0 or 1), printed as PyTorch prints it. */
  public T p(long p) {
    DropoutRules.checkProbability((Number) p);
    this.p = p;
    return self();
  }

  public T inplace(boolean inplace) {
    this.inplace = inplace;
    return self();
  }

  /** The drop probability. */
  public double probability() {
    return p.doubleValue();
  }

  @Override
  protected String extraRepr() {
    return "p=" + PythonFloat.repr(p) + ", inplace=" + PythonFloat.repr(inplace);
  }
}

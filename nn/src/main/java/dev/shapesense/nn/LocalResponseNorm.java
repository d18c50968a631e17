package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.LocalResponseNorm}: normalises each element over {@code size} neighbouring channels;
 * the input must be 3-d or more, and the output has its shape.
 */
public class LocalResponseNorm extends Module {
  private final long size;
  private double alpha = 1e-4;
  private double beta = 0.75;
  private double k = 1.0;

  public LocalResponseNorm(long size) {
    this.size = size;
  }

  public LocalResponseNorm(long size, double alpha) {
    this(size);
    this.alpha = alpha;
  }

  public LocalResponseNorm(long size, double alpha, double beta) {
    this(size, alpha);
    this.beta = beta;
  }

  public LocalResponseNorm(long size, double alpha, double beta, double k) {
    this(size, alpha, beta);
    this.k = k;
  }

  public LocalResponseNorm alpha(double alpha) {
    this.alpha = alpha;
    return this;
  }

  public LocalResponseNorm beta(double beta) {
    this.beta = beta;
    return this;
  }

  public LocalResponseNorm k(double k) {
    this.k = k;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.localResponseNorm(input, size, alpha, beta, k), input);
  }

  @Override
  protected String extraRepr() {
    return size
        + ", alpha="
        + PythonFloat.repr(alpha)
        + ", beta="
        + PythonFloat.repr(beta)
        + ", k="
        + PythonFloat.repr(k);
  }
}

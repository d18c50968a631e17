package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.LogSoftmax}: log of softmax along {@code dim}; the output has the input's shape.
 * Without a dim PyTorch's implicit choice applies (0 for 0-, 1- and 3-d input, else 1).
 */
public class LogSoftmax extends Module {
  private Integer dim;

  public LogSoftmax() {}

  public LogSoftmax(Integer dim) {
    this.dim = dim;
  }

  public LogSoftmax dim(Integer dim) {
    this.dim = dim;
    return this;
  }

  /** The dim, or null for PyTorch's implicit choice. */
  public Integer dim() {
    return dim;
  }

  public Tensor forward(Tensor input) {
    return fire(F.logSoftmax(input, dim), input);
  }

  @Override
  protected String extraRepr() {
    return "dim=" + (dim == null ? "None" : dim);
  }
}

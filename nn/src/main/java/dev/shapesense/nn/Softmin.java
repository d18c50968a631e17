package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Softmin}: softmin ({@code softmax(-x)}) along {@code dim}; the output has the input's
 * shape. Without a dim PyTorch's implicit choice applies (0 for 0-, 1- and 3-d input, else 1).
 */
public class Softmin extends Module {
  private Integer dim;

  public Softmin() {}

  public Softmin(Integer dim) {
    this.dim = dim;
  }

  public Softmin dim(Integer dim) {
    this.dim = dim;
    return this;
  }

  /** The dim, or null for PyTorch's implicit choice. */
  public Integer dim() {
    return dim;
  }

  public Tensor forward(Tensor input) {
    return fire(F.softmin(input, dim), input);
  }

  @Override
  protected String extraRepr() {
    return "dim=" + (dim == null ? "None" : dim);
  }
}

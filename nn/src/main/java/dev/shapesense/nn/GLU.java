package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.GLU}: gated linear unit; splits {@code dim} (default -1) in halves, so that dim must
 * have an even size, and the output has half of it.
 */
public class GLU extends Module {
  private int dim = -1;

  public GLU() {}

  public GLU(int dim) {
    this.dim = dim;
  }

  public GLU dim(int dim) {
    this.dim = dim;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.glu(input, dim), input);
  }

  @Override
  protected String extraRepr() {
    return "dim=" + dim;
  }
}

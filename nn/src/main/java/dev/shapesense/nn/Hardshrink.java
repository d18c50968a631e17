package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/** {@code nn.Hardshrink}: hard shrinkage; the output has the input's shape. */
public class Hardshrink extends Module {
  private double lambd = 0.5;

  public Hardshrink() {}

  public Hardshrink(double lambd) {
    this.lambd = lambd;
  }

  public Hardshrink lambd(double lambd) {
    this.lambd = lambd;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.hardshrink(input, lambd), input);
  }

  @Override
  protected String extraRepr() {
    return PythonFloat.repr(lambd);
  }
}

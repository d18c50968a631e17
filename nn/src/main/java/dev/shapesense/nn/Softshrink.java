package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.Softshrink}: soft shrinkage ({@code lambd} must not be negative, checked by forward);
 * the output has the input's shape.
 */
public class Softshrink extends Module {
  private double lambd = 0.5;

  public Softshrink() {}

  public Softshrink(double lambd) {
    this.lambd = lambd;
  }

  public Softshrink lambd(double lambd) {
    this.lambd = lambd;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.softshrink(input, lambd), input);
  }

  @Override
  protected String extraRepr() {
    return PythonFloat.repr(lambd);
  }
}

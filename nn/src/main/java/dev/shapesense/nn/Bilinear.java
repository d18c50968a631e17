package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Bilinear(in1_features, in2_features, out_features, bias=True)}: {@code y = x1^T A x2 +
 * b}, weight {@code [out, in1, in2]}, bias {@code [out]}. Maps {@code [*, in1]} and {@code [*,
 * in2]} (same batch dims) to {@code [*, out]}.
 */
public class Bilinear extends LinearBase {
  private final long in1Features;
  private final long in2Features;
  private final long outFeatures;

  public Bilinear(long in1Features, long in2Features, long outFeatures) {
    super(Shape.of(outFeatures, in1Features, in2Features));
    this.in1Features = in1Features;
    this.in2Features = in2Features;
    this.outFeatures = outFeatures;
    // reset_parameters divides by sqrt(weight.size(1)).
    if (in1Features == 0) {
      throw new ShapeError("ZeroDivisionError", "float division by zero");
    }
  }

  public Bilinear(long in1Features, long in2Features, long outFeatures, boolean bias) {
    this(in1Features, in2Features, outFeatures);
    bias(bias);
  }

  /** Whether the layer learns an additive bias. */
  public Bilinear bias(boolean bias) {
    setBias(bias);
    return this;
  }

  /** The parameters' dtype ({@code dtype=} of the constructor). */
  public Bilinear dtype(DType dtype) {
    setDtype(dtype);
    return this;
  }

  /** {@code reset_parameters}: weight and bias uniform with bound 1/sqrt(in1_features). */
  @Override
  protected void initialise(String name, Parameter p) {
    Init.uniform(p, 1 / Math.sqrt(p.dim() == 3 ? p.size(1) : ownParameter("weight").size(1)));
  }

  public long in1Features() {
    return in1Features;
  }

  public long in2Features() {
    return in2Features;
  }

  public long outFeatures() {
    return outFeatures;
  }

  public Tensor forward(Tensor input1, Tensor input2) {
    return fire(F.bilinear(input1, input2, weight, biasParam), input1, input2);
  }

  @Override
  protected String extraRepr() {
    return "in1_features="
        + in1Features
        + ", in2_features="
        + in2Features
        + ", out_features="
        + outFeatures
        + ", bias="
        + (bias ? "True" : "False");
  }
}

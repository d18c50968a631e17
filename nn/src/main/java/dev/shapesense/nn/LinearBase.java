package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;

/**
 * Base of {@code nn.Linear} and {@code nn.Bilinear}: a weight whose dim 0 is {@code out_features},
 * the optional bias {@code [out_features]}, and the dtype of both; changing the bias flag or the
 * dtype registers them anew.
 */
public abstract class LinearBase extends Module {
  private final Shape weightShape;
  boolean bias = true;
  DType dtype = DType.FLOAT32;
  Parameter weight;
  Parameter biasParam;

  LinearBase(Shape weightShape) {
    this.weightShape = weightShape;
    reset();
  }

  /** Sets whether the layer learns an additive bias. */
  final void setBias(boolean bias) {
    this.bias = bias;
    reset();
  }

  /** Sets the parameters' dtype ({@code dtype=} of the constructor). */
  final void setDtype(DType dtype) {
    this.dtype = dtype;
    reset();
  }

  private void reset() {
    weight = registerParameter("weight", Parameter.of(weightShape, dtype));
    biasParam =
        registerParameter("bias", bias ? Parameter.of(Shape.of(weightShape.get(0)), dtype) : null);
  }

  public Parameter weight() {
    return weight;
  }

  /** The bias, or null when the layer has none. */
  public Parameter bias() {
    return biasParam;
  }
}

package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Truth;

/**
 * {@code nn.Linear(in_features, out_features, bias=True)}: {@code y = x @ weight.T + bias} over the
 * last dim, weight {@code [out_features, in_features]}, bias {@code [out_features]}. Maps {@code
 * [*, in_features]} (or {@code [in_features]}) to {@code [*, out_features]}. A forward whose last
 * input dim differs from {@code in_features} throws PyTorch's error carrying the violation {@code
 * ("in_features", <input's last dim>, <configured in_features>)}: expected is what the input
 * demands (a {@code Long}, or a {@link Dim} when symbolic), actual is what the layer has.
 */
public class Linear extends LinearBase {
  private final Dim inFeatures;
  private final Dim outFeatures;

  public Linear(long inFeatures, long outFeatures) {
    this(Dim.of(inFeatures), Dim.of(outFeatures));
  }

  public Linear(long inFeatures, long outFeatures, boolean bias) {
    this(Dim.of(inFeatures), Dim.of(outFeatures));
    bias(bias);
  }

  /** A layer whose sizes may be symbolic, as the analyzer builds one from unknown arguments. */
  public Linear(Dim inFeatures, Dim outFeatures) {
    super(Shape.of(outFeatures, inFeatures));
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
  }

  /** Whether the layer learns an additive bias. */
  public Linear bias(boolean bias) {
    setBias(bias);
    return this;
  }

  /** The parameters' dtype ({@code dtype=} of the constructor). */
  public Linear dtype(DType dtype) {
    setDtype(dtype);
    return this;
  }

  /** in_features; throws {@link dev.shapesense.tensor.UndecidableShapeException} when symbolic. */
  public long inFeatures() {
    return inFeatures.value();
  }

  /** out_features; throws {@link dev.shapesense.tensor.UndecidableShapeException} when symbolic. */
  public long outFeatures() {
    return outFeatures.value();
  }

  /** in_features, possibly symbolic. */
  public Dim inFeaturesDim() {
    return inFeatures;
  }

  /** out_features, possibly symbolic. */
  public Dim outFeaturesDim() {
    return outFeatures;
  }

  public Tensor forward(Tensor input) {
    Tensor out;
    try {
      out = F.linear(input, weight, biasParam);
    } catch (ShapeError e) {
      throw withFacts(e, input);
    }
    return fire(out, input);
  }

  private ShapeError withFacts(ShapeError e, Tensor input) {
    if (e.violation() != null || input.dim() == 0) {
      return e;
    }
    Dim last = input.shape().get(-1);
    if (Dim.eq(last, inFeatures) != Truth.FALSE) {
      return e;
    }
    Object expected = last.isConst() ? (Object) last.value() : last;
    Object actual = inFeatures.isConst() ? (Object) inFeatures.value() : inFeatures;
    return new ShapeError(
        e.pythonType(), e.getMessage(), new ShapeError.Violation("in_features", expected, actual));
  }

  @Override
  protected String extraRepr() {
    return "in_features="
        + inFeatures
        + ", out_features="
        + outFeatures
        + ", bias="
        + (bias ? "True" : "False");
  }
}

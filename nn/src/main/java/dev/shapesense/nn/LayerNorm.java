package dev.shapesense.nn;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.LayerNorm}: normalises over the trailing dims given by {@code normalized_shape} (one
 * int or several); the input's last dims must equal them, and the output has the input's shape.
 * With {@code elementwise_affine} (the default) it has {@code weight} and {@code bias} of shape
 * {@code normalized_shape}.
 */
public class LayerNorm extends AffineNormBase {
  private final Shape normalizedShape;

  public LayerNorm(long... normalizedShape) {
    this(Shape.of(normalizedShape));
  }

  public LayerNorm(int[] normalizedShape) {
    this(Shape.of(java.util.Arrays.stream(normalizedShape).asLongStream().toArray()));
  }

  /** A normalized shape of possibly symbolic dims, e.g. {@code x.shape().sub(2, 4)}. */
  /** Normalised trailing dims that may be symbolic, as the analyzer builds them. */
  public LayerNorm(Dim... normalizedShape) {
    this(Shape.of(normalizedShape));
  }

  public LayerNorm(Shape normalizedShape) {
    super(normalizedShape);
    this.normalizedShape = normalizedShape;
  }

  public LayerNorm(long[] normalizedShape, double eps) {
    this(normalizedShape);
    this.eps = eps;
  }

  public LayerNorm(long[] normalizedShape, double eps, boolean elementwiseAffine) {
    this(normalizedShape);
    this.eps = eps;
    elementwiseAffine(elementwiseAffine);
  }

  public LayerNorm(long normalizedShape, double eps) {
    this(new long[] {normalizedShape}, eps);
  }

  public LayerNorm(long normalizedShape, double eps, boolean elementwiseAffine) {
    this(new long[] {normalizedShape}, eps, elementwiseAffine);
  }

  public LayerNorm eps(double eps) {
    this.eps = eps;
    return this;
  }

  public LayerNorm elementwiseAffine(boolean elementwiseAffine) {
    setAffine(elementwiseAffine);
    return this;
  }

  /** Weight ones, bias zeros, whatever the normalized shape's rank. */
  @Override
  protected void initialise(String name, Parameter p) {
    if (name.equals("weight")) {
      Init.fill(p, 1);
    }
  }

  /** The trailing dims this layer normalises over ({@code normalized_shape}). */
  public Shape normalizedShape() {
    return normalizedShape;
  }

  public Tensor forward(Tensor input) {
    return fire(NormOps.layerNorm(input, normalizedShape, weight, bias, eps), input);
  }

  @Override
  protected String extraRepr() {
    return normalizedShape.tuple()
        + ", eps="
        + PythonFloat.repr(eps)
        + ", elementwise_affine="
        + PythonFloat.repr(affine);
  }
}

package dev.shapesense.nn;

import dev.shapesense.tensor.Shape;

/**
 * Base of the norms with an optional elementwise affine ({@code nn.GroupNorm}, {@code
 * nn.LayerNorm}): {@code eps}, and {@code weight} and {@code bias} of one shape, registered while
 * the affine flag is on (null otherwise).
 */
public abstract class AffineNormBase extends Module {
  private final Shape affineShape;
  double eps = 1e-5;
  boolean affine = true;
  Parameter weight;
  Parameter bias;

  AffineNormBase(Shape affineShape) {
    this.affineShape = affineShape;
    setAffine(true);
  }

  /** Turns the affine parameters on or off, (re)registering them. */
  final void setAffine(boolean affine) {
    this.affine = affine;
    weight = registerParameter("weight", affine ? Parameter.of(affineShape) : null);
    bias = registerParameter("bias", affine ? Parameter.of(affineShape) : null);
  }

  /** The value added to the variance ({@code eps}). */
  public double eps() {
    return eps;
  }

  public Parameter weight() {
    return weight;
  }

  public Parameter bias() {
    return bias;
  }
}

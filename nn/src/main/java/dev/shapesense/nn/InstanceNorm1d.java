package dev.shapesense.nn;

/**
 * {@code nn.InstanceNorm1d}: instance norm of (N, C, L) or (C, L) input; the output has the input's
 * shape.
 */
public class InstanceNorm1d extends InstanceNormBase<InstanceNorm1d> {
  public InstanceNorm1d(long numFeatures) {
    super(numFeatures, 1);
  }

  public InstanceNorm1d(long numFeatures, double eps) {
    super(numFeatures, 1);
    positional(eps, momentum);
  }

  public InstanceNorm1d(long numFeatures, double eps, Double momentum) {
    super(numFeatures, 1);
    positional(eps, momentum);
  }

  public InstanceNorm1d(long numFeatures, double eps, Double momentum, boolean affine) {
    this(numFeatures, eps, momentum);
    affine(affine);
  }

  public InstanceNorm1d(
      long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
    this(numFeatures, eps, momentum, affine);
    trackRunningStats(trackRunningStats);
  }
}

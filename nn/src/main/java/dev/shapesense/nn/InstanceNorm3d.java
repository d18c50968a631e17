package dev.shapesense.nn;

/**
 * {@code nn.InstanceNorm3d}: instance norm of (N, C, D, H, W) or (C, D, H, W) input; the output has
 * the input's shape.
 */
public class InstanceNorm3d extends InstanceNormBase<InstanceNorm3d> {
  public InstanceNorm3d(long numFeatures) {
    super(numFeatures, 3);
  }

  public InstanceNorm3d(long numFeatures, double eps) {
    super(numFeatures, 3);
    positional(eps, momentum);
  }

  public InstanceNorm3d(long numFeatures, double eps, Double momentum) {
    super(numFeatures, 3);
    positional(eps, momentum);
  }

  public InstanceNorm3d(long numFeatures, double eps, Double momentum, boolean affine) {
    this(numFeatures, eps, momentum);
    affine(affine);
  }

  public InstanceNorm3d(
      long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
    this(numFeatures, eps, momentum, affine);
    trackRunningStats(trackRunningStats);
  }
}

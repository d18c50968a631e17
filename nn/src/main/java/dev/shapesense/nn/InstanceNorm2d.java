package dev.shapesense.nn;

/**
 * {@code nn.InstanceNorm2d}: instance norm of (N, C, H, W) or (C, H, W) input; the output has the
 * input's shape.
 */
public class InstanceNorm2d extends InstanceNormBase<InstanceNorm2d> {
  public InstanceNorm2d(long numFeatures) {
    super(numFeatures, 2);
  }

  public InstanceNorm2d(long numFeatures, double eps) {
    super(numFeatures, 2);
    positional(eps, momentum);
  }

  public InstanceNorm2d(long numFeatures, double eps, Double momentum) {
    super(numFeatures, 2);
    positional(eps, momentum);
  }

  public InstanceNorm2d(long numFeatures, double eps, Double momentum, boolean affine) {
    this(numFeatures, eps, momentum);
    affine(affine);
  }

  public InstanceNorm2d(
      long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
    this(numFeatures, eps, momentum, affine);
    trackRunningStats(trackRunningStats);
  }
}

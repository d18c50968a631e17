package dev.shapesense.nn;

/**
 * {@code nn.BatchNorm3d}: batch norm of (N, C, D, H, W) input over the {@code num_features}
 * channels of dim 1; the output has the input's shape.
 */
public class BatchNorm3d extends BatchNormBase<BatchNorm3d> {
  public BatchNorm3d(long numFeatures) {
    super(numFeatures);
  }

  public BatchNorm3d(long numFeatures, double eps) {
    super(numFeatures);
    positional(eps, momentum);
  }

  public BatchNorm3d(long numFeatures, double eps, Double momentum) {
    super(numFeatures);
    positional(eps, momentum);
  }

  public BatchNorm3d(long numFeatures, double eps, Double momentum, boolean affine) {
    super(numFeatures);
    positional(eps, momentum);
    affine(affine);
  }

  public BatchNorm3d(
      long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
    this(numFeatures, eps, momentum, affine);
    trackRunningStats(trackRunningStats);
  }

  @Override
  protected String rankError(int rank) {
    return rank != 5 ? "expected 5D input (got " + rank + "D input)" : null;
  }
}

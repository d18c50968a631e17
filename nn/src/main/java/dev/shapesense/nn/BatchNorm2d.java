package dev.shapesense.nn;

/**
 * {@code nn.BatchNorm2d}: batch norm of (N, C, H, W) input over the {@code num_features} channels
 * of dim 1; the output has the input's shape.
 */
public class BatchNorm2d extends BatchNormBase<BatchNorm2d> {
  public BatchNorm2d(long numFeatures) {
    super(numFeatures);
  }

  public BatchNorm2d(long numFeatures, double eps) {
    super(numFeatures);
    positional(eps, momentum);
  }

  public BatchNorm2d(long numFeatures, double eps, Double momentum) {
    super(numFeatures);
    positional(eps, momentum);
  }

  public BatchNorm2d(long numFeatures, double eps, Double momentum, boolean affine) {
    super(numFeatures);
    positional(eps, momentum);
    affine(affine);
  }

  public BatchNorm2d(
      long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
    this(numFeatures, eps, momentum, affine);
    trackRunningStats(trackRunningStats);
  }

  @Override
  protected String rankError(int rank) {
    return rank != 4 ? "expected 4D input (got " + rank + "D input)" : null;
  }
}

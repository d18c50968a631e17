package dev.shapesense.nn;

/**
 * {@code nn.BatchNorm1d}: batch norm of (N, C) or (N, C, L) input over the {@code num_features}
 * channels of dim 1; the output has the input's shape.
 */
public class BatchNorm1d extends BatchNormBase<BatchNorm1d> {
  public BatchNorm1d(long numFeatures) {
    super(numFeatures);
  }

  public BatchNorm1d(long numFeatures, double eps) {
    super(numFeatures);
    positional(eps, momentum);
  }

  public BatchNorm1d(long numFeatures, double eps, Double momentum) {
    super(numFeatures);
    positional(eps, momentum);
  }

  public BatchNorm1d(long numFeatures, double eps, Double momentum, boolean affine) {
    super(numFeatures);
    positional(eps, momentum);
    affine(affine);
  }

  public BatchNorm1d(
      long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
    this(numFeatures, eps, momentum, affine);
    trackRunningStats(trackRunningStats);
  }

  @Override
  protected String rankError(int rank) {
    return rank != 2 && rank != 3 ? "expected 2D or 3D input (got " + rank + "D input)" : null;
  }
}

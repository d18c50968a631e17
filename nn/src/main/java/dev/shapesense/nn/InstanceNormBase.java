package dev.shapesense.nn;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Tensor;

/**
 * Instance norm (PyTorch's {@code _InstanceNorm}): normalises each channel of each sample over its
 * spatial dims; the output has the input's shape. An input without batch dim is treated as a batch
 * of one. Defaults differ from batch norm: no affine parameters, no running stats. Input statistics
 * are used in training and whenever running stats are not tracked; then more than one spatial
 * element is required.
 *
 * @param <T> the concrete module, returned by the fluent setters
 */
public abstract class InstanceNormBase<T extends InstanceNormBase<T>> extends NormBase<T> {
  private final int spatialDims;

  protected InstanceNormBase(long numFeatures, int spatialDims) {
    super(numFeatures, false, false);
    this.spatialDims = spatialDims;
  }

  /** Sets the optional arguments given positionally, in PyTorch's order. */
  protected void positional(double eps, Double momentum) {
    this.eps = eps;
    this.momentum = momentum;
  }

  public Tensor forward(Tensor input) {
    int batched = spatialDims + 2;
    int rank = input.dim();
    Checks.check(
        rank == batched || rank == batched - 1,
        "ValueError",
        () ->
            "expected " + (batched - 1) + "D or " + batched + "D input (got " + rank + "D input)");
    Tensor x = rank == batched ? input : input.unsqueeze(0);
    Tensor out =
        NormOps.instanceNorm(
            x,
            runningMean,
            runningVar,
            weight,
            bias,
            isTraining() || !trackRunningStats,
            momentum,
            eps);
    Tensor result = rank == batched ? out : out.squeeze(0);
    return fire(result, input);
  }
}

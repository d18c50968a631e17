package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * The configuration batch and instance norm share (PyTorch's {@code _NormBase}): {@code
 * num_features} channels, {@code eps}, {@code momentum} (null for a cumulative average), {@code
 * affine} ({@code weight} and {@code bias} parameters of {@code [num_features]}) and {@code
 * track_running_stats} ({@code running_mean} and {@code running_var} buffers, which are not
 * parameters). The fluent setters re-create the parameters and buffers as PyTorch's constructor
 * would.
 *
 * @param <T> the concrete module, returned by the fluent setters
 */
public abstract class NormBase<T extends NormBase<T>> extends Module {
  protected final long numFeatures;
  protected double eps = 1e-5;
  protected Double momentum = 0.1;
  protected boolean affine;
  protected boolean trackRunningStats;
  protected Parameter weight;
  protected Parameter bias;
  protected Tensor runningMean;
  protected Tensor runningVar;

  /** {@code num_batches_tracked}: training batches seen since the running stats were reset. */
  protected long numBatchesTracked;

  protected NormBase(long numFeatures, boolean affine, boolean trackRunningStats) {
    this.numFeatures = numFeatures;
    this.affine = affine;
    this.trackRunningStats = trackRunningStats;
    register();
  }

  @SuppressWarnings("unchecked")
  private T self() {
    return (T) this;
  }

  private void register() {
    Shape s = Shape.of(numFeatures);
    weight = registerParameter("weight", affine ? Parameter.of(s) : null);
    bias = registerParameter("bias", affine ? Parameter.of(s) : null);
    runningMean = trackRunningStats ? Tensor.create(s, DType.FLOAT32, Device.current()) : null;
    runningVar =
        trackRunningStats
            ? dev.shapesense.tensor.Tensors.full(Device.current(), DType.FLOAT32, s, 1)
            : null;
    numBatchesTracked = 0;
  }

  /**
   * The momentum of this batch's running-stats update: {@code momentum}, or with a null momentum
   * the cumulative average {@code 1 / num_batches_tracked}. Counts the batch when training with
   * running stats, as PyTorch's forward does.
   */
  protected double runningAverageFactor() {
    if (isTraining() && trackRunningStats) {
      numBatchesTracked++;
      return momentum == null ? 1.0 / numBatchesTracked : momentum;
    }
    return momentum == null ? 0.0 : momentum;
  }

  public T eps(double eps) {
    this.eps = eps;
    return self();
  }

  /** The running-average momentum; null for a cumulative moving average. */
  public T momentum(Double momentum) {
    this.momentum = momentum;
    return self();
  }

  public T affine(boolean affine) {
    this.affine = affine;
    register();
    return self();
  }

  public T trackRunningStats(boolean trackRunningStats) {
    this.trackRunningStats = trackRunningStats;
    register();
    return self();
  }

  /** The number of channels ({@code num_features}) the input's dim 1 must have. */
  public long numFeatures() {
    return numFeatures;
  }

  public Parameter weight() {
    return weight;
  }

  public Parameter bias() {
    return bias;
  }

  /** The {@code running_mean} buffer, null unless tracking running stats. */
  public Tensor runningMean() {
    return runningMean;
  }

  /** The {@code running_var} buffer, null unless tracking running stats. */
  public Tensor runningVar() {
    return runningVar;
  }

  @Override
  protected String extraRepr() {
    return numFeatures
        + ", eps="
        + PythonFloat.repr(eps)
        + ", momentum="
        + (momentum == null ? "None" : PythonFloat.repr(momentum))
        + ", affine="
        + PythonFloat.repr(affine)
        + ", track_running_stats="
        + PythonFloat.repr(trackRunningStats);
  }
}

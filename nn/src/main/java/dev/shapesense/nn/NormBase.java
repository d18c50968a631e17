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
    runningVar = trackRunningStats ? Tensor.create(s, DType.FLOAT32, Device.current()) : null;
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

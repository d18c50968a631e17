package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.LPPool1d}: power-average pooling; its shape is that of {@code avg_pool1d} with no
 * padding (PyTorch computes it so), with the same checks and messages.
 */
public class LPPool1d extends Module {
  private final double normType;
  private final int[] kernelSize;
  private int[] stride;
  private boolean ceilMode;

  public LPPool1d(double normType, int... kernelSize) {
    this.normType = normType;
    this.kernelSize = kernelSize.clone();
  }

  public LPPool1d(double normType, int kernelSize, int stride) {
    this(normType, kernelSize);
    this.stride = new int[] {stride};
  }

  public LPPool1d(double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
    this(normType, kernelSize);
    this.stride = stride == null ? null : stride.clone();
    this.ceilMode = ceilMode;
  }

  public LPPool1d stride(int... stride) {
    this.stride = stride == null ? null : stride.clone();
    return this;
  }

  public LPPool1d stride(Integer stride) {
    this.stride = stride == null ? null : new int[] {stride};
    return this;
  }

  public LPPool1d ceilMode(boolean ceilMode) {
    this.ceilMode = ceilMode;
    return this;
  }

  public double getNormType() {
    return normType;
  }

  public int[] getKernelSize() {
    return kernelSize.clone();
  }

  /** The stride as given; null (None) means the kernel size. */
  public int[] getStride() {
    return stride == null ? null : stride.clone();
  }

  public boolean isCeilMode() {
    return ceilMode;
  }

  public Tensor forward(Tensor input) {
    return fire(F.avgPool1d(input, kernelSize, stride, new int[] {0}, ceilMode, true), input);
  }

  @Override
  protected String extraRepr() {
    String p = normType == Math.rint(normType) ? Long.toString((long) normType) : Double.toString(normType);
    return "norm_type="
        + p
        + ", kernel_size="
        + PoolArgs.repr(kernelSize)
        + ", stride="
        + PoolArgs.repr(stride)
        + ", ceil_mode="
        + PoolArgs.bool(ceilMode);
  }
}

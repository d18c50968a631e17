package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.AvgPoolRules;

/**
 * {@code nn.AvgPool1d}: mean over sliding windows of the last 1 dim(s); output sizes by PyTorch's
 * {@code pooling_output_shape}. Arguments as in PyTorch ({@code kernel_size, stride=None,
 * padding=0, ceil_mode=False, count_include_pad=True}); a None stride
 * is the kernel size. Checks run in forward, as PyTorch's do.
 */
public class AvgPool1d extends Module {
  private int[] kernelSize;
  private int[] stride;
  private int[] padding = {0};
  private boolean ceilMode;
  private boolean countIncludePad = true;

  public AvgPool1d(int... kernelSize) {
    this.kernelSize = kernelSize.clone();
  }

  public AvgPool1d(int kernelSize, int stride) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {0});
  }

  public AvgPool1d(int kernelSize, int stride, int padding) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding});
  }

  public AvgPool1d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, ceilMode, countIncludePad);
  }

  public AvgPool1d(int[] kernelSize, int[] stride) {
    this(kernelSize, stride, new int[] {0});
  }

  public AvgPool1d(int[] kernelSize, int[] stride, int[] padding) {
    this(kernelSize, stride, padding, false, true);
  }

  public AvgPool1d(
      int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad) {
    this.kernelSize = kernelSize.clone();
    this.stride = stride == null ? null : stride.clone();
    this.padding = padding.clone();
    this.ceilMode = ceilMode;
    this.countIncludePad = countIncludePad;
  }

  /** The stride; null (None) means the kernel size. */
  public AvgPool1d stride(int... stride) {
    this.stride = stride == null ? null : stride.clone();
    return this;
  }

  public AvgPool1d stride(Integer stride) {
    this.stride = stride == null ? null : new int[] {stride};
    return this;
  }

  public AvgPool1d padding(int... padding) {
    this.padding = padding.clone();
    return this;
  }

  public AvgPool1d ceilMode(boolean ceilMode) {
    this.ceilMode = ceilMode;
    return this;
  }

  public AvgPool1d countIncludePad(boolean countIncludePad) {
    this.countIncludePad = countIncludePad;
    return this;
  }

  public int[] getKernelSize() {
    return kernelSize.clone();
  }

  /** The effective stride: the kernel size when none was given. */
  public int[] getStride() {
    return (stride == null ? kernelSize : stride).clone();
  }

  public int[] getPadding() {
    return padding.clone();
  }

  public boolean isCeilMode() {
    return ceilMode;
  }

  public boolean isCountIncludePad() {
    return countIncludePad;
  }

  public Tensor forward(Tensor x) {
    return fire(Tensor.result(AvgPoolRules.avgPool1d(x.shape(), x.dtype(), PoolArgs.longs(kernelSize), PoolArgs.longs(stride), PoolArgs.longs(padding), ceilMode), x.dtype(), x), x);
  }

  @Override
  protected String extraRepr() {
    return "kernel_size="
        + PoolArgs.tuple(kernelSize)
        + ", stride="
        + PoolArgs.tuple(stride == null ? kernelSize : stride)
        + ", padding="
        + PoolArgs.tuple(padding);
  }
}

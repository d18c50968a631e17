package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.AvgPoolRules;

/**
 * {@code nn.AvgPool3d}: mean over sliding windows of the last 3 dim(s); output sizes by PyTorch's
 * {@code pooling_output_shape}. Arguments as in PyTorch ({@code kernel_size, stride=None,
 * padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None}); a None stride
 * is the kernel size. Checks run in forward, as PyTorch's do.
 */
public class AvgPool3d extends Module {
  private int[] kernelSize;
  private int[] stride;
  private int[] padding = {0};
  private boolean ceilMode;
  private boolean countIncludePad = true;
  private Integer divisorOverride;

  public AvgPool3d(int... kernelSize) {
    this.kernelSize = kernelSize.clone();
  }

  public AvgPool3d(int kernelSize, int stride) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {0});
  }

  public AvgPool3d(int kernelSize, int stride, int padding) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding});
  }

  public AvgPool3d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, ceilMode, countIncludePad);
  }

  public AvgPool3d(int[] kernelSize, int[] stride) {
    this(kernelSize, stride, new int[] {0});
  }

  public AvgPool3d(int[] kernelSize, int[] stride, int[] padding) {
    this(kernelSize, stride, padding, false, true);
  }

  public AvgPool3d(
      int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad) {
    this.kernelSize = kernelSize.clone();
    this.stride = stride == null ? null : stride.clone();
    this.padding = padding.clone();
    this.ceilMode = ceilMode;
    this.countIncludePad = countIncludePad;
  }

  public AvgPool3d(
      int[] kernelSize,
      int[] stride,
      int[] padding,
      boolean ceilMode,
      boolean countIncludePad,
      Integer divisorOverride) {
    this(kernelSize, stride, padding, ceilMode, countIncludePad);
    this.divisorOverride = divisorOverride;
  }

  public AvgPool3d(
      int kernelSize,
      int stride,
      int padding,
      boolean ceilMode,
      boolean countIncludePad,
      Integer divisorOverride) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, ceilMode,
        countIncludePad, divisorOverride);
  }

  /** Divides each window's sum by this instead of the window size; must not be zero. */
  public AvgPool3d divisorOverride(Integer divisorOverride) {
    this.divisorOverride = divisorOverride;
    return this;
  }

  public Integer getDivisorOverride() {
    return divisorOverride;
  }

  /** The stride; null (None) means the kernel size. */
  public AvgPool3d stride(int... stride) {
    this.stride = stride == null ? null : stride.clone();
    return this;
  }

  public AvgPool3d stride(Integer stride) {
    this.stride = stride == null ? null : new int[] {stride};
    return this;
  }

  public AvgPool3d padding(int... padding) {
    this.padding = padding.clone();
    return this;
  }

  public AvgPool3d ceilMode(boolean ceilMode) {
    this.ceilMode = ceilMode;
    return this;
  }

  public AvgPool3d countIncludePad(boolean countIncludePad) {
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
    return fire(Tensor.result(AvgPoolRules.avgPool3d(x.shape(), x.dtype(), PoolArgs.longs(kernelSize), PoolArgs.longs(stride), PoolArgs.longs(padding), ceilMode, divisorOverride == null ? null : (long) divisorOverride), x.dtype(), x), x);
  }

  @Override
  protected String extraRepr() {
    return "kernel_size="
        + PoolArgs.repr(kernelSize)
        + ", stride="
        + PoolArgs.repr(stride == null ? kernelSize : stride)
        + ", padding="
        + PoolArgs.repr(padding);
  }
}

package dev.shapesense.nn;

import dev.shapesense.tensor.rules.AvgPoolRules;

/**
 * {@code nn.AvgPool2d}: mean over sliding windows of the last 2 dim(s); output sizes by PyTorch's
 * {@code pooling_output_shape}. Arguments as in PyTorch ({@code kernel_size, stride=None,
 * padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None}); a None stride
 * is the kernel size. Checks run in forward, as PyTorch's do.
 */
public class AvgPool2d extends AvgPoolNd<AvgPool2d> {
  public AvgPool2d(int... kernelSize) {
    this(kernelSize, null, new int[] {0}, false, true);
  }

  public AvgPool2d(int kernelSize, int stride) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {0});
  }

  public AvgPool2d(int kernelSize, int stride, int padding) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding});
  }

  public AvgPool2d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, ceilMode, countIncludePad);
  }

  public AvgPool2d(int[] kernelSize, int[] stride) {
    this(kernelSize, stride, new int[] {0});
  }

  public AvgPool2d(int[] kernelSize, int[] stride, int[] padding) {
    this(kernelSize, stride, padding, false, true);
  }

  public AvgPool2d(
      int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad) {
    this(kernelSize, stride, padding, ceilMode, countIncludePad, null);
  }

  public AvgPool2d(
      int[] kernelSize,
      int[] stride,
      int[] padding,
      boolean ceilMode,
      boolean countIncludePad,
      Integer divisorOverride) {
    super(
        AvgPoolRules::avgPool2d,
        kernelSize,
        stride,
        padding,
        ceilMode,
        countIncludePad,
        divisorOverride);
  }

  public AvgPool2d(
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
  public AvgPool2d divisorOverride(Integer divisorOverride) {
    this.divisorOverride = divisorOverride;
    return this;
  }

  public Integer getDivisorOverride() {
    return divisorOverride;
  }
}

package dev.shapesense.nn;

import dev.shapesense.tensor.rules.AvgPoolRules;

/**
 * {@code nn.AvgPool1d}: mean over sliding windows of the last 1 dim(s); output sizes by PyTorch's
 * {@code pooling_output_shape}. Arguments as in PyTorch ({@code kernel_size, stride=None,
 * padding=0, ceil_mode=False, count_include_pad=True}); a None stride
 * is the kernel size. Checks run in forward, as PyTorch's do.
 */
public class AvgPool1d extends AvgPoolNd<AvgPool1d> {
  /** {@code avg_pool1d}, which takes no divisor. */
  static final Rule RULE =
      (in, dtype, k, s, p, ceilMode, divisor) -> AvgPoolRules.avgPool1d(in, dtype, k, s, p, ceilMode);

  public AvgPool1d(int... kernelSize) {
    this(kernelSize, null, new int[] {0}, false, true);
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
    super(
        RULE,
        kernelSize,
        stride,
        padding,
        ceilMode,
        countIncludePad,
        null);
  }

  @Override
  protected String extraRepr() {
    // PyTorch's AvgPool1d stores its arguments as 1-tuples (_single).
    return windowRepr(PoolArgs::tuple);
  }
}

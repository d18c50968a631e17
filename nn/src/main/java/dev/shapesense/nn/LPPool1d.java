package dev.shapesense.nn;

/**
 * {@code nn.LPPool1d}: power-average pooling; its shape is that of {@code avg_pool1d} with no
 * padding (PyTorch computes it so), with the same checks and messages.
 */
public class LPPool1d extends LPPoolNd<LPPool1d> {
  public LPPool1d(double normType, int... kernelSize) {
    this(normType, kernelSize, null, false);
  }

  public LPPool1d(double normType, int kernelSize, int stride) {
    this(normType, new int[] {kernelSize}, new int[] {stride}, false);
  }

  public LPPool1d(double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
    super(F::avgPool1d, normType, kernelSize, stride, ceilMode);
  }
}

package dev.shapesense.nn;

/**
 * {@code nn.LPPool2d}: power-average pooling; its shape is that of {@code avg_pool2d} with no
 * padding (PyTorch computes it so), with the same checks and messages.
 */
public class LPPool2d extends LPPoolNd<LPPool2d> {
  public LPPool2d(double normType, int... kernelSize) {
    this(normType, kernelSize, null, false);
  }

  public LPPool2d(double normType, int kernelSize, int stride) {
    this(normType, new int[] {kernelSize}, new int[] {stride}, false);
  }

  public LPPool2d(double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
    super(F::avgPool2d, normType, kernelSize, stride, ceilMode);
  }
}

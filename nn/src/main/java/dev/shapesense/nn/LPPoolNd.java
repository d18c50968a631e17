package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * Base of {@code LPPool1d/2d} ({@code torch.nn.modules.pooling._LPPoolNd}): power-average pooling,
 * whose shape is that of the average pool of the same rank with no padding (PyTorch computes it
 * so), with the same checks and messages. Fluent setters only store their argument.
 *
 * @param <T> the concrete pool, which every fluent setter returns
 */
public abstract class LPPoolNd<T extends LPPoolNd<T>> extends WindowNd<T> {
  /** {@code F.avgPool1d} or {@code F.avgPool2d}. */
  @FunctionalInterface
  interface AvgPool {
    Tensor apply(
        Tensor input,
        int[] kernelSize,
        int[] stride,
        int[] padding,
        boolean ceilMode,
        boolean countIncludePad);
  }

  private final AvgPool avgPool;
  private final double normType;

  LPPoolNd(AvgPool avgPool, double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
    super(kernelSize, stride, ceilMode);
    this.avgPool = avgPool;
    this.normType = normType;
  }

  public double getNormType() {
    return normType;
  }

  /** The stride as given; null (None) means the kernel size. */
  public int[] getStride() {
    return stride == null ? null : stride.clone();
  }

  public Tensor forward(Tensor input) {
    if (input.hasData()) {
      int spatial = PoolArgs.spatial(getClass());
      Tensor avg =
          avgPool.apply(input.pow(normType), kernelSize, stride, new int[] {0}, ceilMode, true);
      return fire(ConvPoolFunctions.lpFinish(avg, normType, kernelSize, spatial), input);
    }
    return fire(avgPool.apply(input, kernelSize, stride, new int[] {0}, ceilMode, true), input);
  }

  @Override
  protected String extraRepr() {
    String p =
        normType == Math.rint(normType)
            ? Long.toString((long) normType)
            : Double.toString(normType);
    return "norm_type="
        + p
        + ", kernel_size="
        + PoolArgs.repr(kernelSize)
        + ", stride="
        + PoolArgs.repr(stride)
        + ", ceil_mode="
        + PythonFloat.repr(ceilMode);
  }
}

package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;

/**
 * Base of {@code AvgPool1d/2d/3d} ({@code torch.nn.modules.pooling._AvgPoolNd}): mean over sliding
 * windows; output sizes by PyTorch's {@code pooling_output_shape}. Adds {@code count_include_pad}
 * and, for 2-d and 3-d, {@code divisor_override} to {@link PoolNd}.
 *
 * @param <T> the concrete pool, which every fluent setter returns
 */
public abstract class AvgPoolNd<T extends AvgPoolNd<T>> extends PoolNd<T> {
  /** One of {@code AvgPoolRules}' shape functions; {@code divisor} is null for none. */
  @FunctionalInterface
  interface Rule {
    Shape apply(
        Shape in, DType dtype, long[] k, long[] s, long[] p, boolean ceilMode, Long divisor);
  }

  private final Rule rule;
  boolean countIncludePad;
  Integer divisorOverride;

  AvgPoolNd(
      Rule rule,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      boolean ceilMode,
      boolean countIncludePad,
      Integer divisorOverride) {
    super(kernelSize, stride, padding, ceilMode);
    this.rule = rule;
    this.countIncludePad = countIncludePad;
    this.divisorOverride = divisorOverride;
  }

  public T countIncludePad(boolean countIncludePad) {
    this.countIncludePad = countIncludePad;
    return self();
  }

  public boolean isCountIncludePad() {
    return countIncludePad;
  }

  /** Applies {@code rule} to {@code x} with int arguments as F and the modules take them. */
  static Shape shape(
      Rule rule,
      Tensor x,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      boolean ceilMode,
      Integer divisorOverride) {
    return rule.apply(
        x.shape(),
        x.dtype(),
        PoolArgs.longs(kernelSize),
        PoolArgs.longs(stride),
        PoolArgs.longs(padding),
        ceilMode,
        divisorOverride == null ? null : (long) divisorOverride);
  }

  public Tensor forward(Tensor x) {
    Shape s = shape(rule, x, kernelSize, stride, padding, ceilMode, divisorOverride);
    if (x.hasData()) {
      return fire(
          dev.shapesense.tensor.CpuPool.avgPool(
              PoolArgs.spatial(getClass()),
              x,
              s,
              PoolArgs.longs(kernelSize),
              PoolArgs.longs(stride),
              PoolArgs.longs(padding),
              countIncludePad,
              divisorOverride == null ? null : (long) divisorOverride),
          x);
    }
    return fire(Tensor.result(s, x.dtype(), x), x);
  }

  @Override
  protected String extraRepr() {
    return windowRepr(PoolArgs::repr);
  }
}

package dev.shapesense.nn;

/**
 * Base of the sliding-window pools ({@code MaxPool1d/2d/3d}, {@code AvgPool1d/2d/3d}): a {@link
 * WindowNd} with a padding, one int for every spatial dim or one per dim. Checks run in forward, as
 * PyTorch's do, so a fluent setter only stores its argument; one that throws (a null array) has
 * changed nothing.
 *
 * @param <T> the concrete pool, which every fluent setter returns
 */
public abstract class PoolNd<T extends PoolNd<T>> extends WindowNd<T> {
  int[] padding;

  PoolNd(int[] kernelSize, int[] stride, int[] padding, boolean ceilMode) {
    super(kernelSize, stride, ceilMode);
    this.padding = padding.clone();
  }

  public T padding(int... padding) {
    this.padding = padding.clone();
    return self();
  }

  /** The effective stride: the kernel size when none was given. */
  public int[] getStride() {
    return (stride == null ? kernelSize : stride).clone();
  }

  public int[] getPadding() {
    return padding.clone();
  }

  /** {@code kernel_size=.., stride=.., padding=..}, each printed by {@code format}. */
  final String windowRepr(java.util.function.Function<int[], String> format) {
    return "kernel_size="
        + format.apply(kernelSize)
        + ", stride="
        + format.apply(stride == null ? kernelSize : stride)
        + ", padding="
        + format.apply(padding);
  }
}

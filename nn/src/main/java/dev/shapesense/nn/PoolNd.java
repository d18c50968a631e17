package dev.shapesense.nn;

/**
 * Base of the sliding-window pools ({@code MaxPool1d/2d/3d}, {@code AvgPool1d/2d/3d}): the kernel
 * size, the stride (null, PyTorch's None, means the kernel size), the padding and {@code
 * ceil_mode}, each one int for every spatial dim or one per dim. Checks run in forward, as
 * PyTorch's do, so a fluent setter only stores its argument; one that throws (a null array) has
 * changed nothing.
 *
 * @param <T> the concrete pool, which every fluent setter returns
 */
public abstract class PoolNd<T extends PoolNd<T>> extends Module {
  final int[] kernelSize;
  int[] stride;
  int[] padding;
  boolean ceilMode;

  PoolNd(int[] kernelSize, int[] stride, int[] padding, boolean ceilMode) {
    this.kernelSize = kernelSize.clone();
    this.stride = stride == null ? null : stride.clone();
    this.padding = padding.clone();
    this.ceilMode = ceilMode;
  }

  @SuppressWarnings("unchecked")
  final T self() {
    return (T) this;
  }

  /** The stride; null (None) means the kernel size. */
  public T stride(int... stride) {
    this.stride = stride == null ? null : stride.clone();
    return self();
  }

  public T stride(Integer stride) {
    this.stride = stride == null ? null : new int[] {stride};
    return self();
  }

  public T padding(int... padding) {
    this.padding = padding.clone();
    return self();
  }

  public T ceilMode(boolean ceilMode) {
    this.ceilMode = ceilMode;
    return self();
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

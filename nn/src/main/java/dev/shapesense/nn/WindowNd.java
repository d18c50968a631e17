package dev.shapesense.nn;

/**
 * Base of the pools that slide a window ({@link PoolNd}: max and average pools; {@link LPPoolNd}):
 * the kernel size, the stride (null, PyTorch's None, means the kernel size) and {@code ceil_mode},
 * each one int for every spatial dim or one per dim. Fluent setters only store their argument;
 * checks run in forward, as PyTorch's do.
 *
 * @param <T> the concrete pool, which every fluent setter returns
 */
public abstract class WindowNd<T extends WindowNd<T>> extends Module {
  final int[] kernelSize;
  int[] stride;
  boolean ceilMode;

  WindowNd(int[] kernelSize, int[] stride, boolean ceilMode) {
    this.kernelSize = kernelSize.clone();
    this.stride = stride == null ? null : stride.clone();
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

  public T ceilMode(boolean ceilMode) {
    this.ceilMode = ceilMode;
    return self();
  }

  public int[] getKernelSize() {
    return kernelSize.clone();
  }

  public boolean isCeilMode() {
    return ceilMode;
  }
}

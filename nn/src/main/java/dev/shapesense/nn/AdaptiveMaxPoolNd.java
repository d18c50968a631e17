package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import java.util.function.BiFunction;

/**
 * Base of {@code AdaptiveMaxPool1d/2d/3d}: adds {@code return_indices} to {@link AdaptivePoolNd}.
 *
 * @param <T> the concrete pool, which every fluent setter returns
 */
public abstract class AdaptiveMaxPoolNd<T extends AdaptiveMaxPoolNd<T>> extends AdaptivePoolNd {
  boolean returnIndices;

  AdaptiveMaxPoolNd(int spatial, Rule rule, Integer[] outputSize, boolean scalar) {
    super(spatial, rule, outputSize, scalar);
  }

  @SuppressWarnings("unchecked")
  public T returnIndices(boolean returnIndices) {
    this.returnIndices = returnIndices;
    return (T) this;
  }

  public boolean isReturnIndices() {
    return returnIndices;
  }

  /** PyTorch's forward with {@code return_indices=True}: output and indices. */
  final <O> O indexedForward(Tensor x, BiFunction<Tensor, Tensor, O> output) {
    return fire(PoolArgs.withIndices(x, outputShape(x), this::cpu, output), x);
  }
}

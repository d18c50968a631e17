package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.AdaptivePoolRules;
import java.util.List;

/**
 * {@code nn.AdaptiveMaxPool2d}: max pooling of the last 2 dim(s) to a fixed output size, whatever
 * the input size. A None (null) entry keeps the input size of that dim. Checks run in forward,
 * as PyTorch's do.
 */
public class AdaptiveMaxPool2d extends AdaptiveMaxPoolNd<AdaptiveMaxPool2d> {
  /** The pooled output and the flat indices of the maxima (int64, same shape). */
  public record Output(Tensor output, Tensor indices) implements TupleOutput {
    @Override
    public List<Object> asTuple() {
      return List.of(output, indices);
    }
  }

  public AdaptiveMaxPool2d(int outputSize) {
    this(new Integer[] {outputSize}, true);
  }

  public AdaptiveMaxPool2d(int... outputSize) {
    this(boxed(outputSize), false);
  }

  /** A tuple that may hold null (None): that dim keeps the input's size. */
  public AdaptiveMaxPool2d(Integer[] outputSize) {
    this(outputSize, false);
  }

  public AdaptiveMaxPool2d(int outputSize, boolean returnIndices) {
    this(outputSize);
    this.returnIndices = returnIndices;
  }

  private AdaptiveMaxPool2d(Integer[] outputSize, boolean scalar) {
    super(2, AdaptivePoolRules::adaptiveMaxPool2d, outputSize, scalar);
  }

  /** PyTorch's forward with {@code return_indices=True}: output and indices. */
  public Output forwardWithIndices(Tensor x) {
    return indexedForward(x, Output::new);
  }
}

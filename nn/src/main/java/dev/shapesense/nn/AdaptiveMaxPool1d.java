package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.AdaptivePoolRules;
import java.util.List;

/**
 * {@code nn.AdaptiveMaxPool1d}: max pooling of the last 1 dim(s) to a fixed output size, whatever
 * the input size. Checks run in forward,
 * as PyTorch's do.
 */
public class AdaptiveMaxPool1d extends AdaptiveMaxPoolNd<AdaptiveMaxPool1d> {
  /** The pooled output and the flat indices of the maxima (int64, same shape). */
  public record Output(Tensor output, Tensor indices) implements TupleOutput {
    @Override
    public List<Object> asTuple() {
      return List.of(output, indices);
    }
  }

  public AdaptiveMaxPool1d(int outputSize) {
    this(new Integer[] {outputSize}, true);
  }

  public AdaptiveMaxPool1d(int[] outputSize) {
    this(boxed(outputSize), false);
  }

  public AdaptiveMaxPool1d(int outputSize, boolean returnIndices) {
    this(outputSize);
    this.returnIndices = returnIndices;
  }

  private AdaptiveMaxPool1d(Integer[] outputSize, boolean scalar) {
    super(1, AdaptivePoolRules::adaptiveMaxPool1d, outputSize, scalar);
  }

  /** PyTorch's forward with {@code return_indices=True}: output and indices. */
  public Output forwardWithIndices(Tensor x) {
    return indexedForward(x, Output::new);
  }
}

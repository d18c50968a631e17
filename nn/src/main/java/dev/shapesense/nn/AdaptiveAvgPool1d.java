package dev.shapesense.nn;

import dev.shapesense.tensor.rules.AdaptivePoolRules;

/**
 * {@code nn.AdaptiveAvgPool1d}: avg pooling of the last 1 dim(s) to a fixed output size, whatever
 * the input size. Checks run in forward,
 * as PyTorch's do.
 */
public class AdaptiveAvgPool1d extends AdaptivePoolNd {
  public AdaptiveAvgPool1d(int outputSize) {
    this(new Integer[] {outputSize}, true);
  }

  public AdaptiveAvgPool1d(int[] outputSize) {
    this(boxed(outputSize), false);
  }

  private AdaptiveAvgPool1d(Integer[] outputSize, boolean scalar) {
    super(1, AdaptivePoolRules::adaptiveAvgPool1d, outputSize, scalar);
  }
}

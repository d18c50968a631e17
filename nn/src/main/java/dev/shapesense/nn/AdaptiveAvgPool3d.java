package dev.shapesense.nn;

import dev.shapesense.tensor.rules.AdaptivePoolRules;

/**
 * {@code nn.AdaptiveAvgPool3d}: avg pooling of the last 3 dim(s) to a fixed output size, whatever
 * the input size. A None (null) entry keeps the input size of that dim. Checks run in forward,
 * as PyTorch's do.
 */
public class AdaptiveAvgPool3d extends AdaptivePoolNd {
  public AdaptiveAvgPool3d(int outputSize) {
    this(new Integer[] {outputSize}, true);
  }

  public AdaptiveAvgPool3d(int... outputSize) {
    this(boxed(outputSize), false);
  }

  /** A tuple that may hold null (None): that dim keeps the input's size. */
  public AdaptiveAvgPool3d(Integer[] outputSize) {
    this(outputSize, false);
  }

  private AdaptiveAvgPool3d(Integer[] outputSize, boolean scalar) {
    super(3, AdaptivePoolRules::adaptiveAvgPool3d, outputSize, scalar);
  }
}
